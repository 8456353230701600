#include "stats/statsfigures.h"
#include "stats/statsgroupsmodel.h"
#include "stats/statstrendmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

// StatsGroupsModel, StatsTrendModel and StatsFigures: the tester is attached before
// the models are fed.
class TestStatsModels : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void figures_data();
    void figures();
    void changeText();
    void groupsModel();
    void groupsRefreshKeepsRows();
    void trendModel();
    void trendStatesAndScope();
};

namespace {
StatsEntry entry(std::optional<qint64> group, qint64 requests, qint64 clients = 4) {
    StatsEntry e;
    e.groupId = group;
    e.deltaRequests = requests;
    e.totalRequests = requests * 3;
    e.deltaPasses = 1;
    e.deltaClients = clients;
    e.totalClients = 10 * clients;
    e.averageConversationRating = 4.5;
    e.totalOrders = 2;
    e.percentageFemaleClients = 25;
    e.percentageMaleClients = 25;
    e.percentageUnknownClients = 50;
    return e;
}

MonthStats month(int y, int m, qint64 requests) {
    return MonthStats{m, y, {entry(std::nullopt, requests), entry(373, requests / 2)}};
}
} // namespace

void TestStatsModels::initTestCase() {
    QLocale::setDefault(QLocale(QLocale::English));
}

void TestStatsModels::figures_data() {
    QTest::addColumn<double>("now");
    QTest::addColumn<double>("before");
    QTest::addColumn<bool>("hasPrevious");
    QTest::addColumn<int>("trend");
    QTest::addColumn<double>("change");
    QTest::addColumn<double>("percent"); // -1: none
    using T = StatsFigures::Trend;
    QTest::newRow("up") << 12.0 << 10.0 << true << int(T::Up) << 2.0 << 20.0;
    QTest::newRow("down") << 5.0 << 10.0 << true << int(T::Down) << -5.0 << -50.0;
    QTest::newRow("flat") << 3.0 << 3.0 << true << int(T::Flat) << 0.0 << 0.0;
    QTest::newRow("from zero") << 3.0 << 0.0 << true << int(T::Up) << 3.0 << -1.0;
    QTest::newRow("no previous") << 3.0 << 0.0 << false << int(T::Unknown) << 0.0 << -1.0;
}

void TestStatsModels::figures() {
    QFETCH(double, now);
    QFETCH(double, before);
    QFETCH(bool, hasPrevious);
    QFETCH(int, trend);
    QFETCH(double, change);
    QFETCH(double, percent);
    StatsEntry current = entry(std::nullopt, qint64(now));
    StatsEntry previous = entry(std::nullopt, qint64(before));
    const QList<StatsFigures::Value> values =
        StatsFigures::compute(current, hasPrevious ? &previous : nullptr);
    QCOMPARE(values.size(), 5);
    const StatsFigures::Value &requests = values.at(0);
    QCOMPARE(requests.figure, StatsFigures::Figure::Requests);
    QCOMPARE(requests.value, now);
    QCOMPARE(int(requests.trend()), trend);
    QCOMPARE(requests.change().has_value(), hasPrevious);
    if (hasPrevious)
        QCOMPARE(*requests.change(), change);
    QCOMPARE(requests.changePercent().has_value(), percent != -1.0);
    if (percent != -1.0)
        QCOMPARE(*requests.changePercent(), percent);
    QCOMPARE(values.at(3).figure, StatsFigures::Figure::Rating);
    QCOMPARE(values.at(3).value, 4.5);
}

void TestStatsModels::changeText() {
    StatsFigures::Value v;
    v.figure = StatsFigures::Figure::Requests;
    v.value = 1200;
    QCOMPARE(StatsFigures::changeText(v), QString());
    v.previous = 1000;
    QCOMPARE(StatsFigures::changeText(v), QStringLiteral("+200 (+20\u00a0%)"));
    v.value = 900;
    QCOMPARE(StatsFigures::changeText(v), QStringLiteral("\u2212100 (\u221210\u00a0%)"));
    v.figure = StatsFigures::Figure::Rating;
    v.value = 4.5;
    v.previous = 4.25;
    QCOMPARE(StatsFigures::changeText(v), QStringLiteral("+0.25"));
    QLocale::setDefault(QLocale(QLocale::French));
    QCOMPARE(StatsFigures::changeText(v), QStringLiteral("+0,25"));
    QCOMPARE(StatsFigures::valueText(StatsFigures::Figure::Requests, 12345),
             QStringLiteral("12\u202f345"));
    QLocale::setDefault(QLocale(QLocale::English));
}

void TestStatsModels::groupsModel() {
    StatsGroupsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setGroupNames({{373, QStringLiteral("Hall A")}});
    model.setMonth(month(2024, 5, 40), month(2024, 4, 30));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(StatsGroupsModel::ColumnCount));
    const auto at = [&](int row, int column, int role = Qt::DisplayRole) {
        return model.data(model.index(row, column), role);
    };
    QCOMPARE(at(0, StatsGroupsModel::Scope).toString(), QStringLiteral("Whole enterprise"));
    QCOMPARE(at(1, StatsGroupsModel::Scope).toString(), QStringLiteral("Hall A"));
    QCOMPARE(at(0, StatsGroupsModel::Scope, StatsGroupsModel::IsEnterpriseRole).toBool(), true);
    QCOMPARE(at(1, StatsGroupsModel::Scope, StatsGroupsModel::GroupIdRole).toLongLong(), 373);
    QCOMPARE(at(0, StatsGroupsModel::Requests).toString(), QStringLiteral("40"));
    QCOMPARE(at(0, StatsGroupsModel::Requests, Qt::EditRole).toLongLong(), 40);
    QCOMPARE(at(0, StatsGroupsModel::Women).toString(), QStringLiteral("25.0\u00a0%"));
    QCOMPARE(at(0, StatsGroupsModel::Rating).toString(), QStringLiteral("4.50"));
    QCOMPARE(at(0, StatsGroupsModel::Requests, StatsGroupsModel::ChangeRole).toDouble(), 10.0);
    QCOMPARE(at(1, StatsGroupsModel::Requests, StatsGroupsModel::ChangeRole).toDouble(), 5.0);
    QCOMPARE(at(0, StatsGroupsModel::Requests, StatsGroupsModel::TrendRole).toInt(),
             int(StatsFigures::Trend::Up));
    QCOMPARE(at(0, StatsGroupsModel::Passes, StatsGroupsModel::TrendRole).toInt(),
             int(StatsFigures::Trend::Flat));
    QCOMPARE(at(0, StatsGroupsModel::Requests, Qt::ToolTipRole).toString(),
             QStringLiteral("30 the month before (+10)"));
    // Without a previous month: no change, no tooltip.
    model.setMonth(month(2024, 6, 40));
    QVERIFY(at(0, StatsGroupsModel::Requests, StatsGroupsModel::ChangeRole).isNull());
    QVERIFY(at(0, StatsGroupsModel::Requests, Qt::ToolTipRole).isNull());
    // A group without a known name.
    model.setGroupNames({});
    QCOMPARE(at(1, StatsGroupsModel::Scope).toString(), QStringLiteral("Group 373"));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestStatsModels::groupsRefreshKeepsRows() {
    StatsGroupsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMonth(month(2024, 5, 40));
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    model.setMonth(month(2024, 5, 44)); // the same month again, fresher
    QCOMPARE(resets.size(), 0);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(model.data(model.index(0, StatsGroupsModel::Requests)).toString(),
             QStringLiteral("44"));
    model.setMonth(month(2024, 4, 44)); // another month
    QCOMPARE(resets.size(), 1);
    MonthStats more = month(2024, 4, 44);
    more.entries.append(entry(374, 1));
    model.setMonth(more); // another group appeared
    QCOMPARE(resets.size(), 2);
    QCOMPARE(model.rowCount(), 3);
}

void TestStatsModels::trendModel() {
    StatsTrendModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<YearMonth> range = YearMonth::range({2023, 11}, {2024, 2});
    QCOMPARE(range.size(), 4);
    QCOMPARE(range.at(2), (YearMonth{2024, 1}));
    model.setRange(range);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.count(StatsTrendModel::MonthState::Waiting), 4);
    const auto at = [&](int row, int column, int role = Qt::DisplayRole) {
        return model.data(model.index(row, column), role);
    };
    QCOMPARE(at(2, StatsTrendModel::Month).toString(), QStringLiteral("January 2024"));
    QCOMPARE(at(2, StatsTrendModel::Month, Qt::EditRole).toString(), QStringLiteral("2024-01"));
    QCOMPARE(at(2, StatsTrendModel::Requests).toString(), QStringLiteral("…"));

    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    const QDateTime fetched = QDateTime::currentDateTimeUtc();
    model.setMonth(month(2024, 1, 30), fetched.addDays(-2), true);
    QCOMPARE(changes.size(), 1);
    // The month's row and the next one, whose change depends on it.
    QCOMPARE(changes.at(0).at(0).toModelIndex().row(), 2);
    QCOMPARE(changes.at(0).at(1).toModelIndex().row(), 3);
    QCOMPARE(at(2, StatsTrendModel::Requests).toString(), QStringLiteral("30"));
    QVERIFY(at(2, StatsTrendModel::RequestsChange, Qt::EditRole).isNull()); // December unknown
    QCOMPARE(at(2, StatsTrendModel::Month, StatsTrendModel::StateRole).toInt(),
             int(StatsTrendModel::MonthState::Cached));

    model.setMonth(month(2024, 2, 45), fetched, false);
    QCOMPARE(at(3, StatsTrendModel::RequestsChange, Qt::EditRole).toLongLong(), 15);
    QCOMPARE(at(3, StatsTrendModel::RequestsChange).toString(), QStringLiteral("+15"));
    QCOMPARE(at(3, StatsTrendModel::RequestsChange, StatsTrendModel::TrendRole).toInt(),
             int(StatsFigures::Trend::Up));
    QCOMPARE(model.oldestFetch(), fetched.addDays(-2));
    QCOMPARE(model.knownMonths().size(), 2);
    QVERIFY(model.stats({2024, 2}));
    QVERIFY(!model.stats({2023, 11}));

    // Widening the range keeps what is known.
    model.setRange(YearMonth::range({2023, 10}, {2024, 2}));
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(at(4, StatsTrendModel::Requests).toString(), QStringLiteral("45"));
    // A month outside the range is ignored.
    model.setMonth(month(2020, 1, 1), fetched, false);
    QCOMPARE(model.knownMonths().size(), 2);
}

void TestStatsModels::trendStatesAndScope() {
    StatsTrendModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRange(YearMonth::range({2024, 1}, {2024, 3}));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    model.setMonth(month(2024, 1, 10), now, false);
    model.setMonth(month(2024, 2, 20), now, false);
    model.setMonthState({2024, 3}, StatsTrendModel::MonthState::Failed, QStringLiteral("HTTP 503"));
    QCOMPARE(model.stateOf({2024, 3}), StatsTrendModel::MonthState::Failed);
    QCOMPARE(model.data(model.index(2, StatsTrendModel::Status)).toString(),
             QStringLiteral("Failed"));
    QCOMPARE(model.data(model.index(2, StatsTrendModel::Month), Qt::ToolTipRole).toString(),
             QStringLiteral("HTTP 503"));
    QCOMPARE(model.data(model.index(2, 0), StatsTrendModel::PeriodRole).value<YearMonth>(),
             (YearMonth{2024, 3}));
    QCOMPARE(model.count(StatsTrendModel::MonthState::Loaded), 2);

    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    model.setScope(373);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(model.data(model.index(1, StatsTrendModel::Requests)).toString(),
             QStringLiteral("10"));
    QCOMPARE(model.data(model.index(1, StatsTrendModel::RequestsChange), Qt::EditRole).toLongLong(),
             5);
    model.setScope(999); // a group the months do not have: empty cells, no crash
    QVERIFY(model.data(model.index(1, StatsTrendModel::Requests), Qt::EditRole).isNull());
}

QTEST_GUILESS_MAIN(TestStatsModels)
#include "tst_core_stats_models.moc"
