#pragma once

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

// Reads the CSV files people export from spreadsheets: UTF-8 with or without a BOM
// (and, failing UTF-8, Windows-1252 as Excel writes it in France), comma or
// semicolon (guessed from the header line), RFC 4180 quoting with separators,
// doubled quotes and line breaks inside quoted fields, CRLF or LF line ends.
class CsvReader {
public:
    struct Result {
        QList<QStringList> rows; // the header line included, blank lines skipped
        QChar separator;
        bool wasUtf8 = true;
        bool unterminatedQuote = false; // the file ended inside a quoted field
    };

    // separator: a null QChar guesses it from the first line.
    static Result parse(const QByteArray &bytes, QChar separator = {});
    static Result parseText(const QString &text, QChar separator = {});
    // Decodes UTF-8 (BOM dropped), or Windows-1252 when the bytes are not UTF-8.
    static QString decode(const QByteArray &bytes, bool *wasUtf8 = nullptr);
    // ';' or ',' by counting each outside quotes on the first line; ',' on a tie.
    static QChar detectSeparator(const QString &text);
    // One field written back with the same rules (quoted only when needed).
    static QString escapeField(const QString &field, QChar separator);
    static QString formatRow(const QStringList &fields, QChar separator);
};
