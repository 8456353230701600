#pragma once

#include "admin/boxwebhook.h"
#include "admin/messagewebhook.h"
#include "net/servicebase.h"

#include <QList>
#include <QUrl>

// Message webhooks (/api/v0/webhooks, bare answers) and box webhooks
// (/api/v0/boxes_webhook, whose list is wrapped in data). The ServiceBase pattern:
// each method returns a request id; the answer comes as the matching signal below or
// as requestFailed(requestId, ApiError).
class WebhooksService : public ServiceBase {
    Q_OBJECT
public:
    explicit WebhooksService(ApiClient *api, QObject *parent = nullptr);

    quint64 createMessageWebhook(const QUrl &target);
    quint64 messageWebhooks();
    quint64 removeMessageWebhook(qint64 webhookId);

    quint64 createBoxWebhook(const QUrl &target);
    quint64 boxWebhooks();
    quint64 removeBoxWebhook(qint64 webhookId);

    // Only http and https targets can be called back.
    static bool isAcceptableTarget(const QUrl &target);

Q_SIGNALS:
    void messageWebhookCreated(quint64 requestId, const MessageWebhook &webhook);
    void messageWebhooksLoaded(quint64 requestId, const QList<MessageWebhook> &webhooks);
    void messageWebhookRemoved(quint64 requestId, qint64 webhookId);
    void boxWebhookCreated(quint64 requestId, const BoxWebhook &webhook);
    void boxWebhooksLoaded(quint64 requestId, const QList<BoxWebhook> &webhooks);
    void boxWebhookRemoved(quint64 requestId, qint64 webhookId);

private:
    // The answer to a delete: {"id": "149"}; checks it names the webhook asked for.
    bool checkRemoved(quint64 requestId, const ApiReply &reply, qint64 webhookId);
};
