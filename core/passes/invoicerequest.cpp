#include "invoicerequest.h"

QJsonObject InvoiceRequest::toJson() const {
    return {
        {QStringLiteral("payment_reference"), paymentReference},
        {QStringLiteral("first_name"), firstName},
        {QStringLiteral("last_name"), lastName},
        {QStringLiteral("address"), address},
        {QStringLiteral("zip_code"), zipCode},
        {QStringLiteral("city"), city},
        {QStringLiteral("country"), country},
    };
}
