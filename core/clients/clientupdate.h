#pragma once

#include "client.h"

#include <QJsonObject>
#include <QString>

#include <optional>

// A partial update for POST /oneapi/v0/clients/{idOrEmail}: only the fields that are
// set are sent, and the server changes only those.
struct ClientUpdate {
    std::optional<QString> email;
    std::optional<qint64> groupId;
    std::optional<QString> firstName;
    std::optional<QString> lastName;
    std::optional<QString> phonePrefix;
    std::optional<QString> phone;
    std::optional<QString> address;
    std::optional<QString> zipCode;
    std::optional<QString> city;
    std::optional<QString> country;
    std::optional<bool> optin;
    std::optional<Client::Gender> gender; // Unknown cannot be sent: it is left out

    bool isEmpty() const { return toJson().isEmpty(); }
    QJsonObject toJson() const;
    // The fields that differ from "before" to "after", e.g. from an edit form.
    static ClientUpdate between(const Client &before, const Client &after);
};
