#include "requestcontext.h"

#include "sandboxcontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

QString RequestContext::formParam(const QString &name) const {
    // '+' becomes a space before the percent-decoding, so that an encoded %2B stays '+'.
    QByteArray v = params.value(name).toUtf8();
    v.replace('+', ' ');
    return QUrl::fromPercentEncoding(v);
}

QString RequestContext::param(const QString &name) const {
    return QUrl::fromPercentEncoding(params.value(name).toUtf8());
}

QString RequestContext::queryValue(const QString &key) const {
    QString v = query.queryItemValue(key, QUrl::FullyEncoded);
    v.replace(QLatin1Char('+'), QLatin1Char(' '));
    return QUrl::fromPercentEncoding(v.toUtf8());
}

std::optional<QJsonObject> RequestContext::jsonObject() const {
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError)
        return std::nullopt;
    // PHP's json_encode(array()) writes an empty object as "[]": the same nothing.
    if (doc.isArray() && doc.array().isEmpty())
        return QJsonObject();
    if (!doc.isObject())
        return std::nullopt;
    return doc.object();
}

std::optional<QJsonObject> RequestContext::jsonOrFormObject() const {
    // A JSON object body wins whatever its Content-Type says: "curl -d '{...}'" labels
    // JSON as a form, and the reference's examples send JSON.
    if (std::optional<QJsonObject> json = jsonObject())
        return json;
    const QByteArray type = header("content-type").toLower();
    if (type.startsWith("application/x-www-form-urlencoded")) {
        QJsonObject o;
        const QList<QByteArray> pairs = body.split('&');
        for (const QByteArray &pair : pairs) {
            if (pair.isEmpty())
                continue;
            const qsizetype eq = pair.indexOf('=');
            QByteArray k = eq < 0 ? pair : pair.left(eq);
            QByteArray v = eq < 0 ? QByteArray() : pair.mid(eq + 1);
            k.replace('+', ' ');
            v.replace('+', ' ');
            o.insert(QUrl::fromPercentEncoding(k), QUrl::fromPercentEncoding(v));
        }
        return o;
    }
    return std::nullopt;
}

QString RequestContext::publicBaseUrl() const {
    const QByteArray host = header("host").trimmed();
    // Only a plain host[:port] (or [v6]:port) is taken; anything else is ignored.
    static const QRegularExpression plainHost(
        QStringLiteral("^([A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+\\])(:[0-9]{1,5})?$"));
    if (!host.isEmpty() && plainHost.match(QString::fromLatin1(host)).hasMatch())
        return QStringLiteral("http://") + QString::fromLatin1(host);
    return sandbox ? sandbox->baseUrl().toString() : QString();
}
