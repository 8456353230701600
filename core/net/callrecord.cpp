#include "callrecord.h"

#include <QRegularExpression>
#include <QStringList>

namespace {
// "tags[1].code", "has_already_been_taken": names, not values. Anything else (an
// email, a sentence) could be something the user sent, and is left out.
bool isIdentifier(const QString &text) {
    static const QRegularExpression re(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.\\[\\]]{0,63}$"));
    return re.match(text).hasMatch();
}
} // namespace

CallRecord CallRecord::of(const QByteArray &method, const QString &path, int attempts,
                          qint64 elapsedMs, int status, const ApiError &error) {
    CallRecord r;
    r.durationMs = elapsedMs;
    r.startedAt = QDateTime::currentDateTime().addMSecs(-elapsedMs);
    r.method = method;
    // Paths are built without a query; cut one off anyway, should a caller slip one in.
    r.path = path.section(QLatin1Char('?'), 0, 0);
    r.attempts = qMax(1, attempts);
    r.httpStatus = error.isError() ? error.httpStatus : status;
    r.errorKind = error.kind;
    if (error.isError())
        r.error = summary(error);
    return r;
}

QString CallRecord::summary(const ApiError &error) {
    if (!error.isError())
        return {};
    QString text = ApiError::kindText(error.kind);
    if (error.httpStatus > 0)
        text = ApiError::tr("%1 (HTTP %2)").arg(text).arg(error.httpStatus);
    QStringList fields;
    for (const ApiFieldError &fe : error.fieldErrors) {
        if (isIdentifier(fe.source) && isIdentifier(fe.title))
            fields.append(fe.source + QStringLiteral(": ") + fe.title);
        else if (isIdentifier(fe.title))
            fields.append(fe.title);
    }
    if (!fields.isEmpty())
        text = ApiError::tr("%1: %2").arg(text, fields.join(QStringLiteral("; ")));
    return text;
}
