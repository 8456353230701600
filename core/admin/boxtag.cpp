#include "boxtag.h"

QJsonObject BoxTag::toJson() const {
    return {
        {QStringLiteral("code"), code},
        {QStringLiteral("description"), description},
        {QStringLiteral("technologyType"), technologyType},
    };
}

QJsonObject BoxTag::codeJson(const QString &code) {
    return {{QStringLiteral("code"), code}};
}
