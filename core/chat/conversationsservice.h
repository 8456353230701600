#pragma once

#include "chat/attachment.h"
#include "chat/conversation.h"
#include "chat/message.h"
#include "net/servicebase.h"

#include <QList>
#include <QUrl>

#include <optional>

class QIODevice;

// Conversations, messages and attachments (/api/v0, bare answers). Each method returns
// the handle of its call (ServiceBase): cancel() on it stops an upload (or any call),
// which then fails with Kind::Cancelled; an upload reports its bytes as progress().
// The signals are for observers.
//
// Message and attachment POSTs are never re-sent automatically (they would post
// twice): the chat Outbox owns their retries.
class ConversationsService : public ServiceBase {
    Q_OBJECT
public:
    // What GET /api/v0/conversations?status= takes: OPEN is every status but CLOSED.
    enum class Filter { Open, Closed };
    Q_ENUM(Filter)

    explicit ConversationsService(ApiClient *api, QObject *parent = nullptr);

    Job<Conversation> *create(qint64 clientId, const QString &subject);
    Job<QList<Conversation>> *list(qint64 clientId, Filter filter);
    // Sends only what is given; rating 0–5.
    Job<Conversation> *update(qint64 conversationId, const std::optional<QString> &subject,
                              const std::optional<Conversation::Status> &status = std::nullopt,
                              const std::optional<int> &rating = std::nullopt);
    // The newest size messages, oldest first.
    Job<QList<Message>> *messages(qint64 conversationId, int size);
    Job<Message> *sendText(qint64 conversationId, const QString &text, Message::Sender sender);
    // Posts an uploaded file (Attachment::mediaUrl) into the conversation.
    Job<Message> *sendAttachmentMessage(qint64 conversationId, const QUrl &mediaUrl,
                                        Message::Sender sender);
    // multipart/form-data, field "source"; data is read as it is sent and is owned by
    // the request from now on.
    Job<Attachment> *uploadAttachment(qint64 conversationId, const QString &fileName,
                                      const QString &mimeType, QIODevice *data);

Q_SIGNALS:
    void conversationCreated(const Conversation &conversation);
    void conversationsListed(qint64 clientId, ConversationsService::Filter filter,
                             const QList<Conversation> &conversations);
    void conversationUpdated(const Conversation &conversation);
    void messagesLoaded(qint64 conversationId, const QList<Message> &messages);
    void messageSent(qint64 conversationId, const Message &message);

private:
    Job<Message> *postMessage(qint64 conversationId, const QJsonObject &body);
    static QString messagesPath(qint64 conversationId);
};
