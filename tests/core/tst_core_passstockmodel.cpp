#include "passes/passstockmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// The pass stock model: states of a stock, reloads merged by stock id. Each model gets
// its QAbstractItemModelTester before it is fed.
class TestPassStockModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void passStockStates_data() {
        QTest::addColumn<QDateTime>("expiration");
        QTest::addColumn<int>("available");
        QTest::addColumn<int>("state");
        QTest::addColumn<bool>("highlighted");
        const QDateTime now(QDate(2026, 11, 27), QTime(12, 0));
        QTest::newRow("far") << now.addDays(200) << 5 << int(PassStockModel::State::Ok) << false;
        QTest::newRow("no expiry") << QDateTime() << 5 << int(PassStockModel::State::Ok) << false;
        QTest::newRow("in 10 days")
            << now.addDays(10) << 5 << int(PassStockModel::State::ExpiringSoon) << true;
        QTest::newRow("in 29 days")
            << now.addDays(29) << 5 << int(PassStockModel::State::ExpiringSoon) << true;
        QTest::newRow("in 31 days")
            << now.addDays(31) << 5 << int(PassStockModel::State::Ok) << false;
        QTest::newRow("expired") << now.addDays(-1) << 5 << int(PassStockModel::State::Expired)
                                 << true;
        QTest::newRow("exhausted")
            << now.addDays(100) << 0 << int(PassStockModel::State::Exhausted) << true;
    }
    void passStockStates() {
        QFETCH(QDateTime, expiration);
        QFETCH(int, available);
        QFETCH(int, state);
        QFETCH(bool, highlighted);
        PassStockModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNow(QDateTime(QDate(2026, 11, 27), QTime(12, 0)));
        PassStock s;
        s.stockId = 52;
        s.description = u"Pass annuel"_s;
        s.duration = 1;
        s.durationType = PassStock::DurationType::Year;
        s.expirationDate = expiration;
        s.totalUnits = 10;
        s.totalAvailable = available;
        s.totalUsed = 10 - available;
        s.price = 10.1;
        s.netPrice = 10;
        s.vat = 10;
        model.setStocks({s});
        const QModelIndex i = model.index(0, PassStockModel::Description);
        QCOMPARE(int(i.data(PassStockModel::StateRole).value<PassStockModel::State>()), state);
        QCOMPARE(i.data(Qt::BackgroundRole).isValid(), highlighted);
        QCOMPARE(i.data(Qt::ToolTipRole).toString().isEmpty(), !highlighted);
        QCOMPARE(model.assignableStocks().size(),
                 state == int(PassStockModel::State::Ok)
                         || state == int(PassStockModel::State::ExpiringSoon)
                     ? 1
                     : 0);
        QCOMPARE(
            model.index(0, PassStockModel::Used).data(PassStockModel::UsedFractionRole).toDouble(),
            (10 - available) / 10.0);
    }

    void passStockReloadMerges() {
        PassStockModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        PassStock a;
        a.stockId = 1;
        a.description = u"A"_s;
        PassStock b = a;
        b.stockId = 2;
        b.description = u"B"_s;
        model.setStocks({a, b});
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy removes(&model, &QAbstractItemModel::rowsRemoved);
        b.totalUsed = 1;
        PassStock c = a;
        c.stockId = 3;
        model.setStocks({b, c});
        QCOMPARE(resets.size(), 0);
        QCOMPARE(removes.size(), 1);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOfStock(3), 1);
    }
};

QTEST_MAIN(TestPassStockModel)
#include "tst_core_passstockmodel.moc"
