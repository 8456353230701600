#pragma once

#include "stats/csvwriter.h"
#include "stats/monthstats.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

// The statistics as CSV for a spreadsheet: three tables, each its own file.
//
// Why a file per table and not sections in one file: the users open these in French
// Excel or LibreOffice, which read a CSV as one sheet with one header row. Sections
// (a blank line, then other columns) break what people do next: filters, sorting,
// "Insert > PivotTable" and charts all take the whole used range and stumble on the
// second header. Three files open as three clean tables, each ready for a pivot table:
//   <name>.csv         one row per (month, enterprise or group), every scalar field
//   <name>-tags.csv    long format: month, scope, tag, percent
//   <name>-orders.csv  long format: month, scope, category, percent
// Year and month are two number columns, not "2024-05", which Excel turns into a date.
// Headers follow the application's language; the scope and group columns are the same
// in all three files, so they can be joined.
class StatsCsvWriter {
    Q_DECLARE_TR_FUNCTIONS(StatsCsvWriter)
public:
    enum class Table { Figures, Tags, Orders };

    struct Options {
        CsvWriter::Options csv;
        QHash<qint64, QString> groupNames; // by group id; a missing name stays empty
    };

    // Semicolon and decimal comma where the decimal separator is a comma (French
    // Excel splits on ';' for that reason), else comma and point. A BOM either way.
    static CsvWriter::Options defaultsFor(const QLocale &locale);

    static QByteArray write(Table table, const QList<MonthStats> &months, const Options &options);
    // "stats-2024.csv" gives "stats-2024.csv", "stats-2024-tags.csv", "stats-2024-orders.csv"
    // (in Table order); ".csv" is added when missing.
    static QStringList fileNames(const QString &path);
    // Writes the three files, each whole or not at all (QSaveFile). False and *error
    // (naming the file) when one cannot be written.
    static bool writeFiles(const QString &path, const QList<MonthStats> &months,
                           const Options &options, QString *error = nullptr);

    static QStringList header(Table table);
};
