#include "client.h"

#include "net/jsondecode.h"

QString Client::displayName() const {
    const QString name = QString(firstName + QLatin1Char(' ') + lastName).trimmed();
    return name.isEmpty() ? email : name;
}

bool Client::hasValidSubscription(const QDateTime &now) const {
    return endSubscriptionDate.isValid() && endSubscriptionDate >= now;
}

QString Client::genderToApi(Gender gender) {
    switch (gender) {
    case Gender::Male:
        return QStringLiteral("MALE");
    case Gender::Female:
        return QStringLiteral("FEMALE");
    case Gender::Unknown:
        break;
    }
    return {};
}

Client::Gender Client::genderFromApi(const QString &text) {
    if (text.compare(QLatin1String("MALE"), Qt::CaseInsensitive) == 0)
        return Gender::Male;
    if (text.compare(QLatin1String("FEMALE"), Qt::CaseInsensitive) == 0)
        return Gender::Female;
    return Gender::Unknown;
}

std::optional<Client> Client::fromJson(const QJsonValue &value, QString *error) {
    JsonDecode in(value, QStringLiteral("client"));
    Client c;
    c.clientId = in.requiredId(QStringLiteral("client_id"));
    c.email = in.requiredString(QStringLiteral("email"));
    c.firstName = in.optionalString(QStringLiteral("first_name"));
    c.lastName = in.optionalString(QStringLiteral("last_name"));
    c.phonePrefix = in.optionalString(QStringLiteral("phone_prefix"));
    c.phone = in.optionalString(QStringLiteral("phone"));
    c.gender = genderFromApi(in.optionalString(QStringLiteral("gender")));
    // Update examples of the reference say "street" for the same field.
    c.address = in.hasValue(QStringLiteral("address"))
                    ? in.optionalString(QStringLiteral("address"))
                    : in.optionalString(QStringLiteral("street"));
    c.zipCode = in.optionalString(QStringLiteral("zip_code"));
    c.city = in.optionalString(QStringLiteral("city"));
    c.country = in.optionalString(QStringLiteral("country"));
    c.cgu = in.optionalBoolean(QStringLiteral("cgu"));
    c.optin = in.optionalBoolean(QStringLiteral("optin"));
    c.registeringDate = in.optionalDateTime(QStringLiteral("registering_date"));
    c.lastLoginDate = in.optionalDateTime(QStringLiteral("last_login_date"));
    c.endSubscriptionDate = in.optionalDateTime(QStringLiteral("end_subscription_date"));
    c.active = in.requiredBoolean(QStringLiteral("active"));
    c.groupId = in.optionalId(QStringLiteral("group_id"));
    if (!in.report(error))
        return std::nullopt;
    return c;
}
