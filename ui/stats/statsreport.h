#pragma once

#include "stats/monthstats.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QRectF>
#include <QString>

#include <optional>

class QPainter;

// The month on one A4 page, for a manager to send: the figures with their change
// against the month before, the gender donut, the tags and the orders, and for the
// whole enterprise its groups side by side. Always drawn on a light palette (paper).
class StatsReport {
    Q_DECLARE_TR_FUNCTIONS(StatsReport)
public:
    struct Content {
        MonthStats month;
        std::optional<MonthStats> previous;
        std::optional<qint64> scope; // the enterprise when empty
        QHash<qint64, QString> groupNames;
        QString enterpriseName;
        bool stillMoving = false; // the current month: figures may still change
        QDateTime generatedAt;    // now when invalid
    };

    // One page; false and *error when the file cannot be written.
    static bool writePdf(const QString &path, const Content &content, QString *error = nullptr);
    // The page drawn in page (device units of painter at 96 dots per inch).
    static void paint(QPainter *painter, const QRectF &page, const Content &content);
    // "Whole enterprise", or the group's name.
    static QString scopeName(std::optional<qint64> scope, const QHash<qint64, QString> &names);
};
