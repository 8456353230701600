#include "servicetest.h"

#include "clients/clientdraft.h"
#include "clients/clientsservice.h"
#include "net/jsondecode.h"
#include "stats/statsservice.h"

#include <QTest>

// StatsService against the sandbox.
class TestStats : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void currentMonthShape();
    void newClientCounts();
    void longAgoIsEmpty();
    void wrongPeriodFailsBeforeSending_data();
    void wrongPeriodFailsBeforeSending();
};

namespace {
QDate today() {
    return QDateTime::currentDateTime().toTimeZone(JsonDecode::serverTimeZone()).date();
}
} // namespace

void TestStats::currentMonthShape() {
    ApiTestSession s;
    QVERIFY2(s.ok(), qPrintable(s.error));
    StatsService service(&s.api);
    const QDate now = today();
    const auto a = await(service.stats(now.month(), now.year()));
    QVERIFY_ANSWER(a);
    QCOMPARE(a->month, now.month());
    QCOMPARE(a->year, now.year());
    const QList<StatsEntry> entries = a->entries;
    QCOMPARE(entries.size(), 3); // the enterprise, then groups 373 and 374
    QVERIFY(entries.at(0).isEnterprise());
    QCOMPARE(entries.at(1).groupId, std::optional<qint64>(373));
    QCOMPARE(entries.at(2).groupId, std::optional<qint64>(374));
    const StatsEntry &e = entries.at(0);
    QVERIFY(e.lastUpdated.isValid());
    QVERIFY(e.totalClients >= e.deltaClients);
    QVERIFY(e.totalRequests >= e.deltaRequests);
    QVERIFY(e.totalPasses >= e.deltaPasses);
    QVERIFY(!e.tags.isEmpty());
    QCOMPARE(e.nologinTotal, e.nologinEmails.size());
    QVERIFY(e.averageConversationRating >= 0 && e.averageConversationRating <= 5);
    const double percentages =
        e.percentageFemaleClients + e.percentageMaleClients + e.percentageUnknownClients;
    if (e.totalClients > 0)
        QVERIFY2(qAbs(percentages - 100) < 0.5, qPrintable(QString::number(percentages)));
    for (const StatsEntry::OrderCategory &c : e.orderCategories)
        QVERIFY(c.categoryId > 0);
}

void TestStats::newClientCounts() {
    ApiTestSession s;
    QVERIFY2(s.ok(), qPrintable(s.error));
    StatsService service(&s.api);
    const QDate now = today();
    const auto before = await(service.stats(now.month(), now.year()));
    QVERIFY_ANSWER(before);

    ClientsService clients(&s.api);
    ClientDraft d;
    d.email = QStringLiteral("counted@example.test");
    d.groupId = 374;
    d.firstName = QStringLiteral("Inès");
    d.lastName = QStringLiteral("Petit");
    d.phonePrefix = QStringLiteral("+33");
    d.phone = QStringLiteral("655443322");
    d.address = QStringLiteral("1 rue de Rivoli");
    d.zipCode = QStringLiteral("75001");
    d.city = QStringLiteral("Paris");
    d.country = QStringLiteral("FR");
    d.cgu = true;
    QVERIFY_ANSWER(await(clients.create(d)));

    const auto after = await(service.stats(now.month(), now.year()));
    QVERIFY_ANSWER(after);
    const StatsEntry &e0 = before->entries.at(0);
    const StatsEntry &e1 = after->entries.at(0);
    QCOMPARE(e1.totalClients, e0.totalClients + 1);
    QCOMPARE(e1.deltaClients, e0.deltaClients + 1);
    QCOMPARE(e1.nologinTotal, e0.nologinTotal + 1);
    QVERIFY(e1.nologinEmails.contains(d.email));
    // The group's own entry counts it too.
    QCOMPARE(after->entries.at(2).deltaClients, before->entries.at(2).deltaClients + 1);
}

void TestStats::longAgoIsEmpty() {
    ApiTestSession s;
    QVERIFY2(s.ok(), qPrintable(s.error));
    StatsService service(&s.api);
    const auto a = await(service.stats(1, 2000));
    QVERIFY_ANSWER(a);
    QVERIFY(!a->entries.isEmpty());
    const StatsEntry &e = a->entries.at(0);
    QCOMPARE(e.totalClients, 0);
    QCOMPARE(e.deltaClients, 0);
    QCOMPARE(e.totalRequests, 0);
    QCOMPARE(e.totalPasses, 0);
}

void TestStats::wrongPeriodFailsBeforeSending_data() {
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("source");
    QTest::newRow("month 0") << 0 << 2024 << "month";
    QTest::newRow("month 13") << 13 << 2024 << "month";
    QTest::newRow("year 2 digits") << 7 << 18 << "year";
    QTest::newRow("year 5 digits") << 7 << 20180 << "year";
}

void TestStats::wrongPeriodFailsBeforeSending() {
    QFETCH(int, month);
    QFETCH(int, year);
    QFETCH(QString, source);
    ApiTestSession s;
    QVERIFY2(s.ok(), qPrintable(s.error));
    StatsService service(&s.api);
    QVERIFY(!StatsService::isValidPeriod(month, year));
    const auto a = await(service.stats(month, year));
    QVERIFY(a.done && !a.ok());
    QCOMPARE(a.error.kind, ApiError::Kind::Validation);
    QVERIFY(a.error.fieldError(source));
    QVERIFY(!a.error.message.isEmpty());
}

QTEST_GUILESS_MAIN(TestStats)
#include "tst_core_stats.moc"
