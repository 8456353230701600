#include "webhooksservice.h"

#include "net/apiclient.h"
#include "net/jsondecode.h"

#include <QJsonObject>

namespace {
const QString kMessagePath = QStringLiteral("/api/v0/webhooks");
const QString kBoxPath = QStringLiteral("/api/v0/boxes_webhook");

QJsonObject targetBody(const QUrl &target) {
    return {{QStringLiteral("target"), target.toString(QUrl::FullyEncoded)}};
}
} // namespace

WebhooksService::WebhooksService(ApiClient *api, QObject *parent)
    : ServiceBase(api, parent) {}

bool WebhooksService::isAcceptableTarget(const QUrl &target) {
    return target.isValid() && !target.host().isEmpty()
           && (target.scheme() == QLatin1String("http")
               || target.scheme() == QLatin1String("https"));
}

Job<qint64> *WebhooksService::remove(const QString &path, qint64 webhookId) {
    return run<qint64>(
        apiClient()->deleteResource(path + QLatin1Char('/') + QString::number(webhookId)),
        [webhookId](const ApiReply &reply, QString *why) -> std::optional<qint64> {
            JsonDecode in(reply.payload(), QStringLiteral("webhook"));
            const qint64 removed = in.requiredId(QStringLiteral("id"));
            if (in.ok() && removed != webhookId)
                in.fail(QStringLiteral("id"),
                        tr("names webhook %1, not %2").arg(removed).arg(webhookId));
            if (!in.report(why))
                return std::nullopt;
            return removed;
        });
}

Job<MessageWebhook> *WebhooksService::createMessageWebhook(const QUrl &target) {
    if (!isAcceptableTarget(target))
        return refuse<MessageWebhook>(
            invalidInput(QStringLiteral("target"), tr("Enter an http:// or https:// address.")));
    return run<MessageWebhook>(
        apiClient()->post(kMessagePath, targetBody(target), ApiClient::Retry::Never),
        payloadAs<MessageWebhook>());
}

Job<QList<MessageWebhook>> *WebhooksService::messageWebhooks() {
    return run<QList<MessageWebhook>>(apiClient()->get(kMessagePath),
                                      listOf<MessageWebhook>(QStringLiteral("webhooks")));
}

Job<qint64> *WebhooksService::removeMessageWebhook(qint64 webhookId) {
    return remove(kMessagePath, webhookId);
}

Job<BoxWebhook> *WebhooksService::createBoxWebhook(const QUrl &target) {
    if (!isAcceptableTarget(target))
        return refuse<BoxWebhook>(
            invalidInput(QStringLiteral("target"), tr("Enter an http:// or https:// address.")));
    return run<BoxWebhook>(apiClient()->post(kBoxPath, targetBody(target), ApiClient::Retry::Never),
                           payloadAs<BoxWebhook>());
}

Job<QList<BoxWebhook>> *WebhooksService::boxWebhooks() {
    // payload() unwraps {"data": [...]}; a bare array is read the same way.
    return run<QList<BoxWebhook>>(apiClient()->get(kBoxPath),
                                  listOf<BoxWebhook>(QStringLiteral("boxes_webhook")));
}

Job<qint64> *WebhooksService::removeBoxWebhook(qint64 webhookId) {
    return remove(kBoxPath, webhookId);
}
