#include "servicetest.h"

#include "cannedhttpserver.h"
#include "clients/csvreader.h"
#include "net/activitylog.h"
#include "sandboxserver.h"
#include "stats/statscache.h"
#include "stats/statscsvwriter.h"
#include "stats/statsservice.h"
#include "stats/statstrendloader.h"
#include "stats/statstrendmodel.h"
#include "storage/localstore.h"
#include "tasks/taskregistry.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using State = StatsTrendModel::MonthState;

// StatsTrendLoader against the sandbox over loopback: twelve months in parallel with at
// most four requests in flight, one task with its progress and cancel, the cache that
// opens the trend at once and the current month fetched again, a failed month retried
// alone; StatsService on truncated answers; a CSV export read back against the API.
class TestStatsTrend : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void loadsTwelveMonthsInParallel();
    void opensFromCacheAndFetchesOnlyTheCurrentMonth();
    void failedMonthIsRetriedAlone();
    void cancelStopsTheRun();
    void truncatedAnswerFailsCleanly_data();
    void truncatedAnswerFailsCleanly();
    void wrongShapeIsLoggedAsFailed();
    void exportedCsvReadsBackAsTheApiAnswer();
};

namespace {
// Counts the stats requests the sandbox handles.
struct StatsRequests {
    explicit StatsRequests(SandboxServer &server) {
        QObject::connect(&server, &SandboxServer::requestHandled, &context,
                         [this](const QByteArray &, const QString &path, int status) {
                             if (path == "/oneapi/v0/stats"_L1) {
                                 ++count;
                                 statuses.append(status);
                             }
                         });
    }
    QObject context;
    int count = 0;
    QList<int> statuses;
};

bool waitFinished(StatsTrendLoader &loader, int timeoutMs = 30000) {
    if (!loader.isRunning())
        return true;
    QSignalSpy finished(&loader, &StatsTrendLoader::finished);
    return finished.wait(timeoutMs);
}

QDate serverToday() {
    return QDateTime::currentDateTime().toTimeZone(JsonDecode::serverTimeZone()).date();
}
} // namespace

void TestStatsTrend::loadsTwelveMonthsInParallel() {
    ApiTestSession s;
    QVERIFY2(s.ok(), qPrintable(s.error));
    StatsService service(&s.api);
    StatsTrendModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    TaskRegistry tasks;
    StatsTrendLoader loader(&service, &model);
    loader.setTasks(&tasks);
    StatsRequests requests(s.fixture.server());
    QSignalSpy added(&tasks, &TaskRegistry::taskAdded);
    QSignalSpy progress(&loader, &StatsTrendLoader::progress);

    const QList<YearMonth> range = StatsTrendLoader::lastMonths(12, loader.currentMonth());
    QCOMPARE(range.size(), 12);
    QCOMPARE(range.last(), YearMonth::of(serverToday()));
    loader.load(range);
    QVERIFY(loader.isRunning());
    QCOMPARE(loader.inFlight(), 4); // four at once, the rest queued
    QCOMPARE(model.count(State::Loading), 4);
    QCOMPARE(added.size(), 1); // one task for the whole run
    QVERIFY(tasks.task(tasks.ids().first()).isCancellable());
    QVERIFY(waitFinished(loader));
    QCOMPARE(model.count(State::Loaded), 12);
    QCOMPARE(requests.count, 12);
    QCOMPARE(loader.peakInFlight(), 4);
    QVERIFY(tasks.isIdle());
    QCOMPARE(progress.last().at(0).toInt(), 12);
    QCOMPARE(progress.last().at(1).toInt(), 12);
    const MonthStats *current = model.stats(range.last());
    QVERIFY(current);
    QCOMPARE(current->month, range.last().month);
    QVERIFY(current->entry(std::nullopt));
}

void TestStatsTrend::opensFromCacheAndFetchesOnlyTheCurrentMonth() {
    ApiTestSession s;
    QVERIFY2(s.ok(), qPrintable(s.error));
    QTemporaryDir dir;
    LocalStore store;
    QVERIFY(store.open(dir.filePath(u"store.sqlite"_s)));
    StatsCache cache(&store);
    cache.setAccount(StatsCache::accountKey(s.fixture.baseUrl(), 20));
    StatsService service(&s.api);
    const YearMonth now = YearMonth::of(serverToday());
    const QList<YearMonth> range = StatsTrendLoader::lastMonths(12, now);
    {
        StatsTrendModel model;
        StatsTrendLoader loader(&service, &model);
        loader.setCache(&cache);
        loader.load(range);
        QVERIFY(waitFinished(loader));
        QCOMPARE(model.count(State::Loaded), 12);
    }
    QCOMPARE(cache.load(range.first(), range.last()).size(), 12);
    QVERIFY(!cache.load(now)->final);           // the current month: never trusted
    QVERIFY(cache.load(now.previous())->final); // calculated after it ended

    StatsRequests requests(s.fixture.server());
    StatsTrendModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    StatsTrendLoader loader(&service, &model);
    loader.setCache(&cache);
    QSignalSpy shown(&loader, &StatsTrendLoader::cacheShown);
    loader.load(range);
    QVERIFY(loader.isRunning()); // reading the cache, off the UI thread
    QVERIFY(shown.wait(5000));
    // Before any answer: every month shows, from disk.
    QCOMPARE(shown.first().at(0).toInt(), 12);
    QCOMPARE(requests.count, 0);
    QCOMPARE(model.knownMonths().size(), 12);
    QCOMPARE(model.count(State::Cached), 11);
    QCOMPARE(model.stateOf(now), State::Loading);
    QVERIFY(model.oldestFetch().isValid());
    QVERIFY(waitFinished(loader));
    QCOMPARE(requests.count, 1); // the current month only
    QCOMPARE(model.stateOf(now), State::Loaded);
    QCOMPARE(model.count(State::Cached), 11);

    // Asked for everything: every month is fetched again.
    loader.load(range, true);
    QVERIFY(waitFinished(loader));
    QCOMPARE(requests.count, 13);
    QCOMPARE(model.count(State::Loaded), 12);
    // Cancelled while still reading the cache: over at once, nothing fetched after.
    QSignalSpy finished(&loader, &StatsTrendLoader::finished);
    loader.load(range);
    loader.cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toBool(), true);
    QVERIFY(!loader.isRunning());
    loader.load(range); // and a new load after it works as before
    QVERIFY(waitFinished(loader));
    QCOMPARE(requests.count, 14);
}

// Fault injection: the first stats request the sandbox handles answers 503, every
// later one succeeds; the client does not retry on its own here (one attempt), so
// exactly one month fails.
void TestStatsTrend::failedMonthIsRetriedAlone() {
    ApiTestSession s;
    QVERIFY2(s.ok(), qPrintable(s.error));
    s.api.setRetryPolicy(1, 10, 100);
    SandboxServer &server = s.fixture.server();
    StatsRequests requests(server);
    QObject guard;
    connect(&server, &SandboxServer::requestHandled, &guard,
            [&server](const QByteArray &, const QString &, int status) {
                if (status == 503)
                    server.setFaultRates({});
            });
    server.setFaultRates({1.0, 0.0, 0.0});

    StatsService service(&s.api);
    StatsTrendModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    TaskRegistry tasks;
    StatsTrendLoader loader(&service, &model);
    loader.setTasks(&tasks);
    QSignalSpy failed(&loader, &StatsTrendLoader::monthFailed);
    const QList<YearMonth> range = StatsTrendLoader::lastMonths(12, loader.currentMonth());
    loader.load(range);
    QVERIFY(waitFinished(loader));
    QCOMPARE(requests.count, 12);
    QCOMPARE(requests.statuses.count(503), 1);
    QCOMPARE(failed.size(), 1);
    const YearMonth broken = failed.first().at(0).value<YearMonth>();
    QCOMPARE(failed.first().at(1).value<ApiError>().httpStatus, 503);
    // The others show.
    QCOMPARE(model.count(State::Failed), 1);
    QCOMPARE(model.count(State::Loaded), 11);
    QCOMPARE(model.stateOf(broken), State::Failed);
    QVERIFY(!model.data(model.index(model.rowOf(broken), 0), StatsTrendModel::ErrorRole)
                 .toString()
                 .isEmpty());

    QSignalSpy loaded(&loader, &StatsTrendLoader::monthLoaded);
    loader.retry(broken);
    QCOMPARE(model.stateOf(broken), State::Loading);
    QCOMPARE(tasks.count(), 1);
    QVERIFY(waitFinished(loader));
    QCOMPARE(requests.count, 13); // that month alone
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(loaded.first().at(0).value<MonthStats>().month, broken.month);
    QCOMPARE(model.stateOf(broken), State::Loaded);
    QCOMPARE(model.count(State::Loaded), 12);
    QVERIFY(tasks.isIdle());
}

void TestStatsTrend::cancelStopsTheRun() {
    SandboxOptions slow;
    slow.latencyMs = 150;
    ApiTestSession s(20, slow);
    QVERIFY2(s.ok(), qPrintable(s.error));
    StatsService service(&s.api);
    StatsTrendModel model;
    TaskRegistry tasks;
    StatsTrendLoader loader(&service, &model);
    loader.setTasks(&tasks);
    loader.setMaxInFlight(2);
    StatsRequests requests(s.fixture.server());
    loader.load(StatsTrendLoader::lastMonths(12, loader.currentMonth()));
    QSignalSpy loaded(&loader, &StatsTrendLoader::monthLoaded);
    QVERIFY(loaded.wait(10000));
    QSignalSpy finished(&loader, &StatsTrendLoader::finished);
    // Cancel from the shell's task, as the progress area's button does.
    QVERIFY(tasks.cancel(tasks.ids().first()));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toBool(), true);
    QVERIFY(!loader.isRunning());
    QCOMPARE(loader.inFlight(), 0);
    QVERIFY(tasks.isIdle());
    QCOMPARE(model.count(State::Loading), 0);
    QCOMPARE(model.count(State::Failed), 0); // stopped, not broken
    QVERIFY(model.count(State::Waiting) >= 8);
    QVERIFY(requests.count <= 4);
}

void TestStatsTrend::truncatedAnswerFailsCleanly_data() {
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("cut");
    QTest::addColumn<ApiError::Kind>("kind");
    using Mode = CannedHttpServer::Answer::Mode;
    // Cut and said so (Content-Length matches): not JSON.
    QTest::newRow("cut at 60 %") << int(Mode::Respond) << 60 << ApiError::Kind::MalformedAnswer;
    QTest::newRow("last byte missing")
        << int(Mode::Respond) << -1 << ApiError::Kind::MalformedAnswer;
    // Cut short of its Content-Length: the connection ends early.
    QTest::newRow("shorter than announced")
        << int(Mode::TruncateBody) << 60 << ApiError::Kind::Network;
}

void TestStatsTrend::truncatedAnswerFailsCleanly() {
    QFETCH(int, mode);
    QFETCH(int, cut);
    QFETCH(ApiError::Kind, kind);
    QFile f(QStringLiteral(JOBBERS_TEST_DATA "/stats-reference-example.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray body = f.readAll().trimmed();
    body.replace(", ] }", "] }"); // the example without its trailing comma
    body = cut < 0 ? body.left(body.size() - 1) : body.left(body.size() * cut / 100);
    CannedHttpServer upstream;
    QVERIFY(upstream.listen());
    CannedHttpServer::Answer a = CannedHttpServer::respond(200, body);
    a.mode = CannedHttpServer::Answer::Mode(mode);
    upstream.setAnswer(a);
    ApiClient api;
    api.setRetryPolicy(1, 10, 100);
    QVERIFY(api.setBaseUrl(upstream.baseUrl()));
    StatsService service(&api);
    QSignalSpy observed(&service, &StatsService::statsLoaded);
    StatsTrendModel model;
    StatsTrendLoader loader(&service, &model);
    loader.setToday(QDate(2018, 7, 15));
    loader.load({{2018, 7}});
    QVERIFY(waitFinished(loader));
    QCOMPARE(observed.size(), 0);
    QCOMPARE(model.stateOf({2018, 7}), State::Failed);
    QVERIFY(!model.stats({2018, 7}));
    const Answer<MonthStats> direct = await(service.stats(7, 2018));
    QVERIFY(direct.done && !direct.ok());
    QCOMPARE(direct.error.kind, kind);
    QVERIFY(!direct.error.message.isEmpty());
}

// JSON of the wrong shape, decoded off the UI thread: the month fails as malformed, and
// the activity log, which saw a 200, says so too.
void TestStatsTrend::wrongShapeIsLoggedAsFailed() {
    CannedHttpServer upstream;
    QVERIFY(upstream.listen());
    upstream.setAnswer(
        CannedHttpServer::respond(200, R"({"data":[{"enterprise":"not an entry"}]})"));
    ApiClient api;
    api.setRetryPolicy(1, 10, 100);
    QVERIFY(api.setBaseUrl(upstream.baseUrl()));
    ActivityLog log;
    log.watch(&api);
    StatsService service(&api);
    const Answer<MonthStats> direct = await(service.stats(7, 2018));
    QVERIFY(direct.done && !direct.ok());
    QCOMPARE(direct.error.kind, ApiError::Kind::MalformedAnswer);
    QCOMPARE(log.rowCount(), 1);
    const CallRecord &r = log.record(0);
    QCOMPARE(r.httpStatus, 200);
    QCOMPARE(r.errorKind, ApiError::Kind::MalformedAnswer);
    QVERIFY(log.data(log.index(0, 0), ActivityLog::FailedRole).toBool());
}

// The month as the API gives it (raw JSON, not our decoder), against the CSV export of
// what the client decoded, read back the way a spreadsheet would.
void TestStatsTrend::exportedCsvReadsBackAsTheApiAnswer() {
    ApiTestSession s;
    QVERIFY2(s.ok(), qPrintable(s.error));
    const YearMonth month = YearMonth::of(serverToday());
    StatsService service(&s.api);
    const Answer<MonthStats> answer = await(service.stats(month.month, month.year));
    QVERIFY_ANSWER(answer);
    const HttpResult raw =
        s.fixture.get(u"/oneapi/v0/stats?month=%1&year=%2"_s.arg(month.month).arg(month.year),
                      s.fixture.token(20));
    QCOMPARE(raw.status, 200);
    const QJsonArray api = raw.data().toArray();
    QCOMPARE(api.size(), answer->entries.size());

    QTemporaryDir dir;
    StatsCsvWriter::Options o;
    o.csv = StatsCsvWriter::defaultsFor(QLocale(QLocale::French));
    const QString path = dir.filePath(u"stats"_s);
    QString error;
    QVERIFY2(StatsCsvWriter::writeFiles(path, {*answer}, o, &error), qPrintable(error));
    const QStringList files = StatsCsvWriter::fileNames(path);
    const auto read = [](const QString &name) {
        QFile f(name);
        return f.open(QIODevice::ReadOnly) ? CsvReader::parse(f.readAll()) : CsvReader::Result{};
    };
    const QLocale french(QLocale::French);
    const auto number = [&](const QString &cell) {
        bool ok = false;
        const double v = french.toDouble(cell, &ok);
        return ok ? v : -1e9;
    };

    const CsvReader::Result figures = read(files.at(0));
    QCOMPARE(figures.separator, u';');
    QCOMPARE(figures.rows.size(), 1 + api.size());
    const QStringList fields{u"total_requests"_s,
                             u"delta_requests"_s,
                             u"total_passes"_s,
                             u"delta_passes"_s,
                             u"total_clients"_s,
                             u"delta_clients"_s,
                             u"percentage_female_clients"_s,
                             u"percentage_male_clients"_s,
                             u"percentage_unknown_clients"_s};
    for (qsizetype i = 0; i < api.size(); ++i) {
        const QJsonObject e = api.at(i).toObject();
        const QStringList row = figures.rows.at(i + 1);
        QCOMPARE(row.at(0).toInt(), month.year);
        QCOMPARE(row.at(1).toInt(), month.month);
        QCOMPARE(row.at(3), e.value("group_id"_L1).isNull()
                                ? QString()
                                : QString::number(e.value("group_id"_L1).toInteger()));
        QCOMPARE(row.at(5), e.value("last_updated"_L1).toString());
        for (int f = 0; f < fields.size(); ++f)
            QCOMPARE(number(row.at(6 + f)), e.value(fields.at(f)).toDouble());
        QCOMPARE(number(row.at(15)),
                 e.value("nologin_clients"_L1).toObject().value("total"_L1).toDouble());
        QCOMPARE(number(row.at(16)), e.value("avergage_conversation_rating"_L1).toDouble());
        QCOMPARE(number(row.at(17)),
                 e.value("total_orders"_L1).toObject().value("total"_L1).toDouble());
    }

    const CsvReader::Result tags = read(files.at(1));
    int tagRows = 0;
    for (qsizetype i = 0; i < api.size(); ++i) {
        const QJsonArray list = api.at(i).toObject().value("tags"_L1).toArray();
        for (const QJsonValue &t : list) {
            const QStringList row = tags.rows.at(1 + tagRows++);
            QCOMPARE(row.at(5), t.toObject().value("tag_name"_L1).toString());
            QCOMPARE(number(row.at(6)), t.toObject().value("percent"_L1).toDouble());
        }
    }
    QCOMPARE(tags.rows.size(), 1 + tagRows);
    QVERIFY(tagRows >= 21);

    const CsvReader::Result orders = read(files.at(2));
    int orderRows = 0;
    for (qsizetype i = 0; i < api.size(); ++i) {
        const QJsonArray list = api.at(i)
                                    .toObject()
                                    .value("total_orders"_L1)
                                    .toObject()
                                    .value("categories"_L1)
                                    .toArray();
        for (const QJsonValue &c : list) {
            const QStringList row = orders.rows.at(1 + orderRows++);
            QCOMPARE(row.at(5), c.toObject().value("category_id"_L1).toVariant().toString());
            QCOMPARE(row.at(6), c.toObject().value("category_name"_L1).toString());
            QCOMPARE(number(row.at(7)), c.toObject().value("percent"_L1).toDouble());
        }
    }
    QCOMPARE(orders.rows.size(), 1 + orderRows);
}

QTEST_GUILESS_MAIN(TestStatsTrend)
#include "tst_core_stats_trend.moc"
