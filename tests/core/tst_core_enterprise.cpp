#include "servicetest.h"

#include "cannedhttpserver.h"
#include "enterprise/enterpriseservice.h"

#include <QTest>

// EnterpriseService against the sandbox: current, groups, echo (GET and POST).
class TestEnterprise : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void current();
    void currentOtherEnterprise();
    void groups();
    void echo_data();
    void echo();
    void echoPost();
    void twoCallsEachGetTheirOwnAnswer();
    void unauthorizedWithoutSignIn();
    void malformedAnswers();
};

void TestEnterprise::current() {
    ApiTestSession s;
    QVERIFY2(s.ok(), qPrintable(s.error));
    EnterpriseService service(&s.api);
    const auto a = await(service.current());
    QVERIFY_ANSWER(a);
    QCOMPARE(*a, 20); // "20" on the wire
}

void TestEnterprise::currentOtherEnterprise() {
    ApiTestSession s(280);
    QVERIFY2(s.ok(), qPrintable(s.error));
    EnterpriseService service(&s.api);
    const auto a = await(service.current());
    QVERIFY_ANSWER(a);
    QCOMPARE(*a, 280);
}

void TestEnterprise::groups() {
    ApiTestSession s;
    QVERIFY2(s.ok(), qPrintable(s.error));
    EnterpriseService service(&s.api);
    const auto a = await(service.groups());
    QVERIFY_ANSWER(a);
    const QList<Group> groups = *a;
    QCOMPARE(groups.size(), 2);
    QCOMPARE(groups.at(0).groupId, 373);
    QCOMPARE(groups.at(0).name, QStringLiteral("Sous conciergerie #1 Demonstration"));
    QCOMPARE(groups.at(1).groupId, 374);
}

void TestEnterprise::echo_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << ""
                           << "echo";
    QTest::newRow("words") << "hello world"
                           << "echo hello world";
    QTest::newRow("plus stays plus") << "a+b"
                                     << "echo a+b";
    QTest::newRow("slash and query chars") << "a/b?c#d&e"
                                           << "echo a/b?c#d&e";
    QTest::newRow("accents") << "café crème"
                             << "echo café crème";
    QTest::newRow("percent") << "100%"
                             << "echo 100%";
}

void TestEnterprise::echo() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    ApiTestSession s;
    QVERIFY2(s.ok(), qPrintable(s.error));
    EnterpriseService service(&s.api);
    const auto a = await(service.echo(text));
    QVERIFY_ANSWER(a);
    QCOMPARE(*a, expected);
}

void TestEnterprise::echoPost() {
    ApiTestSession s;
    QVERIFY2(s.ok(), qPrintable(s.error));
    EnterpriseService service(&s.api);
    auto a = await(service.echoPost(QStringLiteral("hello world")));
    QVERIFY_ANSWER(a);
    QCOMPARE(*a, QStringLiteral("echo hello world"));
    a = await(service.echoPost(QString()));
    QVERIFY_ANSWER(a);
    QCOMPARE(*a, QStringLiteral("echo"));
}

void TestEnterprise::twoCallsEachGetTheirOwnAnswer() {
    ApiTestSession s;
    QVERIFY2(s.ok(), qPrintable(s.error));
    EnterpriseService service(&s.api);
    // Two calls in flight at once: each handle gets its own call's answer.
    Job<QString> *first = service.echo(QStringLiteral("one"));
    Job<QString> *second = service.echo(QStringLiteral("two"));
    QVERIFY(first != second);
    QVERIFY(!first->isFinished());
    QVERIFY(!second->isFinished());
    QSignalSpy firstGone(first, &QObject::destroyed);
    QSignalSpy secondGone(second, &QObject::destroyed);
    // Attached at once: awaiting one lets the other answer (and free itself) meanwhile.
    QStringList answers(2);
    int failures = 0;
    QObject context;
    first->then(
        &context, [&](const QString &text) { answers[0] = text; },
        [&](const ApiError &) { ++failures; });
    second->then(
        &context, [&](const QString &text) { answers[1] = text; },
        [&](const ApiError &) { ++failures; });
    // Both handles free themselves once answered: nothing left with the service.
    while (firstGone.size() + secondGone.size() < 2
           && (firstGone.size() ? secondGone : firstGone).wait(20000)) {
    }
    QCOMPARE(firstGone.size() + secondGone.size(), 2);
    QCOMPARE(failures, 0);
    QCOMPARE(answers.at(0), QStringLiteral("echo one"));
    QCOMPARE(answers.at(1), QStringLiteral("echo two"));
    QCOMPARE(service.findChildren<ApiJob *>().size(), 0);
}

void TestEnterprise::unauthorizedWithoutSignIn() {
    SandboxFixture f;
    QVERIFY(f.ok());
    ApiClient api;
    QVERIFY(api.setBaseUrl(f.baseUrl()));
    EnterpriseService service(&api);
    const auto a = await(service.current());
    QVERIFY(a.done);
    QVERIFY(!a.ok());
    QCOMPARE(a.error.kind, ApiError::Kind::Unauthorized);
}

void TestEnterprise::malformedAnswers() {
    // Answers of the right HTTP shape but the wrong JSON types: a MalformedAnswer
    // naming the field, never a crash or a half-read list.
    CannedHttpServer server;
    QVERIFY(server.listen());
    server.setAnswers(
        {CannedHttpServer::respond(
             200,
             R"({"access_token":"87eb6f50-d0e2-45d5-ab18-526b60bfc74c","token_type":"bearer","expires_in":3600})"),
         CannedHttpServer::respond(200, R"({"data":{"enterprise_id":"abc"}})"),
         CannedHttpServer::respond(200, R"({"data":[{"group_id":373,"name":"A"},{"name":"B"}]})"),
         CannedHttpServer::respond(200, R"({"data":{"group_id":373}})"),
         CannedHttpServer::respond(200, R"({"data":42})")});
    ApiClient api;
    QString error;
    QVERIFY2(signIn(api, server.baseUrl(), 20, &error), qPrintable(error));
    EnterpriseService service(&api);

    const auto current = await(service.current());
    QVERIFY(current.done && !current.ok());
    QCOMPARE(current.error.kind, ApiError::Kind::MalformedAnswer);
    QVERIFY2(current.error.message.contains(QStringLiteral("enterprise_id")),
             qPrintable(current.error.message));

    auto groups = await(service.groups());
    QVERIFY(groups.done && !groups.ok());
    QCOMPARE(groups.error.kind, ApiError::Kind::MalformedAnswer);
    QVERIFY2(groups.error.message.contains(QStringLiteral("groups[1]")),
             qPrintable(groups.error.message));
    groups = await(service.groups());
    QCOMPARE(groups.error.kind, ApiError::Kind::MalformedAnswer); // an object, not a list

    const auto echo = await(service.echo(QStringLiteral("x")));
    QVERIFY(echo.done && !echo.ok());
    QCOMPARE(echo.error.kind, ApiError::Kind::MalformedAnswer);
}

QTEST_GUILESS_MAIN(TestEnterprise)
#include "tst_core_enterprise.moc"
