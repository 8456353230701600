#pragma once

#include <QString>

// The international calling code of each country (ITU E.164, "+33" for FR), and
// whether a number written at home starts with a trunk 0 that the international form
// drops ("06 12 34 56 78" in France is +33 612345678; an Italian 06 keeps its 0).
class CallingCodes {
public:
    // "+33" for "FR"; empty for an unknown code.
    static QString forCountry(const QString &countryCode);
    // The longest known calling code at the start of digits ("33612345678" → "+33",
    // "1212..." → "+1"), or empty.
    static QString leadingCode(const QString &digits);
    // Whether national numbers under prefix ("+33") carry a trunk 0 that the
    // international form drops.
    static bool dropsTrunkZero(const QString &prefix);
};
