#pragma once

#include <QList>
#include <QLocale>
#include <QString>

// The ISO 3166-1 alpha-2 countries a client may live in, with their French names
// (the users are in France), sorted by French name for a combo box, and their English
// names (Qt's CLDR data) for an English interface.
class Countries {
public:
    struct Entry {
        QString code; // "FR"
        QString name; // "France"
    };

    static const QList<Entry> &all();
    // True for an assigned code in upper case: "FR" yes, "fr" and "XX" no.
    static bool isValidCode(const QString &code);
    // The French name, or an empty string for an unknown code.
    static QString frenchName(const QString &code);
    // The English name, or an empty string for an unknown code.
    static QString englishName(const QString &code);
    // The name in the language of locale (the interface's): French for French, else
    // English.
    static QString name(const QString &code, const QLocale &locale = QLocale());
    // Every country named in the language of locale, sorted by that name.
    static QList<Entry> sorted(const QLocale &locale = QLocale());
    // Index in all(), or -1.
    static int indexOfCode(const QString &code);
    // A code from a code ("fr", " FR ") or a French or English name as typed in a CSV
    // ("Belgique", "belgium", "Allemagne", "Germany"), accents and case ignored; empty
    // when nothing matches.
    static QString codeFromText(const QString &text);
};
