#include "directoryrecord.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
const QString kApiDate = QStringLiteral("yyyy-MM-dd HH:mm:ss");

QJsonValue apiDate(const QDateTime &dt) {
    return dt.isValid() ? QJsonValue(dt.toString(kApiDate)) : QJsonValue();
}
} // namespace

qint64 DirectoryRecord::syntheticId(const QString &email) {
    const QByteArray digest = QCryptographicHash::hash(ClientsModel::fold(email.trimmed()).toUtf8(),
                                                       QCryptographicHash::Sha1);
    qint64 id = 0;
    for (int i = 0; i < 6; ++i) // 48 bits: collisions are out of reach for a directory
        id = (id << 8) | quint8(digest.at(i));
    return -(id + 1);
}

QByteArray DirectoryRecord::clientJson(const Client &c) {
    // The API's own field names, so that Client::fromJson reads it back.
    QJsonObject o{{QStringLiteral("client_id"), c.clientId},
                  {QStringLiteral("email"), c.email},
                  {QStringLiteral("first_name"), c.firstName},
                  {QStringLiteral("last_name"), c.lastName},
                  {QStringLiteral("phone_prefix"), c.phonePrefix},
                  {QStringLiteral("phone"), c.phone},
                  {QStringLiteral("gender"), Client::genderToApi(c.gender)},
                  {QStringLiteral("address"), c.address},
                  {QStringLiteral("zip_code"), c.zipCode},
                  {QStringLiteral("city"), c.city},
                  {QStringLiteral("country"), c.country},
                  {QStringLiteral("cgu"), c.cgu},
                  {QStringLiteral("optin"), c.optin},
                  {QStringLiteral("registering_date"), apiDate(c.registeringDate)},
                  {QStringLiteral("last_login_date"), apiDate(c.lastLoginDate)},
                  {QStringLiteral("end_subscription_date"), apiDate(c.endSubscriptionDate)},
                  {QStringLiteral("active"), c.active},
                  {QStringLiteral("group_id"), c.groupId ? QJsonValue(*c.groupId) : QJsonValue()}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

StoredClient DirectoryRecord::toStored(const DirectoryEntry &e) {
    StoredClient s;
    const Client &c = e.client;
    s.email = c.email.trimmed();
    s.lastSeen = e.lastSeen;
    if (!e.detailed || c.clientId <= 0) {
        s.clientId = syntheticId(s.email);
        return s;
    }
    s.clientId = c.clientId;
    s.firstName = c.firstName;
    s.lastName = c.lastName;
    s.groupId = c.groupId.value_or(0);
    s.active = c.active;
    s.endSubscriptionDate =
        c.endSubscriptionDate.isValid() ? c.endSubscriptionDate.toString(kApiDate) : QString();
    s.rawJson = clientJson(c);
    return s;
}

DirectoryEntry DirectoryRecord::fromStored(const StoredClient &s) {
    DirectoryEntry e;
    e.lastSeen = s.lastSeen.toLocalTime();
    if (s.clientId <= 0) {
        e.client.email = s.email;
        return e;
    }
    e.detailed = true;
    if (const auto client = Client::fromJson(QJsonDocument::fromJson(s.rawJson).object())) {
        e.client = *client;
        return e;
    }
    // Written by someone else without our JSON: the table's own columns.
    e.client.clientId = s.clientId;
    e.client.email = s.email;
    e.client.firstName = s.firstName;
    e.client.lastName = s.lastName;
    if (s.groupId > 0)
        e.client.groupId = s.groupId;
    e.client.active = s.active;
    e.client.endSubscriptionDate = QDateTime::fromString(s.endSubscriptionDate, kApiDate);
    return e;
}
