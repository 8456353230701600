#pragma once

#include <QList>
#include <QString>

// The ISO 3166-1 alpha-2 countries a client may live in, with their French names
// (the users are in France), sorted by French name for a combo box.
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
    // Index in all(), or -1.
    static int indexOfCode(const QString &code);
    // A code from a code ("fr", " FR ") or a French or English-looking name as typed in
    // a CSV ("France", "france"); empty when nothing matches.
    static QString codeFromText(const QString &text);
};
