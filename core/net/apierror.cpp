#include "apierror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QStringList>

namespace {
// Reads errors[] defensively: a proxy page, a truncated body or a field of the wrong
// type yields no field errors, never a crash.
QList<ApiFieldError> parseFieldErrors(const QByteArray &body) {
    QList<ApiFieldError> out;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return out;
    const QJsonValue errors = doc.object().value(QStringLiteral("errors"));
    if (!errors.isArray())
        return out;
    const QJsonArray list = errors.toArray();
    for (const QJsonValue &v : list) {
        if (!v.isObject())
            continue;
        const QJsonObject o = v.toObject();
        const auto text = [&o](const char *name) {
            const QJsonValue f = o.value(QLatin1String(name));
            if (f.isString())
                return f.toString();
            if (f.isDouble())
                return QString::number(f.toDouble());
            return QString();
        };
        ApiFieldError fe{text("title"), text("source"), text("detail")};
        if (!fe.title.isEmpty() || !fe.source.isEmpty() || !fe.detail.isEmpty())
            out.append(fe);
    }
    return out;
}

ApiError::Kind kindForStatus(int status, const QList<ApiFieldError> &fieldErrors) {
    switch (status) {
    case 400:
        for (const ApiFieldError &fe : fieldErrors) {
            if (fe.title == QLatin1String("has_already_been_taken"))
                return ApiError::Kind::Conflict;
        }
        return ApiError::Kind::Validation;
    case 401:
        return ApiError::Kind::Unauthorized;
    case 403:
        return ApiError::Kind::Forbidden;
    case 404:
    case 410:
        return ApiError::Kind::NotFound;
    case 408:
    case 504:
        return ApiError::Kind::Timeout;
    case 501:
        return ApiError::Kind::NotImplemented;
    case 502:
    case 503:
        return ApiError::Kind::Unavailable;
    default:
        break;
    }
    if (status >= 500)
        return ApiError::Kind::Server;
    if (status >= 400)
        return ApiError::Kind::Validation;
    // 1xx/3xx reaching us (redirects are not followed to keep the token on one host).
    return ApiError::Kind::MalformedAnswer;
}
} // namespace

const ApiFieldError *ApiError::fieldError(const QString &source) const {
    for (const ApiFieldError &fe : fieldErrors) {
        if (fe.source == source)
            return &fe;
    }
    return nullptr;
}

bool ApiError::hasTitle(const QString &title) const {
    for (const ApiFieldError &fe : fieldErrors) {
        if (fe.title == title)
            return true;
    }
    return false;
}

bool ApiError::isHostNotFound() const {
    return kind == Kind::Network && networkError == QNetworkReply::HostNotFoundError;
}

ApiError ApiError::fromHttp(int status, const QByteArray &body, int networkError,
                            const QString &networkErrorText) {
    ApiError e;
    e.httpStatus = status;
    if (status == 0) {
        e.networkError = networkError;
        switch (networkError) {
        case QNetworkReply::TimeoutError:
            e.kind = Kind::Timeout;
            e.message = kindText(e.kind);
            break;
        case QNetworkReply::OperationCanceledError:
            e.kind = Kind::Cancelled;
            e.message = kindText(e.kind);
            break;
        default:
            e.kind = Kind::Network;
            e.message = networkErrorText.isEmpty()
                            ? kindText(e.kind)
                            : tr("%1 (%2)").arg(kindText(e.kind), networkErrorText);
            break;
        }
        return e;
    }
    e.fieldErrors = parseFieldErrors(body);
    e.kind = kindForStatus(status, e.fieldErrors);
    QString text = kindText(e.kind);
    if (e.kind == Kind::Server || e.kind == Kind::Unavailable || e.kind == Kind::Validation)
        text = tr("%1 (HTTP %2)").arg(text).arg(status);
    QStringList details;
    for (const ApiFieldError &fe : std::as_const(e.fieldErrors)) {
        if (!fe.detail.isEmpty())
            details.append(fe.detail);
        else if (!fe.source.isEmpty())
            details.append(tr("%1: %2").arg(fe.source, fe.title));
    }
    // The server's own words (they name the value at fault: which tag code is taken).
    // Where people read a form's errors, ApiFieldText::message() says field and reason
    // in the interface's language instead and keeps these for a tooltip.
    e.message =
        details.isEmpty() ? text : tr("%1: %2").arg(text, details.join(QStringLiteral("; ")));
    return e;
}

ApiError ApiError::malformed(const QString &what) {
    ApiError e;
    e.kind = Kind::MalformedAnswer;
    e.message = tr("%1: %2").arg(kindText(e.kind), what);
    return e;
}

ApiError ApiError::cancelled() {
    ApiError e;
    e.kind = Kind::Cancelled;
    e.message = kindText(e.kind);
    return e;
}

QString ApiError::kindText(Kind kind) {
    switch (kind) {
    case Kind::None:
        return tr("No error");
    case Kind::Network:
        return tr("The server could not be reached; check the network connection and the "
                  "server address");
    case Kind::Timeout:
        return tr("The server did not answer in time");
    case Kind::Unauthorized:
        return tr("The API key or secret was refused, or the session has expired");
    case Kind::Forbidden:
        return tr("Access refused: this belongs to another enterprise");
    case Kind::NotFound:
        return tr("Not found on the server");
    case Kind::Validation:
        return tr("The server refused the request as invalid");
    case Kind::Conflict:
        return tr("This value is already taken");
    case Kind::Server:
        return tr("The server failed to process the request");
    case Kind::Unavailable:
        return tr("The service is temporarily unavailable; try again later");
    case Kind::NotImplemented:
        return tr("The server does not implement this operation");
    case Kind::MalformedAnswer:
        return tr("The server sent an answer that could not be understood");
    case Kind::Cancelled:
        return tr("The request was cancelled");
    case Kind::KeychainUnavailable:
        return tr("The system keychain is unavailable");
    case Kind::KeychainLocked:
        return tr("The system keychain is locked or refused access");
    }
    return tr("Unknown error");
}
