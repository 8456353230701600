#include "sandboxfixture.h"

#include <QTest>

// Who is signed in, its groups, and echo (routes/enterpriseroutes.cpp).
class TestSandboxEnterprise : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void currentAndGroups();
    void echo_data();
    void echo();
    void echoPost();
};

void TestSandboxEnterprise::currentAndGroups() {
    SandboxFixture f;
    const QString token = f.token(20);
    const HttpResult current = f.get(QStringLiteral("/oneapi/v0/current"), token);
    QCOMPARE(current.status, 200);
    // A string, as the reference shows it.
    QCOMPARE(current.data().toObject().value(QStringLiteral("enterprise_id")),
             QJsonValue(QStringLiteral("20")));
    const HttpResult groups = f.get(QStringLiteral("/oneapi/v0/groupsofenterprises"), token);
    QCOMPARE(groups.status, 200);
    const QJsonArray list = groups.data().toArray();
    QCOMPARE(list.size(), 2);
    QVERIFY(list.at(0).toObject().value(QStringLiteral("group_id")).isDouble());
    QCOMPARE(list.at(0).toObject().value(QStringLiteral("group_id")).toInt(), 373);
    QCOMPARE(list.at(0).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("Sous conciergerie #1 Demonstration"));
    // The other enterprise sees its own groups only.
    const QJsonArray other =
        f.get(QStringLiteral("/oneapi/v0/groupsofenterprises"), f.token(280)).data().toArray();
    QCOMPARE(other.size(), 2);
    QCOMPARE(other.at(0).toObject().value(QStringLiteral("group_id")).toInt(), 375);
}

void TestSandboxEnterprise::echo_data() {
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no text") << QStringLiteral("/oneapi/v0/echo") << QStringLiteral("echo");
    QTest::newRow("trailing slash") << QStringLiteral("/oneapi/v0/echo/") << QStringLiteral("echo");
    QTest::newRow("plus is space")
        << QStringLiteral("/oneapi/v0/echo/hello+world") << QStringLiteral("echo hello world");
    QTest::newRow("percent") << QStringLiteral("/oneapi/v0/echo/caf%C3%A9%20cr%C3%A8me")
                             << QStringLiteral("echo café crème");
}

void TestSandboxEnterprise::echo() {
    QFETCH(QString, path);
    QFETCH(QString, expected);
    SandboxFixture f;
    const HttpResult r = f.get(path, f.token());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.data().toString(), expected);
}

void TestSandboxEnterprise::echoPost() {
    SandboxFixture f;
    const QString token = f.token();
    HttpResult r = f.postJson(QStringLiteral("/oneapi/v0/echo"),
                              {{QStringLiteral("text"), QStringLiteral("hello world")}}, token);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.data().toString(), QStringLiteral("echo hello world"));
    r = f.postJson(QStringLiteral("/oneapi/v0/echo"), {}, token);
    QCOMPARE(r.data().toString(), QStringLiteral("echo"));
    r = f.postJson(QStringLiteral("/oneapi/v0/echo"), {{QStringLiteral("text"), 3}}, token);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.firstError(), QStringLiteral("is_invalid/text"));
}

QTEST_MAIN(TestSandboxEnterprise)
#include "tst_sandbox_enterprise.moc"
