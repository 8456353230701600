#include "servicetest.h"

#include "admin/boxesservice.h"
#include "admin/webhooksservice.h"
#include "cannedhttpserver.h"
#include "clients/clientdraft.h"
#include "clients/clientsservice.h"
#include "net/activitylog.h"

#include <QTest>

namespace {
BoxTag tag(const QString &code) {
    return {code, QStringLiteral("badge %1").arg(code), QStringLiteral("MifareClassicEV1_1K")};
}

template<typename Hook> bool listed(const QList<Hook> &hooks, qint64 id) {
    return std::any_of(hooks.cbegin(), hooks.cend(), [id](const Hook &h) { return h.id == id; });
}

const QUuid kBox = QUuid(QStringLiteral("2f3cb5c8-7b95-468d-9bb1-715ba9c44d93"));
} // namespace

// WebhooksService and BoxesService against the sandbox, and the {"result":"error"}
// answer against a canned server.
class TestAdmin : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void messageWebhooks();
    void boxWebhooks();
    void refusedTarget();
    void tagsAllOrNothing();
    void clientLocations();
    void resultErrorIsAFailure();
};

void TestAdmin::messageWebhooks() {
    ApiTestSession s;
    QVERIFY2(s.ok(), qPrintable(s.error));
    WebhooksService service(&s.api);
    // Port 9 (discard): nothing listens; deliveries fail quietly in the background.
    const QUrl target(QStringLiteral("http://127.0.0.1:9/jobbers/callback"));
    const auto created = await(service.createMessageWebhook(target));
    QVERIFY_ANSWER(created);
    const MessageWebhook hook = *created;
    QVERIFY(hook.id > 0);
    QCOMPARE(hook.url, target);

    auto list = await(service.messageWebhooks());
    QVERIFY_ANSWER(list);
    QVERIFY(listed(*list, hook.id));
    for (const MessageWebhook &h : *list)
        QCOMPARE(h.enterpriseId, std::optional<qint64>(20));

    const auto removed = await(service.removeMessageWebhook(hook.id));
    QVERIFY_ANSWER(removed);
    QCOMPARE(*removed, hook.id);
    list = await(service.messageWebhooks());
    QVERIFY_ANSWER(list);
    QVERIFY(!listed(*list, hook.id));

    const auto again = await(service.removeMessageWebhook(hook.id));
    QVERIFY(again.done && !again.ok());
    QCOMPARE(again.error.kind, ApiError::Kind::NotFound);
}

void TestAdmin::boxWebhooks() {
    ApiTestSession s;
    QVERIFY2(s.ok(), qPrintable(s.error));
    WebhooksService service(&s.api);
    const QUrl target(QStringLiteral("https://hooks.example.test/boxes"));
    const auto created = await(service.createBoxWebhook(target));
    QVERIFY_ANSWER(created);
    const BoxWebhook hook = *created;
    QVERIFY(hook.id > 0);
    QCOMPARE(hook.url, target);

    auto list = await(service.boxWebhooks());
    QVERIFY_ANSWER(list);
    QVERIFY(listed(*list, hook.id));

    const auto removed = await(service.removeBoxWebhook(hook.id));
    QVERIFY_ANSWER(removed);
    list = await(service.boxWebhooks());
    QVERIFY_ANSWER(list);
    QVERIFY(!listed(*list, hook.id));
}

void TestAdmin::refusedTarget() {
    ApiTestSession s;
    QVERIFY2(s.ok(), qPrintable(s.error));
    WebhooksService service(&s.api);
    const auto a = await(service.createMessageWebhook(QUrl(QStringLiteral("ftp://x.example/"))));
    QVERIFY(a.done && !a.ok());
    QCOMPARE(a.error.kind, ApiError::Kind::Validation);
    QVERIFY(a.error.fieldError(QStringLiteral("target")));
}

void TestAdmin::tagsAllOrNothing() {
    ApiTestSession s;
    QVERIFY2(s.ok(), qPrintable(s.error));
    BoxesService service(&s.api);
    const QList<BoxTag> first{tag(QStringLiteral("2223")), tag(QStringLiteral("2224"))};
    const auto created = await(service.createTags(first));
    QVERIFY_ANSWER(created);
    QCOMPARE(*created, first);

    // 2225 is new but 2224 is taken: nothing is created.
    const auto clash =
        await(service.createTags({tag(QStringLiteral("2225")), tag(QStringLiteral("2224"))}));
    QVERIFY(clash.done && !clash.ok());
    QVERIFY(clash.error.kind == ApiError::Kind::Validation
            || clash.error.kind == ApiError::Kind::Conflict);
    QVERIFY(!clash.error.fieldErrors.isEmpty());
    const auto missing = await(service.deleteTags({QStringLiteral("2225")}));
    QVERIFY(missing.done && !missing.ok());

    const QStringList codes{QStringLiteral("2223"), QStringLiteral("2224")};
    const auto disconnected = await(service.disconnectTags(codes));
    QVERIFY_ANSWER(disconnected);
    QCOMPARE(*disconnected, codes);
    const auto deleted = await(service.deleteTags(codes));
    QVERIFY_ANSWER(deleted);
    QCOMPARE(*deleted, codes);

    const auto none = await(service.createTags({}));
    QVERIFY(none.done && !none.ok());
}

void TestAdmin::clientLocations() {
    ApiTestSession s;
    QVERIFY2(s.ok(), qPrintable(s.error));
    ClientsService clients(&s.api);
    ClientDraft d;
    d.email = QStringLiteral("box.user@example.test");
    d.firstName = QStringLiteral("Léa");
    d.lastName = QStringLiteral("Roux");
    d.phonePrefix = QStringLiteral("+33");
    d.phone = QStringLiteral("600000001");
    d.address = QStringLiteral("2 rue du Bac");
    d.zipCode = QStringLiteral("75007");
    d.city = QStringLiteral("Paris");
    d.country = QStringLiteral("FR");
    d.cgu = true;
    const auto created = await(clients.create(d));
    QVERIFY_ANSWER(created);
    const qint64 clientId = created->client.clientId;

    BoxesService service(&s.api);
    const auto linked = await(service.linkClientLocation(clientId, kBox));
    QVERIFY_ANSWER(linked);
    QCOMPARE(linked->clientId, clientId);
    QCOMPARE(linked->boxLocation, kBox);

    const auto twice = await(service.linkClientLocation(clientId, kBox));
    QVERIFY(twice.done && !twice.ok());
    QCOMPARE(twice.error.kind, ApiError::Kind::Conflict);

    const auto unlinked = await(service.unlinkClientLocation(clientId, kBox));
    QVERIFY_ANSWER(unlinked);
    const auto notLinked = await(service.unlinkClientLocation(clientId, kBox));
    QVERIFY(notLinked.done && !notLinked.ok());
    QCOMPARE(notLinked.error.kind, ApiError::Kind::NotFound);

    const auto noBox = await(service.linkClientLocation(clientId, QUuid()));
    QVERIFY(noBox.done && !noBox.ok());
    QVERIFY(noBox.error.fieldError(QStringLiteral("box_location_uid")));
}

void TestAdmin::resultErrorIsAFailure() {
    // The reference's answers can say {"result":"error"} with HTTP 200.
    CannedHttpServer server;
    QVERIFY(server.listen());
    server.setAnswers(
        {CannedHttpServer::respond(
             200,
             R"({"access_token":"87eb6f50-d0e2-45d5-ab18-526b60bfc74c","token_type":"bearer","expires_in":3600})"),
         CannedHttpServer::respond(200, R"({"data":{"result":"error"}})"),
         CannedHttpServer::respond(200, R"({"data":{"result":5}})")});
    ApiClient api;
    ActivityLog log;
    log.watch(&api);
    QString error;
    QVERIFY2(signIn(api, server.baseUrl(), 20, &error), qPrintable(error));
    BoxesService service(&api);
    auto a = await(service.disconnectTags({QStringLiteral("1111")}));
    QVERIFY(a.done && !a.ok());
    QCOMPARE(a.error.kind, ApiError::Kind::Server);
    QVERIFY(!a.error.message.isEmpty());
    a = await(service.disconnectTags({QStringLiteral("1111")}));
    QVERIFY(a.done && !a.ok());
    QCOMPARE(a.error.kind, ApiError::Kind::MalformedAnswer);
    // The activity log says so too, not "200, no error": support reads it.
    const QList<CallRecord> calls = log.records();
    QVERIFY(calls.size() >= 2);
    const CallRecord &said = calls.at(calls.size() - 2);
    const CallRecord &garbled = calls.last();
    QCOMPARE(said.errorKind, ApiError::Kind::Server);
    QCOMPARE(said.httpStatus, 200);
    QVERIFY(said.error.contains(QLatin1String("200")));
    QCOMPARE(garbled.errorKind, ApiError::Kind::MalformedAnswer);
    QVERIFY(log.data(log.index(calls.size() - 1, 0), ActivityLog::FailedRole).toBool());
}

QTEST_GUILESS_MAIN(TestAdmin)
#include "tst_core_admin.moc"
