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

bool WebhooksService::checkRemoved(quint64 requestId, const ApiReply &reply, qint64 webhookId) {
    JsonDecode in(reply.payload(), QStringLiteral("webhook"));
    const qint64 removed = in.requiredId(QStringLiteral("id"));
    if (in.ok() && removed != webhookId)
        in.fail(QStringLiteral("id"), tr("names webhook %1, not %2").arg(removed).arg(webhookId));
    if (!in.ok()) {
        failMalformed(requestId, in.error());
        return false;
    }
    return true;
}

quint64 WebhooksService::createMessageWebhook(const QUrl &target) {
    if (!isAcceptableTarget(target))
        return failLater(
            invalidInput(QStringLiteral("target"), tr("Enter an http:// or https:// address.")));
    return track(apiClient()->post(kMessagePath, targetBody(target), ApiClient::Retry::Never),
                 [this](quint64 id, const ApiReply &reply) {
                     QString why;
                     const auto hook = MessageWebhook::fromJson(reply.payload(), &why);
                     if (!hook)
                         return failMalformed(id, why);
                     Q_EMIT messageWebhookCreated(id, *hook);
                 });
}

quint64 WebhooksService::messageWebhooks() {
    return track(apiClient()->get(kMessagePath), [this](quint64 id, const ApiReply &reply) {
        QString why;
        const auto hooks =
            JsonDecode::list<MessageWebhook>(reply.payload(), QStringLiteral("webhooks"), &why);
        if (!hooks)
            return failMalformed(id, why);
        Q_EMIT messageWebhooksLoaded(id, *hooks);
    });
}

quint64 WebhooksService::removeMessageWebhook(qint64 webhookId) {
    return track(
        apiClient()->deleteResource(kMessagePath + QLatin1Char('/') + QString::number(webhookId)),
        [this, webhookId](quint64 id, const ApiReply &reply) {
            if (checkRemoved(id, reply, webhookId))
                Q_EMIT messageWebhookRemoved(id, webhookId);
        });
}

quint64 WebhooksService::createBoxWebhook(const QUrl &target) {
    if (!isAcceptableTarget(target))
        return failLater(
            invalidInput(QStringLiteral("target"), tr("Enter an http:// or https:// address.")));
    return track(apiClient()->post(kBoxPath, targetBody(target), ApiClient::Retry::Never),
                 [this](quint64 id, const ApiReply &reply) {
                     QString why;
                     const auto hook = BoxWebhook::fromJson(reply.payload(), &why);
                     if (!hook)
                         return failMalformed(id, why);
                     Q_EMIT boxWebhookCreated(id, *hook);
                 });
}

quint64 WebhooksService::boxWebhooks() {
    return track(apiClient()->get(kBoxPath), [this](quint64 id, const ApiReply &reply) {
        // payload() unwraps {"data": [...]}; a bare array is read the same way.
        QString why;
        const auto hooks =
            JsonDecode::list<BoxWebhook>(reply.payload(), QStringLiteral("boxes_webhook"), &why);
        if (!hooks)
            return failMalformed(id, why);
        Q_EMIT boxWebhooksLoaded(id, *hooks);
    });
}

quint64 WebhooksService::removeBoxWebhook(qint64 webhookId) {
    return track(
        apiClient()->deleteResource(kBoxPath + QLatin1Char('/') + QString::number(webhookId)),
        [this, webhookId](quint64 id, const ApiReply &reply) {
            if (checkRemoved(id, reply, webhookId))
                Q_EMIT boxWebhookRemoved(id, webhookId);
        });
}
