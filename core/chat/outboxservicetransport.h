#pragma once

#include "chat/outboxtransport.h"

#include <QCoreApplication>

class ConversationsService;

// The Outbox's calls on ConversationsService: the file is handed to the upload as a
// QFile, opened here and read by the request as it sends (never whole in memory).
class OutboxServiceTransport : public OutboxTransport {
    Q_DECLARE_TR_FUNCTIONS(OutboxServiceTransport)
public:
    explicit OutboxServiceTransport(ConversationsService *service);

    Cancel upload(const OutboxItem &item, QObject *context,
                  std::function<void(qint64 sent, qint64 total)> progress,
                  std::function<void(const QUrl &mediaUrl)> done,
                  std::function<void(const ApiError &)> failed) override;
    Cancel send(const OutboxItem &item, QObject *context, std::function<void(const Message &)> done,
                std::function<void(const ApiError &)> failed) override;
    Cancel newestMessages(const QString &conversationId, int size, QObject *context,
                          std::function<void(const QList<Message> &)> done,
                          std::function<void(const ApiError &)> failed) override;

private:
    ConversationsService *m_service;
};
