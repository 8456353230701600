#pragma once

#include "chat/message.h"
#include "net/apierror.h"
#include "storage/outboxitem.h"

#include <QList>
#include <QUrl>

#include <functional>

class QObject;

// What the Outbox needs from the network: three calls, each ending in exactly one of
// its two callbacks, from the event loop (never inside the call), and only while
// context lives. OutboxServiceTransport runs them on ConversationsService.
class OutboxTransport {
public:
    // Stops a call in flight; it then fails with ApiError::Kind::Cancelled.
    using Cancel = std::function<void()>;

    virtual ~OutboxTransport() = default;

    // Streams item.filePath (never read whole) as item.fileName / item.mimeType.
    virtual Cancel upload(const OutboxItem &item, QObject *context,
                          std::function<void(qint64 sent, qint64 total)> progress,
                          std::function<void(const QUrl &mediaUrl)> done,
                          std::function<void(const ApiError &)> failed) = 0;
    // POSTs the item's text, or its mediaUrl, as its sender.
    virtual Cancel send(const OutboxItem &item, QObject *context,
                        std::function<void(const Message &)> done,
                        std::function<void(const ApiError &)> failed) = 0;
    // The conversation's newest size messages, oldest first.
    virtual Cancel newestMessages(const QString &conversationId, int size, QObject *context,
                                  std::function<void(const QList<Message> &)> done,
                                  std::function<void(const ApiError &)> failed) = 0;
};
