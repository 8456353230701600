#include "sandboxfixture.h"

#include "sandboxcontext.h"
#include "sandboxserver.h"

#include <QBuffer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>

QByteArray HttpResult::header(const QByteArray &name) const {
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QString HttpResult::firstError() const {
    const QJsonObject e = json.object().value(QStringLiteral("errors")).toArray().at(0).toObject();
    return e.value(QStringLiteral("title")).toString() + QLatin1Char('/')
           + e.value(QStringLiteral("source")).toString();
}

SandboxFixture::SandboxFixture(SandboxOptions options)
    : m_nam(std::make_unique<QNetworkAccessManager>()) {
    options.port = 0;
    options.host = QStringLiteral("127.0.0.1");
    if (qEnvironmentVariableIsEmpty("JOBBERS_SANDBOX_LOG"))
        options.logRequests = false;
    m_server = std::make_unique<SandboxServer>(options);
    m_ok = m_server->start(&m_error);
}

SandboxFixture::~SandboxFixture() = default;

QUrl SandboxFixture::baseUrl() const {
    return m_server->baseUrl();
}

QUrl SandboxFixture::url(const QString &pathAndQuery) const {
    return QUrl(baseUrl().toString() + pathAndQuery, QUrl::StrictMode);
}

QString SandboxFixture::token(qint64 enterpriseId) {
    const QString key = QStringLiteral("demo-%1-key").arg(enterpriseId);
    const QString secret = QStringLiteral("demo-%1-secret").arg(enterpriseId);
    const HttpResult r =
        postJson(QStringLiteral("/oneapi/authentication/token"),
                 QJsonObject{{QStringLiteral("grant_type"), QStringLiteral("password")},
                             {QStringLiteral("username"), key},
                             {QStringLiteral("password"), secret}},
                 {});
    return r.object().value(QStringLiteral("access_token")).toString();
}

bool SandboxFixture::advanceClock(qint64 seconds) {
    return m_server->advanceClock(seconds);
}

QDateTime SandboxFixture::now() const {
    return m_server->context().clock().now();
}

HttpResult SandboxFixture::request(const QByteArray &method, const QString &pathAndQuery,
                                   const QByteArray &body, const QString &token,
                                   const QList<QPair<QByteArray, QByteArray>> &headers) {
    QList<QPair<QByteArray, QByteArray>> h = headers;
    if (!token.isEmpty())
        h.append({"Authorization", "Bearer " + token.toLatin1()});
    return send(*m_nam, method, url(pathAndQuery), body, h);
}

HttpResult SandboxFixture::send(QNetworkAccessManager &nam, const QByteArray &method,
                                const QUrl &url, const QByteArray &body,
                                const QList<QPair<QByteArray, QByteArray>> &headers) {
    QNetworkRequest req(url);
    for (const auto &h : headers)
        req.setRawHeader(h.first, h.second);
    QBuffer *buffer = new QBuffer;
    buffer->setData(body);
    buffer->open(QIODevice::ReadOnly);
    QNetworkReply *reply = nam.sendCustomRequest(req, method, buffer);
    buffer->setParent(reply);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(30000);
    HttpResult r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.headers = reply->rawHeaderPairs();
    if (reply->error() != QNetworkReply::NoError && r.status == 0)
        r.networkError = reply->errorString();
    r.json = QJsonDocument::fromJson(r.body);
    reply->deleteLater();
    return r;
}
