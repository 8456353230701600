#include "admin/clientlocationlinks.h"
#include "storage/localstore.h"

#include <QAbstractItemModelTester>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QUuid kBoxA(QStringLiteral("2f3cb5c8-7b95-468d-9bb1-715ba9c44d93"));
const QUuid kBoxB(QStringLiteral("C232AB00-9414-11EC-B3C8-9E6BDECED846"));
} // namespace

// The client–box location links this desk made: kept in LocalStore (format 3) per
// account, since the API cannot list them.
class TestAdminLinks : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void accountSeparatesServersAndEnterprises() {
        const QUrl server(QStringLiteral("https://user@api.example.com/?x=1"));
        QCOMPARE(ClientLocationLinks::accountFor(server, 20),
                 QStringLiteral("https://api.example.com|20"));
        QVERIFY(ClientLocationLinks::accountFor(server, 20)
                != ClientLocationLinks::accountFor(server, 280));
    }

    void linksSurviveAReopenPerAccount() {
        const QString path = m_dir.filePath(QStringLiteral("links.sqlite"));
        const QString mine = QStringLiteral("http://127.0.0.1:1|20");
        const QString other = QStringLiteral("http://127.0.0.1:1|280");
        {
            LocalStore store;
            QVERIFY2(store.open(path), qPrintable(store.errorString()));
            ClientLocationLinks links;
            QAbstractItemModelTester tester(&links,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            links.setStore(&store);
            links.setAccount(mine);
            QCOMPARE(links.rowCount(), 0);
            links.recordLinked(12399, QStringLiteral("Ada Lovelace"), kBoxA);
            links.recordLinked(12399, QStringLiteral("Ada Lovelace"), kBoxB);
            links.recordLinked(12399, QStringLiteral("Ada King"), kBoxA); // the same link
            QCOMPARE(links.rowCount(), 2);
            QCOMPARE(links.index(0, ClientLocationLinks::ClientColumn).data().toString(),
                     QStringLiteral("Ada King"));
            // Stored as the API writes it: lower case, no braces.
            QCOMPARE(links.index(1, ClientLocationLinks::LocationColumn).data().toString(),
                     QStringLiteral("c232ab00-9414-11ec-b3c8-9e6bdeced846"));
            QVERIFY(links.contains(12399, kBoxB));
            links.setAccount(other);
            QCOMPARE(links.rowCount(), 0);
            links.recordLinked(7, QString(), kBoxA);
            QCOMPARE(links.index(0, ClientLocationLinks::ClientColumn).data().toString(),
                     QStringLiteral("Client 7"));
        }
        LocalStore store;
        QVERIFY(store.open(path));
        ClientLocationLinks links;
        QAbstractItemModelTester tester(&links,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        links.setAccount(mine);
        links.setStore(&store);
        QCOMPARE(links.rowCount(), 2);
        links.recordUnlinked(12399, kBoxA);
        QCOMPARE(links.rowCount(), 1);
        QVERIFY(!links.contains(12399, kBoxA));
        links.recordUnlinked(12399, kBoxA); // not there any more: nothing happens
        QCOMPARE(links.rowCount(), 1);
        QCOMPARE(store.clientLocations(mine).size(), 1);
        QCOMPARE(store.clientLocations(other).size(), 1);
    }

    // A file of format 2 (before the links) is upgraded and keeps its rows.
    void formatTwoIsUpgraded() {
        const QString path = m_dir.filePath(QStringLiteral("v2.sqlite"));
        {
            LocalStore store;
            QVERIFY(store.open(path));
            QVERIFY(store.saveDraft(QStringLiteral("c1"), QStringLiteral("kept")));
        }
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v2"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const char *sql :
                 {"DROP TABLE IF EXISTS stats_months", "DROP TABLE IF EXISTS client_locations",
                  "DROP TABLE IF EXISTS conversation_checks",
                  "DROP TABLE IF EXISTS conversation_index",
                  "ALTER TABLE outbox DROP COLUMN sender",
                  "ALTER TABLE outbox DROP COLUMN file_name",
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
        LocalStore store;
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
        QCOMPARE(store.userVersion(), LocalStore::schemaVersion());
        QVERIFY(LocalStore::schemaVersion() >= 3);
        QCOMPARE(store.draft(QStringLiteral("c1")), QStringLiteral("kept"));
        ClientLocationLink link{QStringLiteral("a|1"), 5, QStringLiteral("x"), uidTextA(),
                                QDateTime::currentDateTimeUtc()};
        QVERIFY(store.saveClientLocation(link));
        QCOMPARE(store.clientLocations(QStringLiteral("a|1")).size(), 1);
    }

    // Without a store (or with one that failed to open) the list still works in memory.
    void withoutAStore() {
        ClientLocationLinks links;
        links.setAccount(QStringLiteral("x|1"));
        links.recordLinked(1, QStringLiteral("A"), kBoxA);
        QCOMPARE(links.rowCount(), 1);
    }

private:
    static QString uidTextA() { return kBoxA.toString(QUuid::WithoutBraces); }
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestAdminLinks)
#include "tst_core_adminlinks.moc"
