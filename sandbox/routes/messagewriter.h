#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

class SandboxContext;

// Writes one message into a conversation as the API does, whoever sends it (a route,
// or the demo clients' replies): the row, the conversation's status, counter and
// last_updated in one transaction, then the message webhooks of its enterprise.
namespace MessageWriter {

struct Message {
    bool fromClient = false; // author_type user (client) or business (agent)
    QString content;         // a text message
    QString mediaType;       // an attachment: its type and canonical URL
    QString mediaUrl;
};

// The message as the API answers it, or nullopt when the store failed.
std::optional<QJsonObject> post(SandboxContext &sandbox, qint64 enterpriseId, qint64 conversationId,
                                const Message &message);

} // namespace MessageWriter
