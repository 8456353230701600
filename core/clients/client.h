#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QMetaType>
#include <QString>

#include <optional>

// A client of the enterprise as the API shows it (GET /oneapi/v0/clients/{id}).
// Dates are Paris time; an invalid QDateTime stands for the API's null.
class Client {
public:
    // The API knows MALE and FEMALE; a client who gave none is Unknown.
    enum class Gender { Unknown, Male, Female };

    qint64 clientId = 0;
    QString email;
    QString firstName;
    QString lastName;
    QString phonePrefix;
    QString phone;
    Gender gender = Gender::Unknown;
    QString address;
    QString zipCode;
    QString city;
    QString country; // ISO 3166-1 alpha-2
    bool cgu = false;
    bool optin = false;
    QDateTime registeringDate;
    QDateTime lastLoginDate;
    QDateTime endSubscriptionDate;
    bool active = false;
    std::optional<qint64> groupId; // none: the enterprise itself

    QString displayName() const;
    // Whether the subscription runs at now (an invalid end date means none).
    bool hasValidSubscription(const QDateTime &now = QDateTime::currentDateTime()) const;

    // Requires client_id, email and active; "street" is read when "address" is absent.
    static std::optional<Client> fromJson(const QJsonValue &value, QString *error = nullptr);

    // "MALE" / "FEMALE" / empty for Unknown.
    static QString genderToApi(Gender gender);
    // Case-insensitive; null or an unrecognised value is Unknown (the vendor may add
    // values: a client must stay readable when it does).
    static Gender genderFromApi(const QString &text);

    friend bool operator==(const Client &, const Client &) = default;
};

Q_DECLARE_METATYPE(Client)
