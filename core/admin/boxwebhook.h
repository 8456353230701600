#pragma once

#include <QJsonValue>
#include <QMetaType>
#include <QString>
#include <QUrl>

#include <optional>

// A box webhook: the URL told of box events (/api/v0/boxes_webhook; its list
// is wrapped in data, unlike the message webhooks').
struct BoxWebhook {
    qint64 id = 0; // a string in the API ("149")
    QUrl url;
    std::optional<qint64> enterpriseId; // only in lists

    static std::optional<BoxWebhook> fromJson(const QJsonValue &value, QString *error = nullptr);

    friend bool operator==(const BoxWebhook &, const BoxWebhook &) = default;
};

Q_DECLARE_METATYPE(BoxWebhook)
