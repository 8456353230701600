#include "servicetest.h"

#include "clients/clientdraft.h"
#include "clients/clientsservice.h"
#include "passes/passesservice.h"
#include "passes/passstockfeeder.h"
#include "passes/passstockmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// The pass stock model (states, merged reloads) and PassStockFeeder, which keeps it
// fed from the API. Each model gets its QAbstractItemModelTester before it is fed.
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
        QCOMPARE(i.data(ItemStateRole).value<ItemState>() != ItemState::Normal, highlighted);
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

    // Fed from core: a reload fills the model, and an assignment made by anyone
    // through the service reloads it with one unit less.
    void feederFollowsTheService() {
        ApiTestSession s;
        QVERIFY2(s.ok(), qPrintable(s.error));
        PassesService passes(&s.api);
        PassStockFeeder feeder(&passes);
        QAbstractItemModelTester tester(feeder.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&feeder, &PassStockFeeder::stocksChanged);
        QVERIFY_ANSWER(await(feeder.refresh()));
        QCOMPARE(changed.size(), 1);
        PassStockModel *model = feeder.model();
        QVERIFY(model->rowCount() > 0);
        const QList<PassStock> assignable = model->assignableStocks();
        QVERIFY(!assignable.isEmpty());
        const PassStock stock = assignable.first();

        ClientsService clients(&s.api);
        ClientDraft d;
        d.email = u"stock.follower@example.test"_s;
        d.firstName = u"Anaïs"_s;
        d.lastName = u"Stock"_s;
        d.phonePrefix = u"+33"_s;
        d.phone = u"611223355"_s;
        d.address = u"5 rue du Stock"_s;
        d.zipCode = u"75010"_s;
        d.city = u"Paris"_s;
        d.country = u"FR"_s;
        d.cgu = true;
        QVERIFY_ANSWER(await(clients.create(d)));
        // Another caller assigns (its own service call): the feeder hears it and reloads.
        QVERIFY_ANSWER(
            await(passes.assign(d.email, stock.stockId, PassAssignment::newPaymentReference())));
        QVERIFY(changed.size() >= 2 || changed.wait(10000));
        QCOMPARE(model->stockAt(model->rowOfStock(stock.stockId)).totalAvailable,
                 stock.totalAvailable - 1);
    }
};

QTEST_MAIN(TestPassStockModel)
#include "tst_core_passstockmodel.moc"
