#pragma once

#include <QJsonValue>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

// A group ("sous-conciergerie") of the signed-in enterprise.
struct Group {
    qint64 groupId = 0;
    QString name;

    static std::optional<Group> fromJson(const QJsonValue &value, QString *error = nullptr);

    friend bool operator==(const Group &, const Group &) = default;
};

Q_DECLARE_METATYPE(Group)
