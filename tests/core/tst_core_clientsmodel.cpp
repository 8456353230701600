#include "clients/clientfilterproxy.h"
#include "clients/clientsmodel.h"
#include "passes/passstockmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// The client directory model, its filter-as-you-type proxy and the pass stock model.
// Each model gets its QAbstractItemModelTester before it is fed.
class TestClientsModel : public QObject {
    Q_OBJECT
private:
    static DirectoryEntry entry(const QString &email, const QString &first, const QString &last,
                                bool detailed = true, qint64 id = 0) {
        DirectoryEntry e;
        e.client.email = email;
        e.client.firstName = first;
        e.client.lastName = last;
        e.client.clientId = id;
        e.client.active = true;
        e.detailed = detailed;
        e.lastSeen = QDateTime(QDate(2026, 11, 2), QTime(10, 0));
        return e;
    }
    static QList<DirectoryEntry> sample() {
        return {entry(u"zoe.lefevre@example.fr"_s, u"Zoé"_s, u"Lefèvre"_s, true, 40331),
                entry(u"jean.dupont@example.fr"_s, u"Jean"_s, u"Dupont"_s, true, 40332),
                entry(u"marie.durand@exemple.com"_s, u"Marie"_s, u"Durand"_s, true, 40333),
                entry(u"inconnu@example.fr"_s, {}, {}, false)};
    }
    static QStringList visibleEmails(const QAbstractItemModel &m) {
        QStringList out;
        for (int r = 0; r < m.rowCount(); ++r)
            out.append(m.index(r, ClientsModel::Email).data().toString());
        return out;
    }

private Q_SLOTS:
    void loadInsertUpdate() {
        ClientsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries(sample());
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(0, ClientsModel::Name).data().toString(), u"Zoé Lefèvre"_s);

        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);

        // A new client: one row inserted.
        QCOMPARE(model.upsert(entry(u"new@example.fr"_s, u"Nina"_s, u"Neuve"_s)), 4);
        QCOMPARE(inserts.size(), 1);
        // The same email in other case: the row changes, nothing is inserted.
        DirectoryEntry update = entry(u"NEW@example.fr"_s, u"Nina"_s, u"Nouvelle"_s);
        update.client.active = false;
        QCOMPARE(model.upsert(update), 4);
        QCOMPARE(inserts.size(), 1);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(model.index(4, ClientsModel::Active).data().toString(), u"Inactive"_s);
        QVERIFY(model.index(4, 0).data(Qt::ForegroundRole).isValid()); // greyed out
        // Seen again by email only (stats): the detailed record is kept.
        DirectoryEntry seen = entry(u"new@example.fr"_s, {}, {}, false);
        seen.lastSeen = QDateTime(QDate(2026, 11, 20), QTime(9, 0));
        model.upsert(seen);
        QCOMPARE(model.index(4, ClientsModel::Name).data().toString(), u"Nina Nouvelle"_s);
        QCOMPARE(model.entryAt(4).lastSeen, seen.lastSeen);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(model.rowOfEmail(u" Zoe.Lefevre@Example.fr "_s), 0);
        QCOMPARE(model.rowOfClientId(40333), 2);
        QCOMPARE(model.index(3, ClientsModel::Active).data().toString(), u"Not loaded"_s);
    }

    void sortKeepsSelectionAndInsertsInPlace() {
        ClientsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries(sample());
        QPersistentModelIndex marie = model.index(2, 0);
        model.sort(ClientsModel::Name, Qt::AscendingOrder);
        // Names sort by last name, accents folded: Dupont, Durand, Lefèvre, then no name.
        QCOMPARE(visibleEmails(model),
                 (QStringList{u"inconnu@example.fr"_s, u"jean.dupont@example.fr"_s,
                              u"marie.durand@exemple.com"_s, u"zoe.lefevre@example.fr"_s}));
        QCOMPARE(marie.data().toString(), u"marie.durand@exemple.com"_s);
        model.upsert(entry(u"e@example.fr"_s, u"Émile"_s, u"Dupré"_s));
        QCOMPARE(model.index(2, 0).data().toString(), u"e@example.fr"_s);
        QCOMPARE(marie.row(), 3);
    }

    void filter_data() {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("emails");
        QTest::newRow("empty") << ""
                               << QStringList{
                                      u"zoe.lefevre@example.fr"_s, u"jean.dupont@example.fr"_s,
                                      u"marie.durand@exemple.com"_s, u"inconnu@example.fr"_s};
        QTest::newRow("accent typed without")
            << "lefevre" << QStringList{u"zoe.lefevre@example.fr"_s};
        QTest::newRow("accent typed with") << "Zoé" << QStringList{u"zoe.lefevre@example.fr"_s};
        QTest::newRow("upper case") << "DUPONT" << QStringList{u"jean.dupont@example.fr"_s};
        QTest::newRow("two words any order")
            << "durand marie" << QStringList{u"marie.durand@exemple.com"_s};
        QTest::newRow("full name") << "jean dupont" << QStringList{u"jean.dupont@example.fr"_s};
        QTest::newRow("id") << "40333" << QStringList{u"marie.durand@exemple.com"_s};
        QTest::newRow("domain") << "exemple.com" << QStringList{u"marie.durand@exemple.com"_s};
        QTest::newRow("nothing") << "xyz" << QStringList{};
    }
    void filter() {
        QFETCH(QString, query);
        QFETCH(QStringList, emails);
        ClientsModel model;
        ClientFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setClientsModel(&model);
        model.setEntries(sample());
        proxy.setSearchText(query);
        QCOMPARE(visibleEmails(proxy), emails);
        // A client arriving while filtered shows only if it matches.
        model.upsert(entry(u"zz@example.fr"_s, u"Zoé"_s, u"Zèbre"_s));
        QCOMPARE(visibleEmails(proxy).contains(u"zz@example.fr"_s),
                 query.isEmpty() || query == u"Zoé"_s);
    }

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

QTEST_MAIN(TestClientsModel)
#include "tst_core_clientsmodel.moc"
