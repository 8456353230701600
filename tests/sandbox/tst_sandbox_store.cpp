#include "sandboxcontext.h"
#include "sandboxfixture.h"
#include "sandboxrows.h"
#include "sandboxserver.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTest>

// The sandbox's store: an insert answers the id of its own row; a failing store gets
// one and the same 500 answer from every route; the demo data is never dated later
// than now.
class TestSandboxStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void insertAnswersItsOwnId();
    void failedInsertAnswersNoId();
    void databaseErrorIsOneAnswer_data();
    void databaseErrorIsOneAnswer();
    void demoDataIsNeverDatedAfterNow();
};

void TestSandboxStore::initTestCase() {
    // The failing statements below are logged as warnings on purpose.
    QLoggingCategory::setFilterRules(QStringLiteral("jobbers.sandbox.store.warning=false"));
}

void TestSandboxStore::insertAnswersItsOwnId() {
    SandboxFixture f(SandboxRows::unseeded());
    QVERIFY2(f.ok(), qPrintable(f.error()));
    SandboxStore &store = f.server().context().store();
    const std::optional<qint64> hook = store.insert(QStringLiteral(
        "INSERT INTO message_webhooks (enterprise_id, url) VALUES (20, 'http://a')"));
    QVERIFY(hook);
    QCOMPARE(*hook, 149); // the seeded sequence starts at 148
    // Other statements in between (a SELECT, an UPDATE, an insert elsewhere) do not
    // change what the first insert answered, and each insert answers its own row.
    QVERIFY(store.scalar(QStringLiteral("SELECT COUNT(*) FROM clients")).isValid());
    QVERIFY(store.exec(QStringLiteral("UPDATE message_webhooks SET url = 'http://b'")));
    const std::optional<qint64> box = store.insert(
        QStringLiteral("INSERT INTO box_webhooks (enterprise_id, url) VALUES (20, 'http://c')"));
    QVERIFY(box);
    QCOMPARE(*box, 150);
    QCOMPARE(store.scalar(QStringLiteral("SELECT url FROM message_webhooks WHERE id = ?"), {*hook})
                 .toString(),
             QStringLiteral("http://b"));
    QCOMPARE(store.scalar(QStringLiteral("SELECT url FROM box_webhooks WHERE id = ?"), {*box})
                 .toString(),
             QStringLiteral("http://c"));
    // Over HTTP, the answered id names the row created.
    const QString token = f.token();
    const HttpResult r =
        f.postJson(QStringLiteral("/api/v0/webhooks"),
                   {{QStringLiteral("target"), QStringLiteral("http://d")}}, token);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QStringLiteral("id")).toString(), QStringLiteral("150"));
}

void TestSandboxStore::failedInsertAnswersNoId() {
    SandboxFixture f(SandboxRows::unseeded());
    SandboxStore &store = f.server().context().store();
    QVERIFY(store.insert(QStringLiteral(
        "INSERT INTO message_webhooks (enterprise_id, url) VALUES (20, 'http://a')")));
    // Tag 1 exists: the primary key refuses it, and no earlier id is reported instead.
    QVERIFY(!store.insert(QStringLiteral("INSERT INTO tags (id, tag_name) VALUES (1, 'again')")));
    QVERIFY(!store.insert(QStringLiteral("INSERT INTO nowhere (x) VALUES (1)")));
}

void TestSandboxStore::databaseErrorIsOneAnswer_data() {
    QTest::addColumn<QString>("table");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("webhooks") << QStringLiteral("message_webhooks") << QByteArray("POST")
                              << QStringLiteral("/api/v0/webhooks")
                              << QByteArray(R"({"target":"http://x"})");
    QTest::newRow("stocks") << QStringLiteral("stocks") << QByteArray("GET")
                            << QStringLiteral("/oneapi/v0/stockofpasses") << QByteArray();
    QTest::newRow("conversations") << QStringLiteral("conversations") << QByteArray("POST")
                                   << QStringLiteral("/api/v0/conversations")
                                   << QByteArray(R"({"client_id":40301,"subject":"x"})");
    QTest::newRow("box locations") << QStringLiteral("client_locations") << QByteArray("POST")
                                   << QStringLiteral("/api/v0/boxes_client_location")
                                   << QByteArray(R"({"client_id":40301,)"
                                                 R"("box_location_uid":)"
                                                 R"("6f1c2d3e-4a5b-4c6d-8e7f-0a1b2c3d4e5f"})");
    QTest::newRow("autologin") << QStringLiteral("login_tokens") << QByteArray("GET")
                               << QStringLiteral("/oneapi/v0/clients/40301/login") << QByteArray();
}

void TestSandboxStore::databaseErrorIsOneAnswer() {
    QFETCH(QString, table);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    SandboxFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const QString token = f.token();
    QVERIFY(f.server().context().store().exec(
        QStringLiteral("ALTER TABLE %1 RENAME TO %1_gone").arg(table)));
    const HttpResult r =
        f.request(method, path, body, token, {{"Content-Type", "application/json"}});
    QCOMPARE(r.status, 500);
    QCOMPARE(
        r.json,
        QJsonDocument::fromJson(
            R"({"errors":[{"title":"is_invalid","source":"server","detail":"database error"}]})"));
}

void TestSandboxStore::demoDataIsNeverDatedAfterNow() {
    SandboxFixture f; // seeded
    QVERIFY2(f.ok(), qPrintable(f.error()));
    SandboxContext &sb = f.server().context();
    // The API's dates compare as text.
    const QString now = sb.clock().nowString();
    const QString message =
        sb.store().scalar(QStringLiteral("SELECT MAX(received) FROM messages")).toString();
    QVERIFY2(!message.isEmpty() && message <= now,
             qPrintable(message + QStringLiteral(" > ") + now));
    const QString updated =
        sb.store().scalar(QStringLiteral("SELECT MAX(last_updated) FROM conversations")).toString();
    QVERIFY2(updated <= now, qPrintable(updated + QStringLiteral(" > ") + now));
    const QString created =
        sb.store()
            .scalar(QStringLiteral("SELECT MAX(creation_date) FROM conversations"))
            .toString();
    QVERIFY2(created <= now, qPrintable(created + QStringLiteral(" > ") + now));
}

QTEST_MAIN(TestSandboxStore)
#include "tst_sandbox_store.moc"
