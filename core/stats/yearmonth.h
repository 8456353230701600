#pragma once

#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>

#include <compare>

// A calendar month, the unit of the stats API. Ordered, with the arithmetic a
// trend needs (the twelve months before this one, the previous month).
struct YearMonth {
    int year = 0;
    int month = 0; // 1–12

    static YearMonth of(const QDate &date) { return {date.year(), date.month()}; }
    bool isValid() const { return month >= 1 && month <= 12 && year >= 1000 && year <= 9999; }
    QDate firstDay() const { return QDate(year, month, 1); }
    YearMonth addMonths(int n) const {
        const int index = year * 12 + (month - 1) + n;
        return {index / 12, index % 12 + 1};
    }
    YearMonth previous() const { return addMonths(-1); }
    YearMonth next() const { return addMonths(1); }
    // Months from this one to other (negative when other is earlier).
    int monthsTo(const YearMonth &other) const {
        return (other.year * 12 + other.month) - (year * 12 + month);
    }
    // first..last inclusive, oldest first; empty when last is before first.
    static QList<YearMonth> range(const YearMonth &first, const YearMonth &last) {
        QList<YearMonth> out;
        for (YearMonth m = first; m <= last; m = m.next())
            out.append(m);
        return out;
    }
    // "2024-05": file names, cache keys and the CSV's month column.
    QString isoText() const {
        return QStringLiteral("%1-%2")
            .arg(year, 4, 10, QLatin1Char('0'))
            .arg(month, 2, 10, QLatin1Char('0'));
    }

    friend auto operator<=>(const YearMonth &, const YearMonth &) = default;
};

inline size_t qHash(const YearMonth &m, size_t seed = 0) {
    return ::qHash(m.year * 12 + m.month, seed);
}

Q_DECLARE_METATYPE(YearMonth)
