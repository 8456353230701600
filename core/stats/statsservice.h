#pragma once

#include "net/servicebase.h"
#include "stats/statsentry.h"

#include <QList>

// One month's figures: the enterprise's own first (groupId empty), then one per group.
struct MonthStats {
    int month = 0;
    int year = 0;
    QList<StatsEntry> entries;
};

// GET /oneapi/v0/stats for one month. Returns the handle of the call (ServiceBase);
// statsLoaded is for observers.
class StatsService : public ServiceBase {
    Q_OBJECT
public:
    explicit StatsService(ApiClient *api, QObject *parent = nullptr);

    // month 1–12, year of four digits; checked here too, so a wrong period fails (as a
    // Validation error naming "month" or "year") without a round trip.
    Job<MonthStats> *stats(int month, int year);

    static bool isValidPeriod(int month, int year) {
        return month >= 1 && month <= 12 && year >= 1000 && year <= 9999;
    }

Q_SIGNALS:
    void statsLoaded(const MonthStats &stats);
};
