#pragma once

#include "chat/attachment.h"
#include "chat/conversation.h"
#include "chat/message.h"
#include "net/servicebase.h"

#include <QList>
#include <QUrl>

#include <optional>

class QIODevice;

// Conversations, messages and attachments (/api/v0, bare answers). The ServiceBase
// pattern: each method returns a request id; the answer comes as the matching
// signal below or as requestFailed(requestId, ApiError); cancel(requestId) stops an
// upload (or any call) and it fails with Kind::Cancelled.
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

    quint64 create(qint64 clientId, const QString &subject);
    quint64 list(qint64 clientId, Filter filter);
    // Sends only what is given; rating 0–5.
    quint64 update(qint64 conversationId, const std::optional<QString> &subject,
                   const std::optional<Conversation::Status> &status = std::nullopt,
                   const std::optional<int> &rating = std::nullopt);
    // The newest size messages, oldest first.
    quint64 messages(qint64 conversationId, int size);
    quint64 sendText(qint64 conversationId, const QString &text, Message::Sender sender);
    // Posts an uploaded file (Attachment::mediaUrl) into the conversation.
    quint64 sendAttachmentMessage(qint64 conversationId, const QUrl &mediaUrl,
                                  Message::Sender sender);
    // multipart/form-data, field "source"; data is read as it is sent and is owned by
    // the request from now on. Progress comes as uploadProgress.
    quint64 uploadAttachment(qint64 conversationId, const QString &fileName,
                             const QString &mimeType, QIODevice *data);

Q_SIGNALS:
    void conversationCreated(quint64 requestId, const Conversation &conversation);
    void conversationsListed(quint64 requestId, qint64 clientId,
                             ConversationsService::Filter filter,
                             const QList<Conversation> &conversations);
    void conversationUpdated(quint64 requestId, const Conversation &conversation);
    void messagesLoaded(quint64 requestId, qint64 conversationId, const QList<Message> &messages);
    void messageSent(quint64 requestId, qint64 conversationId, const Message &message);
    void uploadProgress(quint64 requestId, qint64 sent, qint64 total);
    void attachmentUploaded(quint64 requestId, qint64 conversationId, const Attachment &attachment);

private:
    quint64 postMessage(qint64 conversationId, const QJsonObject &body);
    static QString messagesPath(qint64 conversationId);
};
