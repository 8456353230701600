#include "attachment.h"

#include "net/jsondecode.h"

std::optional<Attachment> Attachment::fromJson(const QJsonValue &value, QString *error) {
    JsonDecode in(value, QStringLiteral("attachment"));
    Attachment a;
    in.requiredString(QStringLiteral("mediaUrl"));
    a.mediaUrl = in.optionalUrl(QStringLiteral("mediaUrl"));
    a.mediaType = in.optionalString(QStringLiteral("mediaType"));
    if (!in.report(error))
        return std::nullopt;
    return a;
}
