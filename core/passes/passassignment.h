#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QMetaType>
#include <QString>

#include <optional>

// A pass assignment: what is sent to POST /oneapi/v0/stockofpasses/assign and the new
// subscription end it answers. The payment reference is the duplicate protection:
// the caller makes it once (newPaymentReference()), stores it, and sends the same one
// again on a retry; the server then answers has_already_been_taken instead of
// assigning a second pass.
struct PassAssignment {
    QString email;
    qint64 stockId = 0;
    QString paymentReference;
    QDateTime endSubscriptionDate; // from the answer

    QJsonObject toJson() const;
    // A fresh unique reference ("bo-" and a UUID).
    static QString newPaymentReference();
    // Reads the answer into a copy of request.
    static std::optional<PassAssignment>
    fromJson(const QJsonValue &value, const PassAssignment &request, QString *error = nullptr);
};

Q_DECLARE_METATYPE(PassAssignment)
