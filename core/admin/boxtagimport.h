#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// Turns spreadsheet cells (the clipboard's tab-separated text) or a CSV file into rows
// for the tag batch table. A first line naming the columns ("code", "description",
// "technologyType", or their French names) places each column; without it the cells
// keep their order. Reading is CsvReader's (quotes, BOM, Windows-1252, ; or ,).
class BoxTagImport {
    Q_DECLARE_TR_FUNCTIONS(BoxTagImport)
public:
    // The batch table's columns, in its order.
    enum Field { Code, Description, TechnologyType, FieldCount };

    struct Result {
        QList<QStringList> rows; // the data lines, header dropped, blank lines skipped
        // When a header was found: for each cell position, the Field it holds (-1: a
        // column this table does not have). Empty without a header.
        QList<int> fields;
        QString error; // nothing usable; rows is then empty
        bool ok() const { return error.isEmpty(); }
    };

    static Result fromClipboard(const QString &text);
    static Result fromCsv(const QByteArray &bytes);
    // The Field of each cell (-1: another column) when row is a header line: every
    // non-empty cell a known column name, or at least two of them; empty otherwise.
    static QList<int> headerFields(const QStringList &row);

private:
    static Result finish(QList<QStringList> rows, bool unterminatedQuote);
};
