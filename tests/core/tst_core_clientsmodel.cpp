#include "clients/clientdirectory.h"
#include "clients/clientfilterproxy.h"
#include "clients/clientsmodel.h"
#include "storage/localstore.h"
#include "tasks/taskregistry.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The client directory model and its filter-as-you-type proxy.
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
        QCOMPARE(model.index(4, 0).data(ItemStateRole).value<ItemState>(), ItemState::Inactive);
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

    // Typing on (narrowing), backspacing (a remembered result), clients arriving and
    // a sort while filtered: the proxy stays consistent (the tester checks every signal).
    void filterFollowsTypingAndChanges() {
        ClientsModel model;
        ClientFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setClientsModel(&model);
        model.setEntries(sample());
        const QStringList typing = {u"e"_s, u"ex"_s, u"exe"_s, u"exem"_s, u"exe"_s, u"ex"_s,
                                    u"e"_s, u"d"_s,  u"du"_s,  u"du r"_s, u"r du"_s};
        for (const QString &q : typing) {
            proxy.setSearchText(q);
            QStringList expected;
            const QStringList words = ClientsModel::fold(q).split(u' ', Qt::SkipEmptyParts);
            for (int r = 0; r < model.rowCount(); ++r) {
                bool all = true;
                for (const QString &w : words)
                    all = all && model.searchKey(r).contains(w);
                if (all)
                    expected.append(model.entryAt(r).client.email);
            }
            QCOMPARE(visibleEmails(proxy), expected);
        }
        proxy.setSearchText(u"du"_s);
        QPersistentModelIndex marie = proxy.index(1, 0);
        QCOMPARE(marie.data().toString(), u"marie.durand@exemple.com"_s);
        model.sort(ClientsModel::Name, Qt::DescendingOrder);
        QCOMPARE(visibleEmails(proxy),
                 (QStringList{u"marie.durand@exemple.com"_s, u"jean.dupont@example.fr"_s}));
        QCOMPARE(marie.row(), 0);
        model.upsert(entry(u"dumas@example.fr"_s, u"Alex"_s, u"Dumas"_s));
        QCOMPARE(visibleEmails(proxy).size(), 3);
        QCOMPARE(marie.data().toString(), u"marie.durand@exemple.com"_s);
        // A change that makes a shown row stop matching removes it.
        DirectoryEntry renamed = entry(u"dumas@example.fr"_s, u"Alex"_s, u"Martin"_s);
        renamed.client.email = u"DUMAS@example.fr"_s;
        model.upsert(renamed);
        QCOMPARE(visibleEmails(proxy).size(), 3); // the email still has "du"
        proxy.setSearchText(QString());
        QCOMPARE(proxy.rowCount(), model.rowCount());
    }

    // Many clients at once, into a sorted model: rows already there change in place
    // (dataChanged), the new ones come in one insert and reach their sorted place in one
    // layout change; persistent indexes follow and the id lookup stays in step.
    void batchUpsertIntoSortedModel() {
        ClientsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries(sample());
        model.sort(ClientsModel::Name, Qt::AscendingOrder);
        QPersistentModelIndex marie =
            model.index(model.rowOfEmail(u"marie.durand@exemple.com"_s), ClientsModel::Name);
        QPersistentModelIndex zoe = model.index(model.rowOfEmail(u"zoe.lefevre@example.fr"_s), 0);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy layouts(&model, &QAbstractItemModel::layoutChanged);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);

        DirectoryEntry jean =
            entry(u"JEAN.DUPONT@example.fr"_s, u"Jean"_s, u"Dupont"_s, true, 40332);
        jean.client.city = u"Nantes"_s;
        DirectoryEntry detailedLater =
            entry(u"b.arnaud@example.fr"_s, u"Basile"_s, u"Arnaud"_s, true, 40500);
        const QList<DirectoryEntry> batch = {
            entry(u"a.martin@example.fr"_s, u"Anne"_s, u"Martin"_s, true, 40501),
            entry(u"b.arnaud@example.fr"_s, {}, {}, false), // then detailed, same batch
            jean,                                           // already here
            entry(u"   "_s, u"No"_s, u"Email"_s),           // refused
            entry(u"c.dupre@example.fr"_s, u"Céline"_s, u"Dupré"_s, true, 40502),
            detailedLater,
        };
        const QList<int> rows = model.upsertAll(batch);

        QCOMPARE(resets.size(), 0);
        QCOMPARE(inserts.size(), 1); // three new clients, one insert
        QCOMPARE(layouts.size(), 1);
        QCOMPARE(changes.size(), 1); // Jean's row
        QCOMPARE(model.rowCount(), 7);
        // In name order (last name, accents folded), email-only first.
        QCOMPARE(visibleEmails(model),
                 (QStringList{u"inconnu@example.fr"_s, u"b.arnaud@example.fr"_s,
                              u"JEAN.DUPONT@example.fr"_s, u"c.dupre@example.fr"_s,
                              u"marie.durand@exemple.com"_s, u"zoe.lefevre@example.fr"_s,
                              u"a.martin@example.fr"_s}));
        QCOMPARE(rows.size(), batch.size());
        for (int i = 0; i < batch.size(); ++i)
            QCOMPARE(rows.at(i), i == 3 ? -1 : model.rowOfEmail(batch.at(i).client.email));
        QCOMPARE(rows.at(1), rows.at(5));
        QVERIFY(model.entryAt(rows.at(1)).detailed);
        QCOMPARE(model.entryAt(rows.at(2)).client.city, u"Nantes"_s);
        QCOMPARE(marie.data().toString(), u"Marie Durand"_s);
        QCOMPARE(marie.row(), 4);
        QCOMPARE(zoe.row(), 5);
        for (int r = 0; r < model.rowCount(); ++r) {
            const qint64 id = model.entryAt(r).client.clientId;
            if (id > 0)
                QCOMPARE(model.rowOfClientId(id), r);
        }
        QCOMPARE(model.rowOfClientId(0), -1);
        QCOMPARE(model.rowOfClientId(99999), -1);
    }

    // The same batch seen through the filter: the proxy follows the insert and the
    // layout change (its own tester checks every signal) and shows what matches.
    void batchUpsertThroughFilter() {
        ClientsModel model;
        ClientFilterProxy proxy;
        QAbstractItemModelTester modelTester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setClientsModel(&model);
        model.setEntries(sample());
        model.sort(ClientsModel::Email, Qt::DescendingOrder);
        proxy.setSearchText(u"du"_s);
        QPersistentModelIndex marie = proxy.index(0, 0);
        QCOMPARE(marie.data().toString(), u"marie.durand@exemple.com"_s);
        model.upsertAll({entry(u"dumas@example.fr"_s, u"Alex"_s, u"Dumas"_s),
                         entry(u"zz@example.fr"_s, u"Zoé"_s, u"Zèbre"_s),
                         entry(u"aa.dulac@example.fr"_s, u"Aude"_s, u"Dulac"_s)});
        QCOMPARE(visibleEmails(proxy),
                 (QStringList{u"marie.durand@exemple.com"_s, u"jean.dupont@example.fr"_s,
                              u"dumas@example.fr"_s, u"aa.dulac@example.fr"_s}));
        QCOMPARE(marie.data().toString(), u"marie.durand@exemple.com"_s);
        proxy.setSearchText(QString());
        QCOMPARE(proxy.rowCount(), 7);
    }

    // Statistics bring many emails at once: the directory hands them to the model in
    // one pass, so the views see one insert (and one layout change), not one per email.
    void directoryRecordsEmailsInOnePass() {
        ClientsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries(sample());
        model.sort(ClientsModel::Email, Qt::AscendingOrder);
        ClientDirectory directory(&model);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy layouts(&model, &QAbstractItemModel::layoutChanged);
        QSignalSpy recorded(&directory, &ClientDirectory::clientRecorded);
        QStringList emails;
        for (int i = 0; i < 50; ++i)
            emails.append(u"stats.%1@example.fr"_s.arg((i * 37) % 50, 2, 10, QLatin1Char('0')));
        emails.append(u"jean.dupont@example.fr"_s);
        directory.recordEmails(emails);
        QCOMPARE(inserts.size(), 1);
        QCOMPARE(layouts.size(), 1);
        QCOMPARE(recorded.size(), 51);
        QCOMPARE(model.rowCount(), 54);
        for (int r = 1; r < model.rowCount(); ++r)
            QVERIFY(model.entryAt(r - 1).client.email.compare(model.entryAt(r).client.email,
                                                              Qt::CaseInsensitive)
                    < 0);
        // The known client stays detailed.
        QVERIFY(model.entryAt(model.rowOfEmail(u"jean.dupont@example.fr"_s)).detailed);
        QCOMPARE(model.rowOfClientId(40332), model.rowOfEmail(u"jean.dupont@example.fr"_s));
    }

    // The id lookup follows every way rows move or get an id.
    void clientIdLookupFollowsRows() {
        ClientsModel model;
        model.setEntries(sample());
        QCOMPARE(model.rowOfClientId(40333), 2);
        model.sort(ClientsModel::Name, Qt::DescendingOrder);
        QCOMPARE(model.entryAt(model.rowOfClientId(40333)).client.email,
                 u"marie.durand@exemple.com"_s);
        // An email-only client fetched later: the same row gets its id.
        const int unknown = model.rowOfEmail(u"inconnu@example.fr"_s);
        model.upsert(entry(u"inconnu@example.fr"_s, u"Ines"_s, u"Connue"_s, true, 40340));
        QCOMPARE(model.rowOfClientId(40340), unknown);
        // One insert in place shifts the rows below it.
        model.upsert(entry(u"new@example.fr"_s, u"Nina"_s, u"Neuve"_s, true, 40341));
        for (const qint64 id : {40331, 40332, 40333, 40340, 40341})
            QCOMPARE(model.entryAt(model.rowOfClientId(id)).client.clientId, id);
        // A whole load, with rows recorded before it kept.
        model.setEntries({entry(u"later@example.fr"_s, u"Léo"_s, u"Tard"_s, true, 40342)});
        QCOMPARE(model.rowCount(), 6);
        for (const qint64 id : {40331, 40332, 40333, 40340, 40341, 40342})
            QCOMPARE(model.entryAt(model.rowOfClientId(id)).client.clientId, id);
    }

    // The directory survives a restart: what was recorded is stored, and a new directory
    // on the same file loads it in the background (email-only entries stay email-only
    // until the client is fetched; then the same row becomes the full client).
    void directoryPersistsAndLoadsInBackground() {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"local.sqlite"_s);
        {
            LocalStore store;
            QVERIFY(store.open(file));
            ClientsModel model;
            ClientDirectory directory(&model);
            directory.setStore(&store);
            directory.recordEmails({u"only.email@example.fr"_s, u"later.full@example.fr"_s});
            Client c;
            c.clientId = 40400;
            c.email = u"later.full@example.fr"_s;
            c.firstName = u"Éloïse"_s;
            c.lastName = u"Martin"_s;
            c.city = u"Lyon"_s;
            c.active = true;
            c.groupId = 373;
            c.endSubscriptionDate = QDateTime(QDate(2027, 1, 31), QTime(23, 59, 59));
            directory.recordClient(c);
            directory.recordEmails({u"LATER.full@example.fr"_s}); // must not undo the detail
            directory.recordDeactivated(u"40400"_s, QDateTime::currentDateTime());
        }
        LocalStore store;
        QVERIFY(store.open(file));
        ClientsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        ClientDirectory directory(&model);
        directory.setStore(&store);
        TaskRegistry tasks;
        QSignalSpy loaded(&directory, &ClientDirectory::loaded);
        QSignalSpy taskAdded(&tasks, &TaskRegistry::taskAdded);
        // Recorded while loading: kept beside what the file holds.
        directory.load(&tasks);
        QVERIFY(directory.isLoading());
        QCOMPARE(taskAdded.size(), 1);
        directory.recordEmails({u"meanwhile@example.fr"_s});
        QVERIFY(loaded.wait(5000));
        QVERIFY(tasks.isIdle());
        QCOMPARE(model.rowCount(), 3);
        const DirectoryEntry &full = model.entryAt(model.rowOfEmail(u"later.full@example.fr"_s));
        QVERIFY(full.detailed);
        QCOMPARE(full.client.clientId, 40400);
        QCOMPARE(full.client.firstName, u"Éloïse"_s);
        QCOMPARE(full.client.city, u"Lyon"_s);
        QCOMPARE(full.client.groupId, std::optional<qint64>(373));
        QCOMPARE(full.client.active, false);
        // The API's wall-clock text, read back as the API's (Paris) time.
        QCOMPARE(full.client.endSubscriptionDate.toString(u"yyyy-MM-dd HH:mm:ss"_s),
                 u"2027-01-31 23:59:59"_s);
        QVERIFY(!model.entryAt(model.rowOfEmail(u"only.email@example.fr"_s)).detailed);
        QVERIFY(model.rowOfEmail(u"meanwhile@example.fr"_s) >= 0);
        QCOMPARE(store.allClients().size(), 3);
    }
};

QTEST_MAIN(TestClientsModel)
#include "tst_core_clientsmodel.moc"
