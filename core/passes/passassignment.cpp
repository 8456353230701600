#include "passassignment.h"

#include "net/jsondecode.h"

#include <QUuid>

QJsonObject PassAssignment::toJson() const {
    return {
        {QStringLiteral("email"), email.trimmed()},
        {QStringLiteral("stock_id"), double(stockId)},
        {QStringLiteral("payment_reference"), paymentReference},
    };
}

QString PassAssignment::newPaymentReference() {
    return QStringLiteral("bo-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

std::optional<PassAssignment>
PassAssignment::fromJson(const QJsonValue &value, const PassAssignment &request, QString *error) {
    JsonDecode in(value, QStringLiteral("assignment"));
    PassAssignment a = request;
    a.endSubscriptionDate = in.requiredDateTime(QStringLiteral("end_subscription_date"));
    if (in.ok() && !a.endSubscriptionDate.isValid())
        in.fail(QStringLiteral("end_subscription_date"), JsonDecode::tr("is null but required"));
    if (!in.report(error))
        return std::nullopt;
    return a;
}
