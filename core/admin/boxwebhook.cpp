#include "boxwebhook.h"

#include "net/jsondecode.h"

std::optional<BoxWebhook> BoxWebhook::fromJson(const QJsonValue &value, QString *error) {
    JsonDecode in(value, QStringLiteral("box_webhook"));
    BoxWebhook w;
    w.id = in.requiredId(QStringLiteral("id"));
    in.requiredString(QStringLiteral("url"));
    w.url = in.optionalUrl(QStringLiteral("url"));
    w.enterpriseId = in.optionalId(QStringLiteral("enterprise"));
    if (!in.report(error))
        return std::nullopt;
    return w;
}
