// The Stats room on a large enterprise: the sandbox's --seed-large (enterprise 900, 20
// groups, 10,000 clients over 24 months with conversations, tags, orders and passes),
// served by jobbers-sandbox in its own process.
//   A. a 12-month trend from the sandbox: load() to every chart drawn   (target < 1 s)
//   B. the same trend from the cache (LocalStore)                       (target < 100 ms)
//   C. CSV export of 24 months x 21 scopes (enterprise and 20 groups)   (target < 100 ms)
//   D. the longest UI-thread stall during A and B, by a timer-lag probe (target < 50 ms)
//   bench_stats [--quick] [--runs N] [path/to/jobbers-sandbox]
// --quick (ctest) seeds 1,000 clients and runs once. The sandbox comes from the argument
// or JOBBERS_SANDBOX_BIN.
#include "net/apiclient.h"
#include "net/apireply.h"
#include "stats/statscache.h"
#include "stats/statscsvwriter.h"
#include "stats/statsservice.h"
#include "stats/statstrendloader.h"
#include "stats/statstrendmodel.h"
#include "stats/statstrendsview.h"
#include "stats/trendchart.h"
#include "storage/localstore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

namespace {
QTextStream out(stdout);
QTextStream err(stderr);

// The longest gap between ticks of a 5 ms timer, beyond its interval: how long the UI
// thread was kept from its event loop.
class LagProbe : public QObject {
public:
    LagProbe() {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 gap = m_clock.nsecsElapsed();
            m_clock.restart();
            m_worst = qMax(m_worst, gap - 5'000'000);
        });
    }
    void start() {
        m_worst = 0;
        m_clock.start();
        m_timer.start();
    }
    double stop() {
        m_timer.stop();
        return double(qMax<qint64>(0, m_worst)) / 1e6;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_worst = 0;
};

void spin(int ms) {
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

struct Trend {
    double ms = 0;
    double stallMs = 0;
    int loaded = 0;
    int failed = 0;
};

// load() to every chart drawn: the loader done, the charts' redraw run, a paint forced.
Trend runTrend(StatsService *service, StatsCache *cache, const YearMonth &last) {
    StatsTrendModel model;
    StatsTrendLoader loader(service, &model);
    loader.setCache(cache);
    StatsTrendsView view(&loader);
    view.setLastMonth(last);
    view.resize(1400, 900);
    view.show();
    spin(20);
    LagProbe probe;
    probe.start();
    QElapsedTimer t;
    t.start();
    view.load();
    const double tLoad = double(t.nsecsElapsed()) / 1e6;
    if (loader.isRunning()) {
        QEventLoop loop;
        QObject::connect(&loader, &StatsTrendLoader::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    const double tFinished = double(t.nsecsElapsed()) / 1e6;
    QCoreApplication::processEvents(); // the charts' queued redraw
    const double tRedraw = double(t.nsecsElapsed()) / 1e6;
    for (TrendChart *chart : view.charts())
        chart->repaint();
    view.repaint();
    if (qEnvironmentVariableIsSet("BENCH_STATS_DETAIL"))
        err << "load " << tLoad << " finished " << tFinished << " redraw " << tRedraw << " painted "
            << double(t.nsecsElapsed()) / 1e6 << Qt::endl;
    Trend r;
    r.ms = double(t.nsecsElapsed()) / 1e6;
    spin(10);
    r.stallMs = probe.stop();
    r.loaded = model.count(StatsTrendModel::MonthState::Loaded)
               + model.count(StatsTrendModel::MonthState::Cached);
    r.failed = model.count(StatsTrendModel::MonthState::Failed);
    return r;
}

double median(QList<double> v) {
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}
} // namespace

int main(int argc, char **argv) {
    QApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const bool quick = args.removeAll(QStringLiteral("--quick")) > 0;
    int runs = quick ? 1 : 5;
    const qsizetype r = args.indexOf(QStringLiteral("--runs"));
    if (r >= 0 && r + 1 < args.size()) {
        runs = qMax(1, args.at(r + 1).toInt());
        args.remove(r, 2);
    }
    const int clients = quick ? 1000 : 10000;
    const QString sandboxBin =
        args.isEmpty() ? qEnvironmentVariable("JOBBERS_SANDBOX_BIN") : args.first();
    if (sandboxBin.isEmpty()) {
        err << "usage: bench_stats [--quick] [--runs N] path/to/jobbers-sandbox" << Qt::endl;
        return 2;
    }
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("sandbox.sqlite"));
    QElapsedTimer seedClock;
    seedClock.start();
    QProcess sandbox;
    sandbox.start(sandboxBin, {QStringLiteral("--port"), QStringLiteral("0"),
                               QStringLiteral("--db"), db, QStringLiteral("--quiet"),
                               QStringLiteral("--large-clients"), QString::number(clients)});
    QUrl base;
    const QRegularExpression listening(
        QStringLiteral("listening on (http://127\\.0\\.0\\.1:\\d+)"));
    QByteArray banner;
    // The first start seeds the large enterprise before it listens.
    while (base.isEmpty() && sandbox.waitForReadyRead(180000)) {
        banner += sandbox.readAllStandardOutput();
        const auto m = listening.match(QString::fromUtf8(banner));
        if (m.hasMatch())
            base = QUrl(m.captured(1));
    }
    const qint64 seedMs = seedClock.elapsed();
    if (base.isEmpty()) {
        err << "the sandbox did not start: " << sandbox.readAllStandardError() << Qt::endl;
        return 1;
    }
    ApiClient api;
    api.setBaseUrl(base);
    api.setCredentials(QStringLiteral("demo-900-key"), QStringLiteral("demo-900-secret"));
    ApiReply *auth = api.authenticate();
    {
        QEventLoop loop;
        QObject::connect(auth, &ApiReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!api.hasToken()) {
        err << "no token" << Qt::endl;
        return 1;
    }
    StatsService service(&api);
    LocalStore store;
    store.open(dir.filePath(QStringLiteral("local.sqlite")));
    StatsCache cache(&store);
    cache.setAccount(StatsCache::accountKey(base, 900));
    StatsTrendModel probeModel;
    StatsTrendLoader probeLoader(&service, &probeModel);
    // The last complete month ends the range: its months are all final, as a trend
    // opened any day after the first of the month is.
    const YearMonth last = probeLoader.currentMonth().previous();

    QList<double> fromSandbox, fromCache, stallSandbox, stallCache;
    int failures = 0;
    for (int i = 0; i < runs; ++i) {
        store.clearStatsMonths();
        const Trend a = runTrend(&service, &cache, last);
        const Trend b = runTrend(&service, &cache, last);
        failures += a.failed + b.failed + (a.loaded == 12 ? 0 : 1) + (b.loaded == 12 ? 0 : 1);
        fromSandbox << a.ms;
        fromCache << b.ms;
        stallSandbox << a.stallMs;
        stallCache << b.stallMs;
    }

    // C: 24 months of the enterprise and its 20 groups, from the sandbox, then exported.
    StatsTrendModel months24;
    StatsTrendLoader loader24(&service, &months24);
    loader24.setCache(&cache);
    loader24.load(StatsTrendLoader::lastMonths(24, last));
    if (loader24.isRunning()) {
        QEventLoop loop;
        QObject::connect(&loader24, &StatsTrendLoader::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(120000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    const QList<MonthStats> all = months24.knownMonths();
    const int scopes = all.isEmpty() ? 0 : int(all.first().entries.size());
    StatsCsvWriter::Options o;
    o.csv = StatsCsvWriter::defaultsFor(QLocale(QLocale::French));
    QList<double> csvMs;
    qint64 bytes = 0;
    for (int i = 0; i < qMax(3, runs); ++i) {
        QElapsedTimer t;
        t.start();
        QString error;
        if (!StatsCsvWriter::writeFiles(dir.filePath(QStringLiteral("export")), all, o, &error))
            ++failures;
        csvMs << double(t.nsecsElapsed()) / 1e6;
    }
    for (const QString &f : StatsCsvWriter::fileNames(dir.filePath(QStringLiteral("export"))))
        bytes += QFileInfo(f).size();

    const double stall = std::max(*std::max_element(stallSandbox.cbegin(), stallSandbox.cend()),
                                  *std::max_element(stallCache.cbegin(), stallCache.cend()));
    const auto line = [](const QString &what, double value, double target, const QString &more) {
        out << QStringLiteral("%1 %2 ms  (target < %3 ms: %4)%5\n")
                   .arg(what, -46)
                   .arg(value, 8, 'f', 1)
                   .arg(target)
                   .arg(value < target ? QStringLiteral("met") : QStringLiteral("NOT met"), more);
    };
    out << "bench_stats: enterprise 900 (--seed-large) with " << scopes - 1 << " groups, "
        << clients << " clients over 24 months (sandbox seeded and started in " << seedMs
        << " ms, in its own process), " << runs << " run(s), medians\n\n";
    line(QStringLiteral("A. 12-month trend from the sandbox, charts drawn"), median(fromSandbox),
         1000, QString());
    line(QStringLiteral("B. the same trend from the cache"), median(fromCache), 100, QString());
    line(QStringLiteral("C. CSV export, 24 months x %1 scopes").arg(scopes), median(csvMs), 100,
         QStringLiteral(", %1 kB in 3 files").arg(bytes / 1024));
    line(QStringLiteral("D. longest UI-thread stall during A and B"), stall, 50,
         QStringLiteral(" (A %1, B %2)")
             .arg(*std::max_element(stallSandbox.cbegin(), stallSandbox.cend()), 0, 'f', 1)
             .arg(*std::max_element(stallCache.cbegin(), stallCache.cend()), 0, 'f', 1));
    if (failures)
        out << "FAILURES: " << failures << "\n";
    out.flush();
    sandbox.terminate();
    sandbox.waitForFinished(5000);
    return failures || all.size() != 24 ? 1 : 0;
}
