#include "clientdraft.h"

#include <QStringList>

QJsonObject ClientDraft::toJson() const {
    QJsonObject o{
        {QStringLiteral("email"), email.trimmed()},
        {QStringLiteral("first_name"), firstName},
        {QStringLiteral("last_name"), lastName},
        {QStringLiteral("phone_prefix"), phonePrefix},
        {QStringLiteral("phone"), phone},
        {QStringLiteral("address"), address},
        {QStringLiteral("zip_code"), zipCode},
        {QStringLiteral("city"), city},
        {QStringLiteral("country"), country.toUpper()},
        {QStringLiteral("cgu"), cgu},
        {QStringLiteral("optin"), optin},
    };
    if (groupId)
        o.insert(QStringLiteral("group_id"), double(*groupId));
    if (gender != Client::Gender::Unknown)
        o.insert(QStringLiteral("gender"), Client::genderToApi(gender));
    return o;
}

QStringList ClientDraft::missingFields() const {
    QStringList missing;
    const std::pair<const char *, const QString *> fields[] = {
        {"email", &email},        {"first_name", &firstName},
        {"last_name", &lastName}, {"phone_prefix", &phonePrefix},
        {"phone", &phone},        {"address", &address},
        {"zip_code", &zipCode},   {"city", &city},
        {"country", &country},
    };
    for (const auto &[name, text] : fields) {
        if (text->trimmed().isEmpty())
            missing.append(QLatin1String(name));
    }
    if (!cgu)
        missing.append(QStringLiteral("cgu"));
    return missing;
}
