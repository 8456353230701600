#pragma once

#include "client.h"

#include <QJsonObject>
#include <QString>

#include <optional>

// What POST /oneapi/v0/clients needs to create a client. The server checks it
// (mandatory fields, cgu, country...); the form may call missingFields() first to
// mark empty fields before a round trip.
struct ClientDraft {
    QString email;
    std::optional<qint64> groupId;
    QString firstName;
    QString lastName;
    QString phonePrefix;
    QString phone;
    QString address;
    QString zipCode;
    QString city;
    QString country; // ISO 3166-1 alpha-2
    bool cgu = false;
    bool optin = false;
    Client::Gender gender = Client::Gender::Unknown;

    QJsonObject toJson() const;
    // The API names of the mandatory fields left blank (cgu counts when false).
    QStringList missingFields() const;
};
