#pragma once

#include <QJsonValue>
#include <QMetaType>
#include <QString>

#include <optional>

// The answer of GET /oneapi/v0/clients/{email}/exists.
struct EmailCheck {
    bool exists = false;
    bool movable = false;
    bool attachedToAnotherEnterprise = false;
    bool subscriptionValid = false;
    bool clientActive = false;

    // "exists" is required; the others default to false when absent (an unknown
    // email may be answered with exists alone) but must be booleans when present.
    static std::optional<EmailCheck> fromJson(const QJsonValue &value, QString *error = nullptr);

    friend bool operator==(const EmailCheck &, const EmailCheck &) = default;
};

Q_DECLARE_METATYPE(EmailCheck)
