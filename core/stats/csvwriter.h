#pragma once

#include <QByteArray>
#include <QChar>
#include <QString>
#include <QVariantList>

// Writes CSV that spreadsheets open as they should: RFC 4180 (CRLF line ends, a field
// quoted when it holds the separator, a quote or a line break, quotes doubled), UTF-8
// with an optional byte-order mark (Excel needs it to read UTF-8), comma or semicolon.
//
// Cells are typed. A number (any numeric QVariant) is written as a number, with a
// decimal comma when asked (French Excel reads "82.61" as text or a date). A text cell
// that a spreadsheet would run as a formula, one starting with = + - @, a tab or a
// carriage return (OWASP, CSV injection), gets a leading apostrophe and is quoted, so
// that it shows as the text it is: a group named "=HYPERLINK(...)" stays a name.
// Numbers are never escaped, which is why cells are typed: "-3" from the API is a
// number, "-3" typed by someone is text.
class CsvWriter {
public:
    struct Options {
        QChar separator = QLatin1Char(';');
        bool byteOrderMark = true;
        bool decimalComma = true;
    };

    explicit CsvWriter(Options options);

    const Options &options() const { return m_options; }
    // QString, numbers, QDate and QDateTime (ISO, "yyyy-MM-dd HH:mm:ss", local time of
    // the value), bool (1 or 0); a null QVariant is an empty cell.
    void addRow(const QVariantList &cells);
    int rowCount() const { return m_rows; }
    // The whole file: the BOM when asked, then every row, each ended by CRLF.
    QByteArray bytes() const;

    // One text cell as it is written: escaped against formulas, then quoted if needed.
    static QString textCell(const QString &text, QChar separator);
    // Whether a spreadsheet would read text as a formula (or a command).
    static bool looksLikeFormula(const QString &text);
    static QString numberCell(const QVariant &number, bool decimalComma);

private:
    QString cell(const QVariant &value) const;

    Options m_options;
    QString m_text;
    int m_rows = 0;
};
