#pragma once

#include <QJsonObject>
#include <QString>

// The body of POST /oneapi/v0/stockofpasses/invoice (documented, not implemented
// by the vendor yet: the server answers 501).
struct InvoiceRequest {
    QString paymentReference;
    QString firstName;
    QString lastName;
    QString address;
    QString zipCode;
    QString city;
    QString country;

    QJsonObject toJson() const;
};
