#include "outboxservicetransport.h"

#include "chat/conversationsservice.h"

#include <QFile>
#include <QPointer>
#include <QTimer>

namespace {
Message::Sender senderOf(const OutboxItem &item) {
    return item.sender == OutboxItem::Sender::Client ? Message::Sender::Client
                                                     : Message::Sender::Agent;
}

// The outbox shows its own failures (next to the message): none is "unhandled".
template<typename T> OutboxTransport::Cancel handle(Job<T> *job) {
    job->setFailureHandled();
    QPointer<ApiJob> guard(job);
    return [guard] {
        if (guard)
            guard->cancel();
    };
}

// A failure found before any call, delivered from the event loop as the contract says.
OutboxTransport::Cancel failLater(QObject *context, std::function<void(const ApiError &)> failed,
                                  const ApiError &error) {
    QTimer::singleShot(0, context, [failed = std::move(failed), error] { failed(error); });
    return [] {};
}
} // namespace

OutboxServiceTransport::OutboxServiceTransport(ConversationsService *service)
    : m_service(service) {}

OutboxTransport::Cancel OutboxServiceTransport::upload(
    const OutboxItem &item, QObject *context, std::function<void(qint64, qint64)> progress,
    std::function<void(const QUrl &)> done, std::function<void(const ApiError &)> failed) {
    auto file = std::make_unique<QFile>(item.filePath);
    if (!file->open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        ApiError error;
        error.kind = ApiError::Kind::Validation;
        error.message = tr("“%1” cannot be read: %2").arg(item.fileName, file->errorString());
        return failLater(context, std::move(failed), error);
    }
    Job<Attachment> *job = m_service->uploadAttachment(
        item.conversationId.toLongLong(), item.fileName, item.mimeType, file.release());
    QObject::connect(job, &ApiJob::progress, context, std::move(progress));
    job->onResult(context, [done = std::move(done)](const Attachment &a) { done(a.mediaUrl); })
        ->onFailure(context, std::move(failed));
    return handle(job);
}

OutboxTransport::Cancel OutboxServiceTransport::send(const OutboxItem &item, QObject *context,
                                                     std::function<void(const Message &)> done,
                                                     std::function<void(const ApiError &)> failed) {
    const qint64 conversationId = item.conversationId.toLongLong();
    Job<Message> *job =
        item.kind == OutboxItem::Kind::Text
            ? m_service->sendText(conversationId, item.text(), senderOf(item))
            : m_service->sendAttachmentMessage(conversationId, item.mediaUrl, senderOf(item));
    job->onResult(context, std::move(done))->onFailure(context, std::move(failed));
    return handle(job);
}

OutboxTransport::Cancel
OutboxServiceTransport::newestMessages(const QString &conversationId, int size, QObject *context,
                                       std::function<void(const QList<Message> &)> done,
                                       std::function<void(const ApiError &)> failed) {
    Job<QList<Message>> *job = m_service->messages(conversationId.toLongLong(), size);
    job->onResult(context, std::move(done))->onFailure(context, std::move(failed));
    return handle(job);
}
