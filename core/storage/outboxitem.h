#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

// A chat message waiting to be sent, kept so that it survives a restart.
struct OutboxItem {
    enum class Kind { Text, Attachment };
    enum class State { Pending, Sending, Sent, Failed };

    qint64 id = 0; // given by LocalStore::addOutboxItem
    QString conversationId;
    Kind kind = Kind::Text;
    QByteArray payload;
    QString filePath; // attachments only
    State state = State::Pending;
    int attempts = 0;
    QDateTime createdAt;
    QString error;
};
