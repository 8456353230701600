#include "group.h"

#include "net/jsondecode.h"

std::optional<Group> Group::fromJson(const QJsonValue &value, QString *error) {
    JsonDecode in(value, QStringLiteral("group"));
    Group g;
    g.groupId = in.requiredId(QStringLiteral("group_id"));
    g.name = in.requiredString(QStringLiteral("name"));
    if (!in.report(error))
        return std::nullopt;
    return g;
}
