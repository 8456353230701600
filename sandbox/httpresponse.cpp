#include "httpresponse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

HttpResponse HttpResponse::json(const QJsonValue &value, int status) {
    HttpResponse r;
    r.status = status;
    if (value.isArray())
        r.body = QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    else if (value.isObject())
        r.body = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    else {
        // A bare scalar is not a JSON document for QJsonDocument; wrap and cut.
        const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        r.body = wrapped.mid(1, wrapped.size() - 2);
    }
    return r;
}

HttpResponse HttpResponse::data(const QJsonValue &value, int status) {
    return json(QJsonObject{{QStringLiteral("data"), value}}, status);
}

HttpResponse HttpResponse::errors(int status, const QList<FieldError> &errors) {
    QJsonArray list;
    for (const FieldError &e : errors) {
        list.append(QJsonObject{{QStringLiteral("title"), e.title},
                                {QStringLiteral("source"), e.source},
                                {QStringLiteral("detail"), e.detail}});
    }
    return json(QJsonObject{{QStringLiteral("errors"), list}}, status);
}

HttpResponse HttpResponse::error(int status, const QString &title, const QString &source,
                                 const QString &detail) {
    return errors(status, {FieldError{title, source, detail}});
}

HttpResponse HttpResponse::raw(int status, const QByteArray &contentType, const QByteArray &body) {
    HttpResponse r;
    r.status = status;
    r.contentType = contentType;
    r.body = body;
    return r;
}

HttpResponse HttpResponse::file(int status, const QByteArray &contentType, const QString &path,
                                qint64 size) {
    HttpResponse r;
    r.status = status;
    r.contentType = contentType;
    r.filePath = path;
    r.fileSize = size;
    return r;
}

HttpResponse HttpResponse::unauthorized(const QString &detail) {
    HttpResponse r =
        error(401, QStringLiteral("is_invalid"), QStringLiteral("access_token"), detail);
    r.addHeader("WWW-Authenticate", "Bearer");
    return r;
}

HttpResponse HttpResponse::forbidden(const QString &source, const QString &detail) {
    return error(403, QStringLiteral("is_invalid"), source, detail);
}

HttpResponse HttpResponse::notFound(const QString &source, const QString &detail) {
    return error(404, QStringLiteral("is_invalid"), source, detail);
}

HttpResponse HttpResponse::unprocessable(const QString &detail) {
    return error(422, QStringLiteral("is_invalid"), QStringLiteral("body"), detail);
}
