#pragma once

#include "chat/message.h"

#include <QAbstractHttpServer>
#include <QPointer>
#include <QSet>
#include <QUrl>

class QTcpServer;
class WebhooksService;

// A small local receiver of the API's message webhooks, so that new messages show at
// once instead of at the next poll. It listens on the loopback interface only (a
// free port) at a path with a random secret, registers itself with
// POST /api/v0/webhooks and removes itself again (unregisterFromApi(), called on
// exit); registrations left behind by an earlier run that ended abruptly are removed
// when it registers. Only an API that can reach this machine's loopback (the
// embedded sandbox of demo mode, a local sandbox) can call it, so the app starts it
// only then. Deliveries are de-duplicated by their X-Jobbers-Delivery id.
class WebhookReceiver : public QAbstractHttpServer {
    Q_OBJECT
public:
    explicit WebhookReceiver(QObject *parent = nullptr);
    ~WebhookReceiver() override;

    bool listen(QString *error = nullptr);
    bool isListening() const;
    // Where the API is to post (empty until listen()).
    QUrl url() const;

    void setService(WebhooksService *service);
    void registerWithApi();
    void unregisterFromApi();
    bool isRegistered() const { return m_webhookId > 0; }
    qint64 webhookId() const { return m_webhookId; }
    int deliveries() const { return m_deliveries; }

    // The path prefix of every receiver of this app (to find stale registrations).
    static QString pathPrefix() { return QStringLiteral("/jobbers-backoffice-hook/"); }

Q_SIGNALS:
    void messageCreated(qint64 conversationId, qint64 clientId, const Message &message);
    void registered(bool ok);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void answer(const QHttpServerRequest &request, QTcpSocket *socket, int status);
    void createRegistration();

    QTcpServer *m_tcp = nullptr;
    QString m_secret;
    QPointer<WebhooksService> m_service;
    qint64 m_webhookId = 0;
    int m_deliveries = 0;
    QSet<QByteArray> m_seenDeliveries;
};
