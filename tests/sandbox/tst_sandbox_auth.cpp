#include "sandboxfixture.h"
#include "sandboxserver.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

// The token, its expiry, and what every endpoint shares: 404, 405, 422, CORS, 401.
class TestSandboxAuth : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void tokenSuccessShape();
    void tokenErrors_data();
    void tokenErrors();
    void tokenAcceptsFormEncoding();
    void tokenAcceptsJsonLabelledAsForm();
    void unauthorized_data();
    void unauthorized();
    void unknownPathIsJson404();
    void wrongMethodIs405WithAllow();
    void notJsonIs422();
    void corsPreflight();
    void tokenExpiresAndSlides();
};

void TestSandboxAuth::tokenSuccessShape() {
    SandboxFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const HttpResult r =
        f.postJson(QStringLiteral("/oneapi/authentication/token"),
                   {{QStringLiteral("grant_type"), QStringLiteral("password")},
                    {QStringLiteral("username"), QStringLiteral("demo-20-key")},
                    {QStringLiteral("password"), QStringLiteral("demo-20-secret")}},
                   {});
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("Content-Type").startsWith("application/json"));
    const QJsonObject o = r.object();
    const QUuid uuid = QUuid::fromString(o.value(QStringLiteral("access_token")).toString());
    QVERIFY(!uuid.isNull());
    QCOMPARE(uuid.version(), QUuid::Random);
    QCOMPARE(o.value(QStringLiteral("token_type")).toString(), QStringLiteral("bearer"));
    QVERIFY(o.value(QStringLiteral("expires_in")).isDouble());
    QCOMPARE(o.value(QStringLiteral("expires_in")).toInt(), 3600);
}

void TestSandboxAuth::tokenErrors_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::newRow("missing grant_type")
        << QByteArray(R"({"username":"demo-20-key","password":"demo-20-secret"})") << 400
        << QStringLiteral("cannot_be_blank/grant_type");
    QTest::newRow("missing username")
        << QByteArray(R"({"grant_type":"password","password":"demo-20-secret"})") << 400
        << QStringLiteral("cannot_be_blank/username");
    QTest::newRow("missing password")
        << QByteArray(R"({"grant_type":"password","username":"demo-20-key"})") << 400
        << QStringLiteral("cannot_be_blank/password");
    QTest::newRow("other grant") << QByteArray(
        R"({"grant_type":"client_credentials","username":"demo-20-key","password":"demo-20-secret"})")
                                 << 400 << QStringLiteral("is_invalid/grant_type");
    QTest::newRow("unknown key") << QByteArray(
        R"({"grant_type":"password","username":"nope","password":"demo-20-secret"})")
                                 << 401 << QString();
    QTest::newRow("wrong secret") << QByteArray(
        R"({"grant_type":"password","username":"demo-20-key","password":"demo-280-secret"})")
                                  << 401 << QString();
    QTest::newRow("not json") << QByteArray("{grant_type") << 422 << QString();
}

void TestSandboxAuth::tokenErrors() {
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, error);
    SandboxFixture f;
    QVERIFY(f.ok());
    const HttpResult r = f.request("POST", QStringLiteral("/oneapi/authentication/token"), body, {},
                                   {{"Content-Type", "application/json"}});
    QCOMPARE(r.status, status);
    QVERIFY(r.object().value(QStringLiteral("errors")).isArray());
    if (!error.isEmpty())
        QCOMPARE(r.firstError(), error);
    QVERIFY(!r.object().contains(QStringLiteral("access_token")));
}

void TestSandboxAuth::tokenAcceptsFormEncoding() {
    SandboxFixture f;
    const HttpResult r =
        f.request("POST", QStringLiteral("/oneapi/authentication/token"),
                  "grant_type=password&username=demo-280-key&password=demo-280-secret", {},
                  {{"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(r.status, 200);
    const QString token = r.object().value(QStringLiteral("access_token")).toString();
    QCOMPARE(f.get(QStringLiteral("/oneapi/v0/current"), token)
                 .data()
                 .toObject()
                 .value(QStringLiteral("enterprise_id")),
             QJsonValue(QStringLiteral("280")));
}

void TestSandboxAuth::tokenAcceptsJsonLabelledAsForm() {
    // What "curl -d '{...}'" sends: a JSON body with a form Content-Type.
    SandboxFixture f;
    const HttpResult r = f.request(
        "POST", QStringLiteral("/oneapi/authentication/token"),
        R"({"grant_type":"password","username":"demo-20-key","password":"demo-20-secret"})", {},
        {{"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(r.status, 200);
    QVERIFY(!r.object().value(QStringLiteral("access_token")).toString().isEmpty());
}

void TestSandboxAuth::unauthorized_data() {
    QTest::addColumn<QByteArray>("authorization");
    QTest::newRow("missing") << QByteArray();
    QTest::newRow("unknown token") << QByteArray("Bearer 87eb6f50-d0e2-45d5-ab18-526b60bfc74c");
    QTest::newRow("not bearer") << QByteArray("Basic ZGVtbzpkZW1v");
}

void TestSandboxAuth::unauthorized() {
    QFETCH(QByteArray, authorization);
    SandboxFixture f;
    QList<QPair<QByteArray, QByteArray>> h;
    if (!authorization.isEmpty())
        h.append({"Authorization", authorization});
    const HttpResult r = f.request("GET", QStringLiteral("/oneapi/v0/current"), {}, {}, h);
    QCOMPARE(r.status, 401);
    QVERIFY(r.object().value(QStringLiteral("errors")).isArray());
}

void TestSandboxAuth::unknownPathIsJson404() {
    SandboxFixture f;
    const HttpResult r = f.get(QStringLiteral("/oneapi/v0/nothing-here"), f.token());
    QCOMPARE(r.status, 404);
    QVERIFY(r.header("Content-Type").startsWith("application/json"));
    QVERIFY(r.object().value(QStringLiteral("errors")).isArray());
}

void TestSandboxAuth::wrongMethodIs405WithAllow() {
    SandboxFixture f;
    const HttpResult r = f.request("DELETE", QStringLiteral("/oneapi/v0/current"), {}, f.token());
    QCOMPARE(r.status, 405);
    QVERIFY(r.header("Allow").contains("GET"));
    QVERIFY(r.object().value(QStringLiteral("errors")).isArray());
}

void TestSandboxAuth::notJsonIs422() {
    SandboxFixture f;
    const HttpResult r = f.request("POST", QStringLiteral("/oneapi/v0/echo"), "<html>", f.token(),
                                   {{"Content-Type", "application/json"}});
    QCOMPARE(r.status, 422);
    QVERIFY(r.object().value(QStringLiteral("errors")).isArray());
}

void TestSandboxAuth::corsPreflight() {
    SandboxFixture f;
    const HttpResult r = f.request("OPTIONS", QStringLiteral("/oneapi/v0/current"), {}, {},
                                   {{"Origin", "http://localhost:9099"},
                                    {"Access-Control-Request-Method", "GET"},
                                    {"Access-Control-Request-Headers", "authorization"}});
    QCOMPARE(r.status, 204);
    QCOMPARE(r.header("Access-Control-Allow-Origin"), QByteArray("*"));
    const QByteArray allowHeaders = r.header("Access-Control-Allow-Headers");
    QVERIFY(allowHeaders.contains("Authorization"));
    QVERIFY(allowHeaders.contains("Content-Type"));
    QVERIFY(!allowHeaders.contains("*"));
    QVERIFY(r.header("Access-Control-Allow-Methods").contains("GET"));
    // Ordinary answers carry the origin header too.
    QCOMPARE(f.get(QStringLiteral("/oneapi/v0/current"), f.token())
                 .header("Access-Control-Allow-Origin"),
             QByteArray("*"));
}

void TestSandboxAuth::tokenExpiresAndSlides() {
    SandboxOptions o;
    o.tokenTtlSeconds = 2;
    SandboxFixture f(o);
    const HttpResult t =
        f.postJson(QStringLiteral("/oneapi/authentication/token"),
                   {{QStringLiteral("grant_type"), QStringLiteral("password")},
                    {QStringLiteral("username"), QStringLiteral("demo-20-key")},
                    {QStringLiteral("password"), QStringLiteral("demo-20-secret")}},
                   {});
    QCOMPARE(t.object().value(QStringLiteral("expires_in")).toInt(), 2);
    const QString token = t.object().value(QStringLiteral("access_token")).toString();
    // Used every second of sandbox time for 4 s: it outlives its 2 s TTL because each
    // use slides it. The clock is moved, not waited for.
    for (int i = 0; i < 4; ++i) {
        QVERIFY(f.advanceClock(1));
        QCOMPARE(f.get(QStringLiteral("/oneapi/v0/echo"), token).status, 200);
    }
    // Left alone past its TTL, it dies.
    QVERIFY(f.advanceClock(3));
    QCOMPARE(f.get(QStringLiteral("/oneapi/v0/echo"), token).status, 401);
}

QTEST_MAIN(TestSandboxAuth)
#include "tst_sandbox_auth.moc"
