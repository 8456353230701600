#pragma once

#include "stats/statsentry.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// The figures a month is summed up by (the month view's cards, the PDF report), for
// the enterprise or one group, each with its change against the previous month.
// Requests, passes and clients are the month's own (delta_*), orders the month's
// total_orders, the rating the month's average.
class StatsFigures {
    Q_DECLARE_TR_FUNCTIONS(StatsFigures)
public:
    enum class Figure { Requests, Passes, Clients, Rating, Orders };
    // Up, Down, Flat against the previous month; Unknown without one.
    enum class Trend { Unknown, Flat, Up, Down };

    struct Value {
        Figure figure = Figure::Requests;
        double value = 0;
        std::optional<double> previous;

        std::optional<double> change() const {
            return previous ? std::optional<double>(value - *previous) : std::nullopt;
        }
        // Relative change in percent; none when there is no previous month or it was 0.
        std::optional<double> changePercent() const {
            if (!previous || *previous == 0)
                return std::nullopt;
            return 100.0 * (value - *previous) / *previous;
        }
        Trend trend() const;
    };

    static QList<Figure> figures();
    static double valueOf(Figure figure, const StatsEntry &entry);
    // previous may be null (no previous month known).
    static QList<Value> compute(const StatsEntry &current, const StatsEntry *previous);

    static QString title(Figure figure);
    // In the default locale: "1 234", "4,25".
    static QString valueText(Figure figure, double value);
    // "+12 (+30 %)", "−3", "=" ; empty without a previous month.
    static QString changeText(const Value &value);
    // "+12" or "−3" for a signed number, with a true minus sign.
    static QString signedText(double value, int decimals);
};
