#include "messagewriter.h"

#include "../sandboxcontext.h"
#include "chatjson.h"
#include "webhooktable.h"

#include <QJsonDocument>

namespace MessageWriter {

namespace {
void notifyWebhooks(SandboxContext &sb, qint64 enterpriseId, qint64 conversationId,
                    const QJsonObject &message) {
    const QStringList urls =
        WebhookTable(sb, QStringLiteral("message_webhooks")).urls(enterpriseId);
    if (urls.isEmpty())
        return;
    const qint64 clientId =
        sb.store()
            .scalar(QStringLiteral("SELECT client_id FROM conversations WHERE id = ?"),
                    {conversationId})
            .toLongLong();
    const QByteArray json =
        QJsonDocument(QJsonObject{{QStringLiteral("event"), QStringLiteral("message.created")},
                                  {QStringLiteral("conversation_id"), conversationId},
                                  {QStringLiteral("client_id"), clientId},
                                  {QStringLiteral("message"), message}})
            .toJson(QJsonDocument::Compact);
    for (const QString &url : urls)
        sb.webhooks().deliver(QUrl(url), json, QByteArrayLiteral("message.created"));
}
} // namespace

std::optional<QJsonObject> post(SandboxContext &sb, qint64 enterpriseId, qint64 conversationId,
                                const Message &m) {
    const QString received = sb.clock().nowString();
    QString id;
    do
        id = ChatJson::newMessageId(sb.clock().now());
    while (
        sb.store().scalar(QStringLiteral("SELECT 1 FROM messages WHERE id = ?"), {id}).isValid());

    const bool attachment = !m.mediaUrl.isEmpty();
    const QVariant none(QMetaType(QMetaType::QString));
    sb.store().transaction();
    const bool ok =
        sb.store().exec(
            QStringLiteral("INSERT INTO messages (id, conversation_id, received, author_type,"
                           " type, content, media_url) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {id, conversationId, received,
             m.fromClient ? QStringLiteral("user") : QStringLiteral("business"),
             attachment ? m.mediaType : QStringLiteral("text"),
             attachment ? none : QVariant(m.content), attachment ? QVariant(m.mediaUrl) : none})
        // A client's message leaves it to the agents, an agent's to the client.
        && sb.store().exec(
            QStringLiteral("UPDATE conversations SET status = ?, message_counter ="
                           " message_counter + 1, last_updated = ? WHERE id = ?"),
            {m.fromClient ? QStringLiteral("SYSTEM_PENDING") : QStringLiteral("USER_PENDING"),
             received, conversationId});
    if (!ok || !sb.store().commit()) {
        sb.store().rollback();
        return std::nullopt;
    }
    const std::optional<QJsonObject> message = ChatJson::loadMessage(sb.store(), id);
    if (message)
        notifyWebhooks(sb, enterpriseId, conversationId, *message);
    return message;
}

} // namespace MessageWriter
