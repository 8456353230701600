#include "net/jsondecode.h"
#include "stats/statscache.h"
#include "storage/localstore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// StatsCache over a real LocalStore file: what is kept, what is trusted, and the
// migration that adds its table.
class TestStatsCache : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void roundTrip();
    void finality_data();
    void finality();
    void accountsAreApart();
    void rangeSkipsDamagedRows();
    void withoutStoreHoldsNothing();
    void upgradesAFileOfTheFormerFormat();

private:
    QTemporaryDir m_dir;
    LocalStore *m_store = nullptr;
};

namespace {
QDateTime paris(int y, int m, int d, int h = 12, int min = 0) {
    return QDateTime(QDate(y, m, d), QTime(h, min), JsonDecode::serverTimeZone());
}

MonthStats month(int y, int m, const QDateTime &lastUpdated) {
    StatsEntry e;
    e.lastUpdated = lastUpdated;
    e.deltaRequests = 52;
    e.totalRequests = 520;
    e.percentageMaleClients = 20;
    e.percentageUnknownClients = 80;
    e.averageConversationRating = 4.25;
    e.nologinTotal = 2;
    e.nologinEmails = {QStringLiteral("a@x.fr"), QStringLiteral("b@x.fr")};
    e.tags = {{QStringLiteral("sports"), 82.61}, {QStringLiteral("enfants"), 0}};
    e.totalOrders = 3;
    e.orderCategories = {{2, QStringLiteral("Accueil"), 0.28}};
    StatsEntry g = e;
    g.groupId = 373;
    g.deltaRequests = 7;
    return MonthStats{m, y, {e, g}};
}
} // namespace

void TestStatsCache::init() {
    QVERIFY(m_dir.isValid());
    m_store = new LocalStore;
    QVERIFY2(m_store->open(m_dir.filePath(QStringLiteral("store.sqlite"))),
             qPrintable(m_store->errorString()));
}

void TestStatsCache::cleanup() {
    delete m_store;
    m_store = nullptr;
    QFile::remove(m_dir.filePath(QStringLiteral("store.sqlite")));
}

void TestStatsCache::roundTrip() {
    StatsCache cache(m_store);
    cache.setAccount(StatsCache::accountKey(QUrl(QStringLiteral("http://127.0.0.1:8080/")), 20));
    QCOMPARE(cache.account(), QStringLiteral("http://127.0.0.1:8080#20"));
    const MonthStats may = month(2024, 5, paris(2024, 6, 2));
    const QDateTime fetched = QDateTime::currentDateTimeUtc();
    QVERIFY(cache.save(may, fetched));
    const std::optional<StatsCache::Entry> back = cache.load({2024, 5});
    QVERIFY(back);
    QCOMPARE(back->stats, may); // every field, tags and categories included
    QCOMPARE(back->fetchedAt, fetched);
    QVERIFY(back->final);
    QVERIFY(!cache.load({2024, 4}));

    // Saved again: replaced, not doubled.
    MonthStats fresher = may;
    fresher.entries[0].deltaRequests = 60;
    QVERIFY(cache.save(fresher, fetched.addSecs(60)));
    QCOMPARE(cache.load({2024, 5})->stats.entries.at(0).deltaRequests, 60);
    QCOMPARE(cache.load({2024, 1}, {2024, 12}).size(), 1);

    // Survives closing the file.
    const QString path = m_store->path();
    m_store->close();
    QVERIFY(m_store->open(path));
    QCOMPARE(cache.load({2024, 5})->stats, fresher);
}

void TestStatsCache::finality_data() {
    QTest::addColumn<QDateTime>("lastUpdated");
    QTest::addColumn<QDateTime>("fetchedAt");
    QTest::addColumn<bool>("final");
    const QDateTime none;
    // May 2024 ends on 1 June 00:00, Paris time.
    QTest::newRow("calculated in June") << paris(2024, 6, 3) << paris(2024, 6, 3) << true;
    QTest::newRow("calculated at midnight") << paris(2024, 6, 1, 0, 0) << paris(2024, 6, 1) << true;
    QTest::newRow("calculated on 31 May")
        << paris(2024, 5, 31, 23, 59) << paris(2024, 6, 10) << false;
    QTest::newRow("current month") << paris(2024, 5, 15) << paris(2024, 5, 15) << false;
    QTest::newRow("no last_updated, fetched after") << none << paris(2024, 6, 2) << true;
    QTest::newRow("no last_updated, fetched during") << none << paris(2024, 5, 20) << false;
    // 22:30 UTC on 31 May is 00:30 on 1 June in Paris.
    QTest::newRow("UTC evening is Paris night")
        << QDateTime(QDate(2024, 5, 31), QTime(22, 30), Qt::UTC) << none << true;
}

void TestStatsCache::finality() {
    QFETCH(QDateTime, lastUpdated);
    QFETCH(QDateTime, fetchedAt);
    QFETCH(bool, final);
    QCOMPARE(StatsCache::isFinal(month(2024, 5, lastUpdated), fetchedAt), final);
}

void TestStatsCache::accountsAreApart() {
    StatsCache a(m_store);
    a.setAccount(QStringLiteral("http://h#20"));
    StatsCache b(m_store);
    b.setAccount(QStringLiteral("http://h#280"));
    QVERIFY(a.save(month(2024, 5, paris(2024, 6, 2)), QDateTime::currentDateTimeUtc()));
    QVERIFY(a.load({2024, 5}));
    QVERIFY(!b.load({2024, 5}));
    QVERIFY(m_store->clearStatsMonths(QStringLiteral("http://h#20")));
    QVERIFY(!a.load({2024, 5}));
}

void TestStatsCache::rangeSkipsDamagedRows() {
    StatsCache cache(m_store);
    cache.setAccount(QStringLiteral("acc"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int m = 1; m <= 12; ++m)
        QVERIFY(cache.save(month(2023, m, paris(2024, 1, 2)), now));
    QVERIFY(cache.save(month(2024, 1, paris(2024, 2, 2)), now));
    // A row that is not what StatsCache wrote (damaged, or from a later format).
    QVERIFY(m_store->saveStatsMonth({QStringLiteral("acc"), 2023, 6, now, "{\"entries\": 3}"}));
    const QList<StatsCache::Entry> entries = cache.load({2023, 3}, {2024, 1});
    QCOMPARE(entries.size(), 10); // March to January, June left out
    QCOMPARE(entries.first().stats.month, 3);
    QCOMPARE(entries.last().stats.year, 2024);
    QVERIFY(!cache.load({2023, 6}));
    QString why;
    QVERIFY(!StatsCache::decode("{\"entries\": [", &why));
    QVERIFY(!why.isEmpty());
}

void TestStatsCache::withoutStoreHoldsNothing() {
    StatsCache none;
    none.setAccount(QStringLiteral("acc"));
    QVERIFY(!none.isUsable());
    QVERIFY(!none.save(month(2024, 5, paris(2024, 6, 2)), QDateTime::currentDateTimeUtc()));
    QVERIFY(!none.load({2024, 5}));
    StatsCache noAccount(m_store);
    QVERIFY(!noAccount.isUsable());
    QVERIFY(!noAccount.save(month(2024, 5, paris(2024, 6, 2)), {}));
}

// A file from before the statistics table (format 2) is upgraded in place.
void TestStatsCache::upgradesAFileOfTheFormerFormat() {
    const QString path = m_store->path();
    StoredClient c;
    c.clientId = 7;
    c.email = QStringLiteral("kept@example.test");
    QVERIFY(m_store->upsertClient(c));
    m_store->close();
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v2"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const char *sql :
             {"DROP TABLE IF EXISTS stats_months", "DROP TABLE IF EXISTS client_locations",
              "DROP TABLE IF EXISTS conversation_checks", "DROP TABLE IF EXISTS conversation_index",
              "ALTER TABLE outbox DROP COLUMN sender", "ALTER TABLE outbox DROP COLUMN file_name",
              "ALTER TABLE outbox DROP COLUMN mime_type",
              "ALTER TABLE outbox DROP COLUMN file_size",
              "ALTER TABLE outbox DROP COLUMN media_url",
              "ALTER TABLE outbox DROP COLUMN first_attempt_at",
              "ALTER TABLE outbox DROP COLUMN message_id",
              "ALTER TABLE outbox DROP COLUMN error_kind",
              "ALTER TABLE outbox DROP COLUMN http_status"})
            QVERIFY2(q.exec(QString::fromLatin1(sql)), sql); // back to format 2
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 2")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v2"));
    QVERIFY2(m_store->open(path), qPrintable(m_store->errorString()));
    QCOMPARE(m_store->userVersion(), LocalStore::schemaVersion());
    QVERIFY(m_store->clientByEmail(QStringLiteral("kept@example.test")));
    StatsCache cache(m_store);
    cache.setAccount(QStringLiteral("acc"));
    QVERIFY(cache.save(month(2024, 5, paris(2024, 6, 2)), QDateTime::currentDateTimeUtc()));
}

QTEST_GUILESS_MAIN(TestStatsCache)
#include "tst_core_stats_cache.moc"
