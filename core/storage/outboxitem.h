#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QUrl>

// A chat message on its way out, kept in LocalStore so that it survives a restart or a
// kill. The chat Outbox moves it Queued → (Uploading →) Sending → Sent, or to Failed
// with the reason, and writes it before every network call (chat/outboxmachine.h).
struct OutboxItem {
    enum class Kind { Text, Attachment };
    enum class State { Queued, Uploading, Sending, Sent, Failed };
    // Who the message is sent as (POST .../messages "sender"): Message::Sender's values.
    enum class Sender { Client, Agent };

    qint64 id = 0; // given by LocalStore::addOutboxItem
    QString conversationId;
    Kind kind = Kind::Text;
    Sender sender = Sender::Agent;
    QByteArray payload; // a text message's content, UTF-8
    QString filePath;   // attachments: the file on disk, streamed at upload time
    QString fileName;   // attachments: the name it is uploaded under
    QString mimeType;
    qint64 fileSize = 0;
    // Set once the upload succeeded: a retry sends this URL without uploading again.
    QUrl mediaUrl;
    State state = State::Queued;
    // POSTs of the message in the current round (reset by Retry); bounds automatic
    // attempts after a lost answer.
    int attempts = 0;
    QDateTime createdAt;
    // When the message was first POSTed. Once set, the message may be on the server
    // whatever came back: before any new POST the conversation is read first.
    QDateTime firstAttemptAt;
    // The server's message, once known (answer, or found by reading the conversation);
    // a message id is claimed by one item only.
    QString messageId;
    QString error;      // why it failed, for people
    int errorKind = 0;  // ApiError::Kind as int, 0 when none
    int httpStatus = 0; // of the failure, 0 when none

    QString text() const { return QString::fromUtf8(payload); }
    bool isPending() const { return state != State::Sent && state != State::Failed; }
    bool wasPosted() const { return firstAttemptAt.isValid(); }
};

Q_DECLARE_METATYPE(OutboxItem)
