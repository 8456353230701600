#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

// Dates in tables, unambiguous in every language: English short dates ("12/1/26") read
// as the 12th of January in France and the 1st of December in the US, so English gets
// the month's name ("1 Dec 2026"); French keeps its day-first short form.
class DateText {
public:
    static QString date(const QDate &date, const QLocale &locale = QLocale());
    // The date and the local time ("1 Dec 2026, 14:05"); empty when invalid.
    static QString dateTime(const QDateTime &when, const QLocale &locale = QLocale());
};
