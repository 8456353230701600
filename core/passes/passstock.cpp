#include "passstock.h"

#include "net/jsondecode.h"

bool PassStock::isUsable(const QDateTime &now) const {
    return totalAvailable > 0 && (!expirationDate.isValid() || expirationDate >= now);
}

QDateTime PassStock::extend(const QDateTime &currentEnd, const QDateTime &now) const {
    const QDateTime from = (currentEnd.isValid() && currentEnd > now) ? currentEnd : now;
    QDate date = from.toTimeZone(JsonDecode::serverTimeZone()).date();
    switch (durationType) {
    case DurationType::Day:
        date = date.addDays(duration);
        break;
    case DurationType::Month:
        date = date.addMonths(int(duration));
        break;
    case DurationType::Year:
        date = date.addYears(int(duration));
        break;
    case DurationType::Unknown:
        return {};
    }
    return QDateTime(date, QTime(23, 59, 59), JsonDecode::serverTimeZone());
}

std::optional<PassStock> PassStock::fromJson(const QJsonValue &value, QString *error) {
    JsonDecode in(value, QStringLiteral("stock"));
    PassStock s;
    s.stockId = in.requiredId(QStringLiteral("stock_id"));
    s.description = in.optionalString(QStringLiteral("description"));
    s.duration = in.requiredInteger(QStringLiteral("duration"));
    s.durationTypeText = in.requiredString(QStringLiteral("duration_type"));
    const QString type = s.durationTypeText.toUpper();
    if (type == QLatin1String("DAY"))
        s.durationType = DurationType::Day;
    else if (type == QLatin1String("MONTH"))
        s.durationType = DurationType::Month;
    else if (type == QLatin1String("YEAR"))
        s.durationType = DurationType::Year;
    s.expirationDate = in.optionalDateTime(QStringLiteral("expiration_date"));
    s.totalUnits = in.optionalInteger(QStringLiteral("total_units"));
    s.totalAvailable = in.requiredInteger(QStringLiteral("total_available"));
    s.totalUsed = in.optionalInteger(QStringLiteral("total_used"));
    s.price = in.optionalNumber(QStringLiteral("price"));
    s.netPrice = in.optionalNumber(QStringLiteral("net_price"));
    s.vat = in.optionalNumber(QStringLiteral("vat"));
    if (!in.report(error))
        return std::nullopt;
    return s;
}
