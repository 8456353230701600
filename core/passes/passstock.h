#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QMetaType>
#include <QString>

#include <optional>

// One stock of passes of the enterprise (GET /oneapi/v0/stockofpasses): a pass from
// it extends a client's subscription by duration × durationType.
struct PassStock {
    enum class DurationType { Unknown, Day, Month, Year };

    qint64 stockId = 0;
    QString description;
    qint64 duration = 0;
    DurationType durationType = DurationType::Unknown;
    QString durationTypeText; // as the API sent it, for an Unknown type
    QDateTime expirationDate; // invalid: no expiry given
    qint64 totalUnits = 0;
    qint64 totalAvailable = 0;
    qint64 totalUsed = 0;
    double price = 0;    // with VAT
    double netPrice = 0; // without VAT
    double vat = 0;      // percent

    // Whether a pass can still be taken from it at now.
    bool isUsable(const QDateTime &now = QDateTime::currentDateTime()) const;
    // The end date a pass would give to a subscription ending at currentEnd: the
    // server's rule (max(now, end) + duration, at 23:59:59), for previews only.
    QDateTime extend(const QDateTime &currentEnd,
                     const QDateTime &now = QDateTime::currentDateTime()) const;

    static std::optional<PassStock> fromJson(const QJsonValue &value, QString *error = nullptr);

    friend bool operator==(const PassStock &, const PassStock &) = default;
};

Q_DECLARE_METATYPE(PassStock)
