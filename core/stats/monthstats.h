#pragma once

#include "stats/statsentry.h"

#include <QList>
#include <QMetaType>

#include <optional>

// One month's figures as GET /oneapi/v0/stats gives them: the enterprise's own entry
// first (groupId empty), then one per group. A plain aggregate, so that
// MonthStats{month, year, entries} builds one.
struct MonthStats {
    int month = 0;
    int year = 0;
    QList<StatsEntry> entries;

    // The entry of the enterprise (groupId empty) or of one group; null when absent.
    const StatsEntry *entry(std::optional<qint64> groupId) const {
        for (const StatsEntry &e : entries) {
            if (e.groupId == groupId)
                return &e;
        }
        return nullptr;
    }
    // The enterprise's own entry's calculation time (the API's last_updated).
    QDateTime lastUpdated() const {
        const StatsEntry *e = entry(std::nullopt);
        return e ? e->lastUpdated : QDateTime();
    }

    friend bool operator==(const MonthStats &, const MonthStats &) = default;
};

Q_DECLARE_METATYPE(MonthStats)
