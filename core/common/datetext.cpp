#include "datetext.h"

QString DateText::date(const QDate &date, const QLocale &locale) {
    if (!date.isValid())
        return {};
    if (locale.language() == QLocale::English)
        return locale.toString(date, QStringLiteral("d MMM yyyy"));
    return locale.toString(date, QLocale::ShortFormat);
}

QString DateText::dateTime(const QDateTime &when, const QLocale &locale) {
    if (!when.isValid())
        return {};
    const QDateTime local = when.toLocalTime();
    return QStringLiteral("%1, %2").arg(date(local.date(), locale),
                                        locale.toString(local.time(), QStringLiteral("HH:mm")));
}
