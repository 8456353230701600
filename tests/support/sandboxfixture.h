#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <memory>

#include "sandboxoptions.h"

class QNetworkAccessManager;
class SandboxServer;

// A test's view of one HTTP answer.
struct HttpResult {
    int status = 0; // 0: no HTTP answer (connection error)
    QByteArray body;
    QJsonDocument json;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString networkError;

    QByteArray header(const QByteArray &name) const;
    QJsonObject object() const { return json.object(); }
    QJsonArray array() const { return json.array(); }
    QJsonValue data() const { return json.object().value(QStringLiteral("data")); }
    // "title/source" of the first entry of errors[], for compact assertions.
    QString firstError() const;
};

// Starts a sandbox in this process on a free loopback port and talks to it over
// real HTTP (a QNetworkAccessManager, waiting on signals, never sleeping).
class SandboxFixture {
public:
    explicit SandboxFixture(SandboxOptions options = {});
    ~SandboxFixture();

    bool ok() const { return m_ok; }
    QString error() const { return m_error; }
    SandboxServer &server() { return *m_server; }
    QUrl baseUrl() const;
    QUrl url(const QString &pathAndQuery) const;

    // A fresh token of a demo enterprise (20 or 280).
    QString token(qint64 enterpriseId = 20);

    // Moves the sandbox's time forward instead of waiting for it: tokens, autologin
    // links and stocks expire. False for a negative count.
    bool advanceClock(qint64 seconds);
    // The sandbox's now (Europe/Paris), moved by advanceClock().
    QDateTime now() const;

    HttpResult request(const QByteArray &method, const QString &pathAndQuery,
                       const QByteArray &body = {}, const QString &token = {},
                       const QList<QPair<QByteArray, QByteArray>> &headers = {});
    HttpResult get(const QString &path, const QString &token) {
        return request("GET", path, {}, token);
    }
    HttpResult postJson(const QString &path, const QJsonObject &body, const QString &token) {
        return request("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), token,
                       {{"Content-Type", "application/json"}});
    }
    HttpResult putJson(const QString &path, const QJsonObject &body, const QString &token) {
        return request("PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact), token,
                       {{"Content-Type", "application/json"}});
    }
    HttpResult deleteJson(const QString &path, const QJsonObject &body, const QString &token) {
        return request("DELETE", path, QJsonDocument(body).toJson(QJsonDocument::Compact), token,
                       {{"Content-Type", "application/json"}});
    }

    static HttpResult send(QNetworkAccessManager &nam, const QByteArray &method, const QUrl &url,
                           const QByteArray &body,
                           const QList<QPair<QByteArray, QByteArray>> &headers);

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    bool m_ok = false;
    QString m_error;
};
