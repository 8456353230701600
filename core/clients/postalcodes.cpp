#include "postalcodes.h"

#include <QRegularExpression>

namespace {
struct Format {
    const char *country;
    const char *pattern;
};

const Format kFormats[] = {
    {"FR", "^[0-9]{5}$"},
    {"BE", "^[1-9][0-9]{3}$"},
    {"CH", "^[1-9][0-9]{3}$"},
    {"LU", "^[0-9]{4}$"},
    {"MC", "^980[0-9]{2}$"},
    {"ES", "^(0[1-9]|[1-4][0-9]|5[0-2])[0-9]{3}$"},
    {"DE", "^[0-9]{5}$"},
    {"IT", "^[0-9]{5}$"},
    // Outward code (A9, A99, AA9, AA99, A9A, AA9A), a space, inward code (9AA).
    {"GB", "^([A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}|GIR 0AA)$"},
};

const Format *formatOf(const QString &country) {
    for (const Format &f : kFormats) {
        if (country == QLatin1String(f.country))
            return &f;
    }
    return nullptr;
}
} // namespace

bool PostalCodes::isKnownCountry(const QString &countryCode) {
    return formatOf(countryCode.trimmed().toUpper()) != nullptr;
}

QString PostalCodes::normalized(const QString &countryCode, const QString &zip) {
    const QString country = countryCode.trimmed().toUpper();
    QString z = zip.trimmed();
    if (country == QLatin1String("GB")) {
        z = z.toUpper();
        z.remove(QLatin1Char(' '));
        if (z.size() >= 5)
            z.insert(z.size() - 3, QLatin1Char(' '));
    } else if (country == QLatin1String("LU")) {
        if (z.startsWith(QLatin1String("L-"), Qt::CaseInsensitive)
            || z.startsWith(QLatin1String("L "), Qt::CaseInsensitive))
            z = z.mid(2).trimmed();
    }
    return z;
}

QString PostalCodes::problem(const QString &countryCode, const QString &zip) {
    const QString country = countryCode.trimmed().toUpper();
    const Format *format = formatOf(country);
    if (!format)
        return {};
    const QRegularExpression re(QString::fromLatin1(format->pattern));
    if (re.match(zip).hasMatch())
        return {};
    if (country == QLatin1String("FR"))
        return tr("A French postal code has five digits, like 75002.");
    if (country == QLatin1String("BE"))
        return tr("A Belgian postal code has four digits, like 1000.");
    if (country == QLatin1String("CH"))
        return tr("A Swiss postal code has four digits, like 8001.");
    if (country == QLatin1String("LU"))
        return tr("A Luxembourg postal code has four digits, like 1009 (or L-1009).");
    if (country == QLatin1String("MC"))
        return tr("A Monaco postal code has five digits starting with 980, like 98000.");
    if (country == QLatin1String("ES"))
        return tr("A Spanish postal code has five digits, from 01000 to 52999, like 28013.");
    if (country == QLatin1String("DE"))
        return tr("A German postal code has five digits, like 10115.");
    if (country == QLatin1String("IT"))
        return tr("An Italian postal code has five digits, like 00184.");
    return tr("A British postcode looks like SW1A 1AA.");
}
