#include "statstrendloader.h"

#include "net/apijob.h"
#include "net/jsondecode.h"
#include "stats/statscache.h"
#include "stats/statsservice.h"
#include "stats/statstrendmodel.h"

#include <QFutureWatcher>
#include <QLocale>
#include <QtConcurrent>

StatsTrendLoader::StatsTrendLoader(StatsService *service, StatsTrendModel *model, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_model(model) {}

StatsTrendLoader::~StatsTrendLoader() {
    // Jobs die with the service; their continuations are tied to this object.
    if (m_tasks && m_task)
        m_tasks->finish(m_task);
}

QDate StatsTrendLoader::today() const {
    if (m_today.isValid())
        return m_today;
    return QDateTime::currentDateTime().toTimeZone(JsonDecode::serverTimeZone()).date();
}

QList<YearMonth> StatsTrendLoader::lastMonths(int n, const YearMonth &last) {
    return YearMonth::range(last.addMonths(-(qMax(1, n) - 1)), last);
}

void StatsTrendLoader::load(const QList<YearMonth> &range, bool refreshAll) {
    cancel();
    ++m_generation;
    m_decoding = false;
    m_peak = 0;
    m_model->setRange(range);
    if (range.isEmpty())
        return;
    // From disk first: the rows are read here (one query), decoded on a worker thread
    // (a year of a large enterprise is a few megabytes of JSON), then shown at once,
    // before any request leaves.
    const QList<StoredStatsMonth> rows =
        m_cache ? m_cache->rows(range.first(), range.last()) : QList<StoredStatsMonth>();
    if (rows.isEmpty()) {
        showCached({}, range, refreshAll);
        return;
    }
    m_decoding = true;
    const quint64 run = m_generation;
    // A watcher, not QFuture::then(): its signal always comes from the event loop, even
    // when the decoding is over before it is watched, so load() never shows the cache
    // (and starts fetching) before it returns.
    auto *watcher = new QFutureWatcher<QList<StatsCache::Entry>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, run, range, refreshAll] {
        watcher->deleteLater();
        if (run != m_generation)
            return; // another load() since
        m_decoding = false;
        showCached(watcher->result(), range, refreshAll);
        if (!m_running)
            Q_EMIT finished(false); // nothing left to fetch
    });
    watcher->setFuture(QtConcurrent::run([rows] { return StatsCache::decodeRows(rows); }));
}

void StatsTrendLoader::showCached(const QList<StatsCache::Entry> &cached,
                                  const QList<YearMonth> &range, bool refreshAll) {
    QHash<YearMonth, bool> final;
    const YearMonth current = currentMonth();
    for (const StatsCache::Entry &e : cached) {
        const YearMonth m{e.stats.year, e.stats.month};
        if (!range.contains(m))
            continue;
        m_model->setMonth(e.stats, e.fetchedAt, true);
        Q_EMIT monthLoaded(e.stats, true);
        final.insert(m, e.final && m < current);
    }
    if (!cached.isEmpty())
        Q_EMIT cacheShown(int(cached.size()));
    for (const YearMonth &m : range) {
        if (m > current)
            continue; // the future has no figures
        if (refreshAll || !final.value(m, false))
            enqueue(m);
    }
    if (!m_pending.isEmpty())
        startRun();
}

void StatsTrendLoader::retry(const YearMonth &month) {
    if (m_model->rowOf(month) < 0 || m_jobs.contains(month))
        return;
    m_pending.removeAll(month);
    enqueue(month, true);
    if (!m_running)
        startRun();
    else
        report();
    pump();
}

void StatsTrendLoader::enqueue(const YearMonth &month, bool first) {
    if (first)
        m_pending.prepend(month);
    else
        m_pending.append(month);
    ++m_total;
    m_model->setMonthState(month, StatsTrendModel::MonthState::Waiting);
    // A month with cached figures keeps showing them (and says so) while it waits.
    if (m_model->stats(month))
        m_model->setMonthState(month, StatsTrendModel::MonthState::Cached);
}

void StatsTrendLoader::startRun() {
    m_running = true;
    m_cancelling = false;
    if (m_tasks && !m_task) {
        const QString title = m_total == 1 && !m_pending.isEmpty()
                                  ? tr("Statistics for %1")
                                        .arg(QLocale().toString(m_pending.first().firstDay(),
                                                                QStringLiteral("MMMM yyyy")))
                                  : tr("Statistics: %n month(s)", nullptr, m_total);
        m_task = m_tasks->add(title, [this] { cancel(); });
    }
    report();
    pump();
}

void StatsTrendLoader::pump() {
    while (m_running && !m_cancelling && m_jobs.size() < m_maxInFlight && !m_pending.isEmpty())
        fetch(m_pending.takeFirst());
    if (m_running && m_jobs.isEmpty() && m_pending.isEmpty() && m_saving == 0)
        finishRun(false);
}

void StatsTrendLoader::fetch(const YearMonth &month) {
    if (!m_service) {
        onFailed(month, ApiError::cancelled());
        return;
    }
    m_model->setMonthState(month, StatsTrendModel::MonthState::Loading);
    Job<MonthStats> *job = m_service->stats(month.month, month.year);
    m_jobs.insert(month, job);
    m_peak = qMax(m_peak, int(m_jobs.size()));
    // Outcomes of a run since cancelled (their jobs end later, from the event loop)
    // must not count in, or overwrite the months of, the run that replaced it.
    const quint64 run = m_generation;
    job->then(
        this,
        [this, month, run](const MonthStats &stats) {
            if (run == m_generation)
                onLoaded(month, stats);
        },
        [this, month, run](const ApiError &error) {
            if (run == m_generation)
                onFailed(month, error);
        });
}

void StatsTrendLoader::onLoaded(const YearMonth &month, const MonthStats &stats) {
    m_jobs.remove(month);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_cache && m_cache->isUsable()) {
        // Encoding a month of a large enterprise for the cache (~300 KB of JSON) takes
        // tens of milliseconds: done on a worker thread, the row then written here. The
        // run ends once every month fetched is in the cache.
        ++m_saving;
        auto *watcher = new QFutureWatcher<QByteArray>(this);
        connect(
            watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, account = m_cache->account(), year = stats.year, m = stats.month, now] {
                watcher->deleteLater();
                --m_saving;
                if (m_cache)
                    m_cache->saveEncoded(account, year, m, now, watcher->result());
                pump();
            });
        watcher->setFuture(QtConcurrent::run([stats] { return StatsCache::encode(stats); }));
    }
    m_model->setMonth(stats, now, false);
    ++m_done;
    Q_EMIT monthLoaded(stats, false);
    report();
    pump();
}

void StatsTrendLoader::onFailed(const YearMonth &month, const ApiError &error) {
    m_jobs.remove(month);
    if (error.kind == ApiError::Kind::Cancelled) {
        // Stopped, not broken: what was shown stays, marked for what it is.
        m_model->setMonthState(month, m_model->stats(month) ? StatsTrendModel::MonthState::Cached
                                                            : StatsTrendModel::MonthState::Waiting);
    } else {
        m_model->setMonthState(month, StatsTrendModel::MonthState::Failed, error.message);
        Q_EMIT monthFailed(month, error);
    }
    ++m_done;
    report();
    pump();
}

void StatsTrendLoader::report() {
    Q_EMIT progress(m_done, m_total);
    if (m_tasks && m_task)
        m_tasks->setProgress(m_task, m_done, m_total);
}

void StatsTrendLoader::cancel() {
    if (m_decoding && !m_running) {
        // Still reading the cache: its result will be dropped (another generation).
        m_decoding = false;
        ++m_generation;
        Q_EMIT finished(true);
        return;
    }
    if (!m_running)
        return;
    m_cancelling = true;
    ++m_generation;
    for (const YearMonth &m : std::as_const(m_pending))
        m_model->setMonthState(m, m_model->stats(m) ? StatsTrendModel::MonthState::Cached
                                                    : StatsTrendModel::MonthState::Waiting);
    m_pending.clear();
    const QList<QPointer<ApiJob>> jobs = m_jobs.values();
    for (const QPointer<ApiJob> &job : jobs) {
        if (job)
            job->cancel();
    }
    // The cancelled jobs' outcomes come from the event loop; the run ends now.
    m_jobs.clear();
    const QList<YearMonth> rows = m_model->range();
    for (const YearMonth &m : rows) {
        if (m_model->stateOf(m) == StatsTrendModel::MonthState::Loading)
            m_model->setMonthState(m, m_model->stats(m) ? StatsTrendModel::MonthState::Cached
                                                        : StatsTrendModel::MonthState::Waiting);
    }
    finishRun(true);
}

void StatsTrendLoader::finishRun(bool cancelled) {
    if (!m_running)
        return;
    m_running = false;
    m_cancelling = false;
    if (m_tasks && m_task)
        m_tasks->finish(m_task);
    m_task = 0;
    m_done = 0;
    m_total = 0;
    Q_EMIT finished(cancelled);
}
