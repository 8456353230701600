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
    r.path = safePath(path);
    r.attempts = qMax(1, attempts);
    r.httpStatus = error.isError() ? error.httpStatus : status;
    r.errorKind = error.kind;
    if (error.isError())
        r.error = summary(error);
    return r;
}

QString CallRecord::safePath(const QString &path) {
    // Paths are built without a query; cut one off anyway, should a caller slip one in.
    QStringList segments = path.section(QLatin1Char('?'), 0, 0).split(QLatin1Char('/'));
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_]*$"));
    for (qsizetype i = 0; i < segments.size(); ++i) {
        QString &s = segments[i];
        if (i > 0 && segments.at(i - 1) == QLatin1String("echo") && !s.isEmpty())
            s = QStringLiteral("{text}"); // what the user typed
        else if (s.contains(QLatin1Char('@')) || s.contains(QLatin1String("%40")))
            s = QStringLiteral("{email}");
        else if (!plain.match(s).hasMatch())
            s = QStringLiteral("{value}");
    }
    return segments.join(QLatin1Char('/'));
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
