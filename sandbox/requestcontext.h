#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

#include <optional>

class SandboxContext;

// What a route handler sees of one request. Built by SandboxServer.
class RequestContext {
public:
    QByteArray method; // "GET", "POST", ...
    QString path;      // still percent-encoded
    QUrlQuery query;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QHash<QString, QString> params;        // path parameters, still percent-encoded
    QHostAddress remoteAddress;
    qint64 enterpriseId = 0; // set for authenticated routes
    SandboxContext *sandbox = nullptr;

    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }

    // The address the client used to reach us ("http://" + its Host header), for links in
    // answers (autologin, media): right even when listening on 0.0.0.0 or behind a
    // forwarded port. Falls back to the listening address without a usable Host.
    QString publicBaseUrl() const;

    // Path parameter decoded as PHP's urlencode() encodes: '+' is a space, %2B a '+'.
    QString formParam(const QString &name) const;
    // Path parameter percent-decoded with a literal '+' kept (e.g. an email sent
    // without encoding).
    QString param(const QString &name) const;

    // Query value decoded the same way as formParam.
    QString queryValue(const QString &key) const;
    bool hasQuery(const QString &key) const { return query.hasQueryItem(key); }

    // The body as a JSON object; nullopt when it is empty or not a JSON object. An
    // empty array counts as an empty object (PHP encodes an empty array() so).
    std::optional<QJsonObject> jsonObject() const;
    // The body as a JSON object, or as application/x-www-form-urlencoded fields.
    std::optional<QJsonObject> jsonOrFormObject() const;
    bool bodyIsEmpty() const { return body.trimmed().isEmpty(); }
};
