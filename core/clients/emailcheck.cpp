#include "emailcheck.h"

#include "net/jsondecode.h"

std::optional<EmailCheck> EmailCheck::fromJson(const QJsonValue &value, QString *error) {
    JsonDecode in(value, QStringLiteral("exists"));
    EmailCheck c;
    c.exists = in.requiredBoolean(QStringLiteral("exists"));
    c.movable = in.optionalBoolean(QStringLiteral("movable"));
    c.attachedToAnotherEnterprise =
        in.optionalBoolean(QStringLiteral("attached_to_another_enterprise"));
    c.subscriptionValid = in.optionalBoolean(QStringLiteral("subscription_valid"));
    c.clientActive = in.optionalBoolean(QStringLiteral("client_active"));
    if (!in.report(error))
        return std::nullopt;
    return c;
}
