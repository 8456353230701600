#include "conversationsservice.h"

#include "net/apiclient.h"
#include "net/jsondecode.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

namespace {
std::optional<Conversation> decodeConversation(const QJsonValue &payload, QString *why) {
    // The reference says PUT answers "an array"; the contract, a bare object.
    if (payload.isArray() && payload.toArray().size() == 1)
        return Conversation::fromJson(payload.toArray().at(0), why);
    return Conversation::fromJson(payload, why);
}
} // namespace

ConversationsService::ConversationsService(ApiClient *api, QObject *parent)
    : ServiceBase(api, parent) {}

QString ConversationsService::messagesPath(qint64 conversationId) {
    return QStringLiteral("/api/v0/conversations/%1/messages").arg(conversationId);
}

quint64 ConversationsService::create(qint64 clientId, const QString &subject) {
    if (clientId <= 0)
        return failLater(invalidInput(QStringLiteral("client_id"), tr("Choose a client.")));
    if (subject.trimmed().isEmpty())
        return failLater(invalidInput(QStringLiteral("subject"), tr("Enter a subject.")));
    const QJsonObject body{{QStringLiteral("client_id"), double(clientId)},
                           {QStringLiteral("subject"), subject}};
    return track(
        apiClient()->post(QStringLiteral("/api/v0/conversations"), body, ApiClient::Retry::Never),
        [this](quint64 id, const ApiReply &reply) {
            QString why;
            const auto conversation = decodeConversation(reply.payload(), &why);
            if (!conversation)
                return failMalformed(id, why);
            Q_EMIT conversationCreated(id, *conversation);
        });
}

quint64 ConversationsService::list(qint64 clientId, Filter filter) {
    if (clientId <= 0)
        return failLater(invalidInput(QStringLiteral("client_id"), tr("Choose a client.")));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("client_id"), QString::number(clientId));
    query.addQueryItem(QStringLiteral("status"),
                       filter == Filter::Open ? QStringLiteral("OPEN") : QStringLiteral("CLOSED"));
    return track(apiClient()->get(QStringLiteral("/api/v0/conversations"), query),
                 [this, clientId, filter](quint64 id, const ApiReply &reply) {
                     QString why;
                     const auto list = JsonDecode::list<Conversation>(
                         reply.payload(), QStringLiteral("conversations"), &why);
                     if (!list)
                         return failMalformed(id, why);
                     Q_EMIT conversationsListed(id, clientId, filter, *list);
                 });
}

quint64 ConversationsService::update(qint64 conversationId, const std::optional<QString> &subject,
                                     const std::optional<Conversation::Status> &status,
                                     const std::optional<int> &rating) {
    if (conversationId <= 0)
        return failLater(invalidInput(QStringLiteral("id"), tr("No conversation given.")));
    if (rating && (*rating < 0 || *rating > 5))
        return failLater(
            invalidInput(QStringLiteral("rating"), tr("The rating must be between 0 and 5.")));
    if (status && *status == Conversation::Status::Unknown)
        return failLater(invalidInput(QStringLiteral("status"), tr("Unknown status.")));
    QJsonObject body{{QStringLiteral("id"), double(conversationId)}};
    if (subject)
        body.insert(QStringLiteral("subject"), *subject);
    if (status)
        body.insert(QStringLiteral("status"), Conversation::statusToApi(*status));
    if (rating)
        body.insert(QStringLiteral("rating"), *rating);
    return track(apiClient()->put(QStringLiteral("/api/v0/conversations"), body),
                 [this](quint64 id, const ApiReply &reply) {
                     QString why;
                     const auto conversation = decodeConversation(reply.payload(), &why);
                     if (!conversation)
                         return failMalformed(id, why);
                     Q_EMIT conversationUpdated(id, *conversation);
                 });
}

quint64 ConversationsService::messages(qint64 conversationId, int size) {
    if (size < 1)
        return failLater(invalidInput(QStringLiteral("size"), tr("Ask for one message at least.")));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("size"), QString::number(size));
    return track(apiClient()->get(messagesPath(conversationId), query),
                 [this, conversationId](quint64 id, const ApiReply &reply) {
                     QString why;
                     const auto list = JsonDecode::list<Message>(reply.payload(),
                                                                 QStringLiteral("messages"), &why);
                     if (!list)
                         return failMalformed(id, why);
                     Q_EMIT messagesLoaded(id, conversationId, *list);
                 });
}

quint64 ConversationsService::sendText(qint64 conversationId, const QString &text,
                                       Message::Sender sender) {
    if (text.trimmed().isEmpty())
        return failLater(invalidInput(QStringLiteral("content"), tr("The message is empty.")));
    return postMessage(conversationId, {{QStringLiteral("type"), QStringLiteral("text")},
                                        {QStringLiteral("content"), text},
                                        {QStringLiteral("sender"), Message::senderToApi(sender)}});
}

quint64 ConversationsService::sendAttachmentMessage(qint64 conversationId, const QUrl &mediaUrl,
                                                    Message::Sender sender) {
    if (!mediaUrl.isValid() || mediaUrl.isRelative())
        return failLater(
            invalidInput(QStringLiteral("media_url"), tr("No uploaded file to send.")));
    return postMessage(conversationId,
                       {{QStringLiteral("type"), QStringLiteral("attachment")},
                        {QStringLiteral("media_url"), mediaUrl.toString(QUrl::FullyEncoded)},
                        {QStringLiteral("sender"), Message::senderToApi(sender)}});
}

quint64 ConversationsService::postMessage(qint64 conversationId, const QJsonObject &body) {
    return track(apiClient()->post(messagesPath(conversationId), body, ApiClient::Retry::Never),
                 [this, conversationId](quint64 id, const ApiReply &reply) {
                     QString why;
                     const std::optional<Message> message =
                         Message::fromJson(reply.payload(), &why);
                     if (!message)
                         return failMalformed(id, why);
                     Q_EMIT messageSent(id, conversationId, *message);
                 });
}

quint64 ConversationsService::uploadAttachment(qint64 conversationId, const QString &fileName,
                                               const QString &mimeType, QIODevice *data) {
    ApiReply *reply = apiClient()->upload(
        QStringLiteral("/api/v0/conversations/%1/attachments").arg(conversationId),
        QStringLiteral("source"), fileName, mimeType, data);
    const quint64 requestId = track(reply, [this, conversationId](quint64 id, const ApiReply &r) {
        QString why;
        const std::optional<Attachment> attachment = Attachment::fromJson(r.payload(), &why);
        if (!attachment)
            return failMalformed(id, why);
        Q_EMIT attachmentUploaded(id, conversationId, *attachment);
    });
    connect(reply, &ApiReply::uploadProgress, this, [this, requestId](qint64 sent, qint64 total) {
        Q_EMIT uploadProgress(requestId, sent, total);
    });
    return requestId;
}
