#include "webhookreceiver.h"

#include "admin/webhooksservice.h"
#include "chat/mediapolicy.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTcpServer>

namespace {
Q_LOGGING_CATEGORY(lcHook, "jobbers.chat.webhook", QtInfoMsg)
} // namespace

WebhookReceiver::WebhookReceiver(QObject *parent)
    : QAbstractHttpServer(parent) {
    QByteArray bytes(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 4);
    m_secret = QString::fromLatin1(bytes.toHex());
}

WebhookReceiver::~WebhookReceiver() = default;

void WebhookReceiver::setService(WebhooksService *service) {
    m_service = service;
}

bool WebhookReceiver::listen(QString *error) {
    if (m_tcp)
        return true;
    auto *tcp = new QTcpServer(this);
    if (!tcp->listen(QHostAddress::LocalHost, 0)) {
        if (error)
            *error = tcp->errorString();
        delete tcp;
        return false;
    }
    m_tcp = tcp;
    bind(m_tcp);
    return true;
}

bool WebhookReceiver::isListening() const {
    return m_tcp && m_tcp->isListening();
}

QUrl WebhookReceiver::url() const {
    if (!isListening())
        return {};
    QUrl u;
    u.setScheme(QStringLiteral("http"));
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(m_tcp->serverPort());
    u.setPath(pathPrefix() + m_secret);
    return u;
}

void WebhookReceiver::registerWithApi() {
    if (!m_service || !isListening() || m_webhookId > 0)
        return;
    // First the registrations of receivers of earlier runs, which nobody listens to.
    auto *job = m_service->messageWebhooks();
    job->setFailureHandled();
    job->onResult(this,
                  [this](const QList<MessageWebhook> &hooks) {
                      for (const MessageWebhook &h : hooks) {
                          if (MediaPolicy::isLoopback(h.url.host())
                              && h.url.path().startsWith(pathPrefix()) && h.url != url()) {
                              auto *removal = m_service->removeMessageWebhook(h.id);
                              removal->setFailureHandled();
                          }
                      }
                      createRegistration();
                  })
        ->onFailure(this, [this](const ApiError &) { createRegistration(); });
}

void WebhookReceiver::createRegistration() {
    if (!m_service)
        return;
    auto *job = m_service->createMessageWebhook(url());
    job->setFailureHandled();
    job->onResult(this,
                  [this](const MessageWebhook &hook) {
                      m_webhookId = hook.id;
                      qCInfo(lcHook).noquote() << "receiving message webhooks at" << url().port();
                      Q_EMIT registered(true);
                  })
        ->onFailure(this, [this](const ApiError &error) {
            qCInfo(lcHook).noquote() << "webhook registration refused:" << error.message;
            Q_EMIT registered(false);
        });
}

void WebhookReceiver::unregisterFromApi() {
    if (!m_service || m_webhookId <= 0)
        return;
    auto *job = m_service->removeMessageWebhook(m_webhookId);
    job->setFailureHandled();
    m_webhookId = 0;
}

void WebhookReceiver::answer(const QHttpServerRequest &request, QTcpSocket *socket, int status) {
    QHttpServerResponder r = makeResponder(request, socket);
    r.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(status));
    r.writeHeader("Content-Length", "0");
    r.writeBody(QByteArray());
}

bool WebhookReceiver::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) {
    if (request.url().path() != pathPrefix() + m_secret) {
        answer(request, socket, 404);
        return true;
    }
    if (request.method() != QHttpServerRequest::Method::Post) {
        answer(request, socket, 405);
        return true;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &parseError);
    const QJsonObject o = doc.object();
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        answer(request, socket, 400);
        return true;
    }
    // Acknowledged either way: an event this app does not read is not an error.
    answer(request, socket, 204);
    const QByteArray delivery = request.value("X-Jobbers-Delivery");
    if (!delivery.isEmpty()) {
        if (m_seenDeliveries.contains(delivery))
            return true;
        if (m_seenDeliveries.size() > 10000)
            m_seenDeliveries.clear();
        m_seenDeliveries.insert(delivery);
    }
    if (o.value(QStringLiteral("event")).toString() != QLatin1String("message.created"))
        return true;
    const qint64 conversationId = o.value(QStringLiteral("conversation_id")).toInteger();
    const qint64 clientId = o.value(QStringLiteral("client_id")).toInteger();
    QString why;
    const std::optional<Message> message =
        Message::fromJson(o.value(QStringLiteral("message")), &why);
    if (conversationId <= 0 || !message) {
        qCInfo(lcHook).noquote() << "webhook without a readable message:" << why;
        return true;
    }
    ++m_deliveries;
    Q_EMIT messageCreated(conversationId, clientId, *message);
    return true;
}

void WebhookReceiver::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) {
    answer(request, socket, 404);
}
