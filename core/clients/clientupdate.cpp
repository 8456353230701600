#include "clientupdate.h"

namespace {
void put(QJsonObject &o, const char *key, const std::optional<QString> &value) {
    if (value)
        o.insert(QLatin1String(key), *value);
}
template<typename T> void change(std::optional<T> &field, const T &before, const T &after) {
    if (before != after)
        field = after;
}
} // namespace

QJsonObject ClientUpdate::toJson() const {
    QJsonObject o;
    put(o, "email", email);
    put(o, "first_name", firstName);
    put(o, "last_name", lastName);
    put(o, "phone_prefix", phonePrefix);
    put(o, "phone", phone);
    // "address" as in create; the server takes the reference's "street" as an alias.
    put(o, "address", address);
    put(o, "zip_code", zipCode);
    put(o, "city", city);
    if (country)
        o.insert(QStringLiteral("country"), country->toUpper());
    if (groupId)
        o.insert(QStringLiteral("group_id"), double(*groupId));
    if (optin)
        o.insert(QStringLiteral("optin"), *optin);
    if (gender && *gender != Client::Gender::Unknown)
        o.insert(QStringLiteral("gender"), Client::genderToApi(*gender));
    return o;
}

ClientUpdate ClientUpdate::between(const Client &before, const Client &after) {
    ClientUpdate u;
    change(u.email, before.email, after.email);
    change(u.firstName, before.firstName, after.firstName);
    change(u.lastName, before.lastName, after.lastName);
    change(u.phonePrefix, before.phonePrefix, after.phonePrefix);
    change(u.phone, before.phone, after.phone);
    change(u.address, before.address, after.address);
    change(u.zipCode, before.zipCode, after.zipCode);
    change(u.city, before.city, after.city);
    change(u.country, before.country, after.country);
    change(u.optin, before.optin, after.optin);
    change(u.gender, before.gender, after.gender);
    // The API has no way to take a client out of its group: only a new group is sent.
    if (after.groupId && before.groupId != after.groupId)
        u.groupId = after.groupId;
    return u;
}
