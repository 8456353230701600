#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

// How a CSV column and its cells become API fields: the fields an import can feed,
// header names guessed in French or English, and the yes/no and gender spellings
// people put in spreadsheets.
class ClientImportFields {
    Q_DECLARE_TR_FUNCTIONS(ClientImportFields)
public:
    static const QStringList &targetFields();
    static QString fieldLabel(const QString &field);
    // The field a header names ("Prénom", "E-mail", "Code postal", "zip"...), or empty.
    static QString guessField(const QString &header);
    // "oui", "yes", "1", "x", "vrai" → true; "non", "no", "0", "" → false; else nothing.
    static std::optional<bool> parseBoolean(const QString &text);
    // "F", "Mme", "Madame", "femme", "female" → FEMALE; "M", "M.", "Monsieur"... → MALE;
    // "" → ""; anything else nothing.
    static std::optional<QString> parseGender(const QString &text);
};
