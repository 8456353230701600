#pragma once

#include <QJsonValue>
#include <QMetaType>
#include <QString>
#include <QUrl>

#include <optional>

// An uploaded file (POST .../attachments): where it is served and its MIME type.
// It is in the conversation only once a message of type attachment names mediaUrl.
struct Attachment {
    QUrl mediaUrl;
    QString mediaType;

    static std::optional<Attachment> fromJson(const QJsonValue &value, QString *error = nullptr);

    friend bool operator==(const Attachment &, const Attachment &) = default;
};

Q_DECLARE_METATYPE(Attachment)
