#pragma once

#include <QCoreApplication>
#include <QString>

// Postal codes of the countries whose format is known (FR, BE, CH, LU, MC, ES, DE, IT,
// GB): written the usual way, then checked. Elsewhere a code is accepted as typed, so
// that a client abroad is never refused for a format this list does not know.
class PostalCodes {
    Q_DECLARE_TR_FUNCTIONS(PostalCodes)
public:
    static bool isKnownCountry(const QString &countryCode);
    // Trimmed; for GB upper case with the space before the last three characters
    // ("sw1a1aa" → "SW1A 1AA"); for LU without "L-". Else as typed, trimmed.
    static QString normalized(const QString &countryCode, const QString &zip);
    // Empty when zip (normalized) fits the country's format or the format is unknown;
    // else what a code of that country looks like, for people.
    static QString problem(const QString &countryCode, const QString &zip);
};
