#include "storage/localstore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {
QByteArray digest(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}
} // namespace

// The local SQLite file: schema and migrations, each table's typed methods, and files it
// must refuse without touching them.
class TestLocalStore : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void freshFileGetsTheSchemaInWal() {
        const QString path = m_dir.filePath(QStringLiteral("fresh/store.sqlite"));
        LocalStore store;
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
        QCOMPARE(store.userVersion(), LocalStore::schemaVersion());
        QCOMPARE(store.openError(), LocalStore::OpenError::None);
        QSqlDatabase check =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("t"));
        check.setDatabaseName(path);
        QVERIFY(check.open());
        QSqlQuery mode(check);
        QVERIFY(mode.exec(QStringLiteral("PRAGMA journal_mode")) && mode.next());
        QCOMPARE(mode.value(0).toString(), QStringLiteral("wal"));
        check.close();
        check = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("t"));
    }

    void clients() {
        LocalStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("clients.sqlite"))));
        StoredClient c;
        c.clientId = 40301;
        c.email = QStringLiteral("Marie.Curie@example.com");
        c.firstName = QStringLiteral("Marie");
        c.lastName = QStringLiteral("Curie");
        c.groupId = 7;
        c.endSubscriptionDate = QStringLiteral("2027-01-31 23:59:59");
        c.rawJson = R"({"client_id":40301})";
        QVERIFY(store.upsertClient(c));
        c.lastName = QStringLiteral("Skłodowska-Curie");
        QVERIFY(store.upsertClient(c)); // the same id updates
        StoredClient other = c;
        other.clientId = 40302;
        other.email = QStringLiteral("pierre@example.com");
        other.firstName = QStringLiteral("Pierre");
        other.lastName = QStringLiteral("Curie");
        other.groupId = 0;
        other.active = false;
        QVERIFY(store.upsertClient(other));

        const auto found = store.clientByEmail(QStringLiteral("marie.curie@EXAMPLE.com"));
        QVERIFY(found);
        QCOMPARE(found->clientId, 40301);
        QCOMPARE(found->lastName, QStringLiteral("Skłodowska-Curie"));
        QCOMPARE(found->groupId, 7);
        QCOMPARE(found->rawJson, QByteArray(R"({"client_id":40301})"));
        QVERIFY(found->lastSeen.isValid());
        QVERIFY(!store.clientByEmail(QStringLiteral("nobody@example.com")));
        QCOMPARE(store.allClients().size(), 2);
        const QList<StoredClient> pierre = store.allClients(QStringLiteral("pierre"));
        QCOMPARE(pierre.size(), 1);
        QCOMPARE(pierre.first().active, false);
        QCOMPARE(pierre.first().groupId, 0);
    }

    void drafts() {
        LocalStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("drafts.sqlite"))));
        const QString conv = QStringLiteral("5f0c1e2d3b4a59687766aabb");
        QCOMPARE(store.draft(conv), QString());
        QVERIFY(store.saveDraft(conv, QStringLiteral("Bonjour,")));
        QVERIFY(store.saveDraft(conv, QStringLiteral("Bonjour, votre colis est arrivé.")));
        QCOMPARE(store.draft(conv), QStringLiteral("Bonjour, votre colis est arrivé."));
        QVERIFY(store.removeDraft(conv));
        QCOMPARE(store.draft(conv), QString());
    }

    void outboxSurvivesReopen() {
        const QString path = m_dir.filePath(QStringLiteral("outbox.sqlite"));
        qint64 id = 0;
        {
            LocalStore store;
            QVERIFY(store.open(path));
            OutboxItem text;
            text.conversationId = QStringLiteral("c1");
            text.payload = R"({"text":"hello"})";
            id = store.addOutboxItem(text);
            QVERIFY(id > 0);
            OutboxItem file;
            file.conversationId = QStringLiteral("c2");
            file.kind = OutboxItem::Kind::Attachment;
            file.filePath = QStringLiteral("/tmp/photo.jpg");
            QVERIFY(store.addOutboxItem(file) > id);
        }
        LocalStore store;
        QVERIFY(store.open(path));
        QCOMPARE(store.outbox().size(), 2);
        QList<OutboxItem> c1 = store.outbox(QStringLiteral("c1"));
        QCOMPARE(c1.size(), 1);
        QCOMPARE(c1.first().state, OutboxItem::State::Queued);
        QVERIFY(c1.first().createdAt.isValid());
        OutboxItem item = c1.first();
        item.state = OutboxItem::State::Failed;
        item.attempts = 3;
        item.error = QStringLiteral("503");
        QVERIFY(store.updateOutboxItem(item));
        item = store.outbox(QStringLiteral("c1")).first();
        QCOMPARE(item.state, OutboxItem::State::Failed);
        QCOMPARE(item.attempts, 3);
        QCOMPARE(item.error, QStringLiteral("503"));
        QCOMPARE(store.outbox(QStringLiteral("c2")).first().kind, OutboxItem::Kind::Attachment);
        QVERIFY(store.removeOutboxItem(id));
        QVERIFY(!store.removeOutboxItem(id));
        QCOMPARE(store.outbox().size(), 1);
    }

    void assignmentReferences() {
        LocalStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("assign.sqlite"))));
        const QString email = QStringLiteral("client@example.com");
        QVERIFY(!store.pendingAssignment(email, 3));
        AssignmentReference ref;
        ref.paymentReference = QStringLiteral("BO-2026-0001");
        ref.email = email;
        ref.stockId = 3;
        QVERIFY(store.createAssignmentReference(ref));
        QVERIFY2(!store.createAssignmentReference(ref), "a reference is unique");
        const auto pending = store.pendingAssignment(email, 3);
        QVERIFY(pending);
        QCOMPARE(pending->paymentReference, ref.paymentReference);
        QCOMPARE(pending->state, AssignmentReference::State::Pending);
        QVERIFY(!store.pendingAssignment(email, 4));
        QVERIFY(
            store.markAssignmentDone(ref.paymentReference, QStringLiteral("2027-02-28 23:59:59")));
        QVERIFY(!store.pendingAssignment(email, 3));
        QVERIFY(!store.markAssignmentDone(QStringLiteral("unknown"), {}));
    }

    void refusedFilesAreLeftUntouched_data() {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<LocalStore::OpenError>("error");
        QByteArray garbage;
        for (int i = 0; i < 4096; ++i)
            garbage.append(char((i * 37 + 11) % 256));
        QTest::newRow("garbage") << garbage << LocalStore::OpenError::Corrupt;
        QTest::newRow("text") << QByteArray("clients,email\n1,a@b.c\n")
                              << LocalStore::OpenError::Corrupt;
        QByteArray damaged("SQLite format 3\0", 16);
        damaged.append(garbage);
        QTest::newRow("damaged sqlite") << damaged << LocalStore::OpenError::Corrupt;
        QTest::newRow("newer version") << QByteArray() << LocalStore::OpenError::NewerVersion;
    }
    void refusedFilesAreLeftUntouched() {
        QFETCH(QByteArray, content);
        QFETCH(LocalStore::OpenError, error);
        const QString path =
            m_dir.filePath(QStringLiteral("refused-%1.sqlite")
                               .arg(QString::fromLatin1(QTest::currentDataTag())
                                        .replace(QLatin1Char(' '), QLatin1Char('-'))));
        if (content.isEmpty()) {
            // A file from a future version: valid SQLite with a higher user_version.
            {
                QSqlDatabase db =
                    QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
                db.setDatabaseName(path);
                QVERIFY(db.open());
                QSqlQuery q(db);
                QVERIFY(q.exec(QStringLiteral("CREATE TABLE future_things (x)")));
                QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
                db.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("future"));
        } else {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        const QByteArray before = digest(path);
        const qint64 sizeBefore = QFileInfo(path).size();
        LocalStore store;
        QVERIFY(!store.open(path));
        QCOMPARE(store.openError(), error);
        QVERIFY(!store.errorString().isEmpty());
        QVERIFY(store.errorString().contains(path));
        QVERIFY(!store.isOpen());
        QCOMPARE(digest(path), before);
        QCOMPARE(QFileInfo(path).size(), sizeBefore);
    }

    // A file of format 1 is upgraded in place, keeping its rows.
    void migratesAnOlderFile() {
        const QString path = m_dir.filePath(QStringLiteral("old.sqlite"));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE drafts (conversation_id TEXT PRIMARY KEY,"
                                          " text TEXT NOT NULL, updated_at TEXT NOT NULL)")));
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE pass_assignments (payment_reference TEXT"
                                          " PRIMARY KEY, email TEXT NOT NULL COLLATE NOCASE,"
                                          " stock_id INTEGER NOT NULL, created_at TEXT NOT NULL,"
                                          " state TEXT NOT NULL, end_subscription_date TEXT)")));
            QVERIFY(q.exec(QStringLiteral(
                "CREATE TABLE outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, conversation_id TEXT"
                " NOT NULL, kind TEXT NOT NULL, payload BLOB, file_path TEXT, state TEXT NOT NULL,"
                " attempts INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL, error TEXT)")));
            QVERIFY(
                q.exec(QStringLiteral("INSERT INTO outbox (conversation_id, kind, payload, state,"
                                      " created_at) VALUES ('c9', 'text', 'hello', 'pending',"
                                      " '2026-01-01T00:00:00.000Z')")));
            QVERIFY(
                q.exec(QStringLiteral("INSERT INTO drafts VALUES ('c9', 'kept', '2026-01-01')")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
        LocalStore store;
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
        QCOMPARE(store.userVersion(), LocalStore::schemaVersion());
        QCOMPARE(store.draft(QStringLiteral("c9")), QStringLiteral("kept"));
        // A queued message of format 1 is still queued, as the agent.
        const QList<OutboxItem> outbox = store.outbox(QStringLiteral("c9"));
        QCOMPARE(outbox.size(), 1);
        QCOMPARE(outbox.first().state, OutboxItem::State::Queued);
        QCOMPARE(outbox.first().sender, OutboxItem::Sender::Agent);
        QCOMPARE(outbox.first().text(), QStringLiteral("hello"));
    }
};

QTEST_GUILESS_MAIN(TestLocalStore)
#include "tst_core_localstore.moc"
