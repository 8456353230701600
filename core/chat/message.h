#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QMetaType>
#include <QString>
#include <QUrl>

#include <optional>

// One message of a conversation. Its id is the chat back end's (24 hex digits), kept
// as text. type is "text" for a text message; for an attachment the API gives
// "attachment" or the file's MIME type, with mediaUrl.
struct Message {
    // Who wrote it: user is the client, business the concierge (sender "agent").
    enum class Author { Unknown, User, Business };
    // Who sends a new message, as POST .../messages names it.
    enum class Sender { Client, Agent };

    QString id;
    QDateTime received;
    Author author = Author::Unknown;
    QString authorText;
    QString type;
    QString content;
    QUrl mediaUrl;

    bool isAttachment() const {
        return !mediaUrl.isEmpty() || (!type.isEmpty() && type != QLatin1String("text"));
    }

    static QString senderToApi(Sender sender);
    static std::optional<Message> fromJson(const QJsonValue &value, QString *error = nullptr);

    friend bool operator==(const Message &, const Message &) = default;
};

Q_DECLARE_METATYPE(Message)
