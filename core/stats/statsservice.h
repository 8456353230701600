#pragma once

#include "net/servicebase.h"
#include "stats/statsentry.h"

#include <QList>

// GET /oneapi/v0/stats for one month. The ServiceBase pattern: each method returns a
// request id; the answer comes as statsLoaded or as requestFailed(requestId, ApiError).
class StatsService : public ServiceBase {
    Q_OBJECT
public:
    explicit StatsService(ApiClient *api, QObject *parent = nullptr);

    // month 1–12, year of four digits; checked here too, so a wrong period fails
    // (queued, as a Validation error naming "month" or "year") without a round trip.
    quint64 stats(int month, int year);

    static bool isValidPeriod(int month, int year) {
        return month >= 1 && month <= 12 && year >= 1000 && year <= 9999;
    }

Q_SIGNALS:
    // entries: the enterprise's own first (groupId empty), then one per group.
    void statsLoaded(quint64 requestId, int month, int year, const QList<StatsEntry> &entries);
};
