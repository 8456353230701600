#pragma once

#include <QJsonValue>
#include <QMetaType>
#include <QString>
#include <QUrl>

#include <optional>

// A message webhook: the URL that gets a POST for every new message of the
// enterprise (/api/v0/webhooks, bare answers).
struct MessageWebhook {
    qint64 id = 0; // a string in the API ("149")
    QUrl url;
    std::optional<qint64> enterpriseId; // only in lists

    static std::optional<MessageWebhook> fromJson(const QJsonValue &value,
                                                  QString *error = nullptr);

    friend bool operator==(const MessageWebhook &, const MessageWebhook &) = default;
};

Q_DECLARE_METATYPE(MessageWebhook)
