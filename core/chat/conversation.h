#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QMetaType>
#include <QString>

#include <optional>

// A conversation between a client and the concierge (bare object under /api/v0).
struct Conversation {
    enum class Status { Unknown, New, UserPending, SystemPending, Closed };

    qint64 id = 0;
    qint64 clientId = 0;
    QDateTime creationDate;
    QString subject;
    Status status = Status::Unknown;
    QString statusText;    // as sent, for a status this client does not know
    int rating = 0;        // 0–5
    QDateTime lastUpdated; // invalid until the first message
    qint64 messageCounter = 0;
    std::optional<qint64> mainTag; // ids sent as strings ("5") by the API
    std::optional<qint64> secondaryTag;

    bool isOpen() const { return status != Status::Closed; }

    // "CLOSE" (the reference's own example) reads as Closed.
    static Status statusFromApi(const QString &text);
    static QString statusToApi(Status status);
    static std::optional<Conversation> fromJson(const QJsonValue &value, QString *error = nullptr);

    friend bool operator==(const Conversation &, const Conversation &) = default;
};

Q_DECLARE_METATYPE(Conversation)
