#include "messagewebhook.h"

#include "net/jsondecode.h"

std::optional<MessageWebhook> MessageWebhook::fromJson(const QJsonValue &value, QString *error) {
    JsonDecode in(value, QStringLiteral("webhook"));
    MessageWebhook w;
    w.id = in.requiredId(QStringLiteral("id"));
    in.requiredString(QStringLiteral("url"));
    w.url = in.optionalUrl(QStringLiteral("url"));
    w.enterpriseId = in.optionalId(QStringLiteral("enterprise"));
    if (!in.report(error))
        return std::nullopt;
    return w;
}
