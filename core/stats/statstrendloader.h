#pragma once

#include "net/apierror.h"
#include "stats/monthstats.h"
#include "stats/statscache.h"
#include "stats/yearmonth.h"
#include "tasks/taskregistry.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

class ApiJob;
class StatsService;
class StatsTrendModel;

// Fills a StatsTrendModel with a range of months. What the cache holds shows at once
// (state Cached); then the months it cannot vouch for (never fetched, the current
// month, a month cached while it was still running; every month with refreshAll) are
// fetched in the background, at most maxInFlight at a time, as one task with Cancel
// in the TaskRegistry. Each month arrives on its own: a failed month is marked Failed
// (keeping cached figures if there were some) while the others show, and retry()
// fetches it alone. Fetched months go to the cache.
class StatsTrendLoader : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultInFlight = 4;

    StatsTrendLoader(StatsService *service, StatsTrendModel *model, QObject *parent = nullptr);
    ~StatsTrendLoader() override;

    void setCache(StatsCache *cache) { m_cache = cache; }
    void setTasks(TaskRegistry *tasks) { m_tasks = tasks; }
    void setMaxInFlight(int n) { m_maxInFlight = qMax(1, n); }
    int maxInFlight() const { return m_maxInFlight; }
    // Today on the server's clock; tests and a moved sandbox clock set it.
    void setToday(const QDate &today) { m_today = today; }
    QDate today() const;
    // The month still running (never trusted from the cache).
    YearMonth currentMonth() const { return YearMonth::of(today()); }
    // The n months up to and including last, oldest first.
    static QList<YearMonth> lastMonths(int n, const YearMonth &last);

    StatsTrendModel *model() const { return m_model; }
    // Sets the model's range and starts loading it (stopping a run in progress).
    void load(const QList<YearMonth> &range, bool refreshAll = false);
    // Fetches one month again, alone (or queued first in the run in progress).
    void retry(const YearMonth &month);
    void cancel();
    // From load() until the last month is in: reading the cache included.
    bool isRunning() const { return m_running || m_decoding; }
    int inFlight() const { return int(m_jobs.size()); }
    // The most requests in flight at once since the last load().
    int peakInFlight() const { return m_peak; }

Q_SIGNALS:
    void progress(int done, int total);
    void monthLoaded(const MonthStats &stats, bool fromCache);
    void monthFailed(const YearMonth &month, const ApiError &error);
    // The cache's months of the range are in the model (count of them), before any
    // request is answered.
    void cacheShown(int months);
    // Once per load() or retry() that left isRunning() true, when nothing is left to
    // read, in flight or queued.
    void finished(bool cancelled);

private:
    void showCached(const QList<StatsCache::Entry> &cached, const QList<YearMonth> &range,
                    bool refreshAll);
    void enqueue(const YearMonth &month, bool first = false);
    void startRun();
    void pump();
    void fetch(const YearMonth &month);
    void onLoaded(const YearMonth &month, const MonthStats &stats);
    void onFailed(const YearMonth &month, const ApiError &error);
    void report();
    void finishRun(bool cancelled);

    QPointer<StatsService> m_service;
    StatsTrendModel *m_model;
    StatsCache *m_cache = nullptr;
    QPointer<TaskRegistry> m_tasks;
    int m_maxInFlight = kDefaultInFlight;
    QDate m_today;
    QList<YearMonth> m_pending;
    QHash<YearMonth, QPointer<ApiJob>> m_jobs;
    bool m_running = false;
    bool m_decoding = false;
    int m_saving = 0; // months being encoded for the cache
    bool m_cancelling = false;
    int m_done = 0;
    int m_total = 0;
    int m_peak = 0;
    quint64 m_generation = 0;
    TaskRegistry::TaskId m_task = 0;
};
