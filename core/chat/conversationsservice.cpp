#include "conversationsservice.h"

#include "net/apiclient.h"
#include "net/jsondecode.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

namespace {
std::optional<Conversation> decodeConversation(const ApiReply &reply, QString *why) {
    const QJsonValue payload = reply.payload();
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

Job<Conversation> *ConversationsService::create(qint64 clientId, const QString &subject) {
    if (clientId <= 0)
        return refuse<Conversation>(
            invalidInput(QStringLiteral("client_id"), tr("Choose a client.")));
    if (subject.trimmed().isEmpty())
        return refuse<Conversation>(
            invalidInput(QStringLiteral("subject"), tr("Enter a subject.")));
    const QJsonObject body{{QStringLiteral("client_id"), double(clientId)},
                           {QStringLiteral("subject"), subject}};
    return run<Conversation>(
        apiClient()->post(QStringLiteral("/api/v0/conversations"), body, ApiClient::Retry::Never),
        decodeConversation,
        [this](const Conversation &conversation) { Q_EMIT conversationCreated(conversation); });
}

Job<QList<Conversation>> *ConversationsService::list(qint64 clientId, Filter filter) {
    if (clientId <= 0)
        return refuse<QList<Conversation>>(
            invalidInput(QStringLiteral("client_id"), tr("Choose a client.")));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("client_id"), QString::number(clientId));
    query.addQueryItem(QStringLiteral("status"),
                       filter == Filter::Open ? QStringLiteral("OPEN") : QStringLiteral("CLOSED"));
    return run<QList<Conversation>>(
        apiClient()->get(QStringLiteral("/api/v0/conversations"), query),
        listOf<Conversation>(QStringLiteral("conversations")),
        [this, clientId, filter](const QList<Conversation> &list) {
            Q_EMIT conversationsListed(clientId, filter, list);
        });
}

Job<Conversation> *ConversationsService::update(qint64 conversationId,
                                                const std::optional<QString> &subject,
                                                const std::optional<Conversation::Status> &status,
                                                const std::optional<int> &rating) {
    if (conversationId <= 0)
        return refuse<Conversation>(
            invalidInput(QStringLiteral("id"), tr("No conversation given.")));
    if (rating && (*rating < 0 || *rating > 5))
        return refuse<Conversation>(
            invalidInput(QStringLiteral("rating"), tr("The rating must be between 0 and 5.")));
    if (status && *status == Conversation::Status::Unknown)
        return refuse<Conversation>(invalidInput(QStringLiteral("status"), tr("Unknown status.")));
    QJsonObject body{{QStringLiteral("id"), double(conversationId)}};
    if (subject)
        body.insert(QStringLiteral("subject"), *subject);
    if (status)
        body.insert(QStringLiteral("status"), Conversation::statusToApi(*status));
    if (rating)
        body.insert(QStringLiteral("rating"), *rating);
    return run<Conversation>(
        apiClient()->put(QStringLiteral("/api/v0/conversations"), body), decodeConversation,
        [this](const Conversation &conversation) { Q_EMIT conversationUpdated(conversation); });
}

Job<QList<Message>> *ConversationsService::messages(qint64 conversationId, int size) {
    if (size < 1)
        return refuse<QList<Message>>(
            invalidInput(QStringLiteral("size"), tr("Ask for one message at least.")));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("size"), QString::number(size));
    return run<QList<Message>>(apiClient()->get(messagesPath(conversationId), query),
                               listOf<Message>(QStringLiteral("messages")),
                               [this, conversationId](const QList<Message> &list) {
                                   Q_EMIT messagesLoaded(conversationId, list);
                               });
}

Job<Message> *ConversationsService::sendText(qint64 conversationId, const QString &text,
                                             Message::Sender sender) {
    if (text.trimmed().isEmpty())
        return refuse<Message>(
            invalidInput(QStringLiteral("content"), tr("The message is empty.")));
    return postMessage(conversationId, {{QStringLiteral("type"), QStringLiteral("text")},
                                        {QStringLiteral("content"), text},
                                        {QStringLiteral("sender"), Message::senderToApi(sender)}});
}

Job<Message> *ConversationsService::sendAttachmentMessage(qint64 conversationId,
                                                          const QUrl &mediaUrl,
                                                          Message::Sender sender) {
    if (!mediaUrl.isValid() || mediaUrl.isRelative())
        return refuse<Message>(
            invalidInput(QStringLiteral("media_url"), tr("No uploaded file to send.")));
    return postMessage(conversationId,
                       {{QStringLiteral("type"), QStringLiteral("attachment")},
                        {QStringLiteral("media_url"), mediaUrl.toString(QUrl::FullyEncoded)},
                        {QStringLiteral("sender"), Message::senderToApi(sender)}});
}

Job<Message> *ConversationsService::postMessage(qint64 conversationId, const QJsonObject &body) {
    return run<Message>(
        apiClient()->post(messagesPath(conversationId), body, ApiClient::Retry::Never),
        payloadAs<Message>(), [this, conversationId](const Message &message) {
            Q_EMIT messageSent(conversationId, message);
        });
}

Job<Attachment> *ConversationsService::uploadAttachment(qint64 conversationId,
                                                        const QString &fileName,
                                                        const QString &mimeType, QIODevice *data) {
    return run<Attachment>(
        apiClient()->upload(
            QStringLiteral("/api/v0/conversations/%1/attachments").arg(conversationId),
            QStringLiteral("source"), fileName, mimeType, data),
        payloadAs<Attachment>());
}
