#pragma once

#include "admin/boxwebhook.h"
#include "admin/messagewebhook.h"
#include "net/servicebase.h"

#include <QList>
#include <QUrl>

// Message webhooks (/api/v0/webhooks, bare answers) and box webhooks
// (/api/v0/boxes_webhook, whose list is wrapped in data). Each method returns the
// handle of its call (ServiceBase); a removal succeeds with the id removed.
class WebhooksService : public ServiceBase {
    Q_OBJECT
public:
    explicit WebhooksService(ApiClient *api, QObject *parent = nullptr);

    Job<MessageWebhook> *createMessageWebhook(const QUrl &target);
    Job<QList<MessageWebhook>> *messageWebhooks();
    Job<qint64> *removeMessageWebhook(qint64 webhookId);

    Job<BoxWebhook> *createBoxWebhook(const QUrl &target);
    Job<QList<BoxWebhook>> *boxWebhooks();
    Job<qint64> *removeBoxWebhook(qint64 webhookId);

    // Only http and https targets can be called back.
    static bool isAcceptableTarget(const QUrl &target);

private:
    // A delete, whose answer {"id": "149"} must name the webhook asked for.
    Job<qint64> *remove(const QString &path, qint64 webhookId);
};
