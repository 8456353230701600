#include "sandboxfixture.h"
#include "sandboxrows.h"

#include <QTest>

// Box tags (all-or-nothing batches, an error per offending item), client
// locations and box webhooks (wrapped list, ids as strings), with tenancy.
class TestSandboxBoxes : public TwoTenantsTest {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void createTags();
    void createErrors_data();
    void createErrors();
    void codesArePerEnterprise();
    void deleteTags();
    void deleteErrors_data();
    void deleteErrors();
    void disconnectTags();
    void linkAndUnlinkLocation();
    void locationErrors_data();
    void locationErrors();
    void boxWebhooks();
    void boxWebhookErrors();

private:
    HttpResult tags(const QByteArray &method, const QString &path, const QByteArray &body,
                    const QString &token = {});
    qint64 tagCount(qint64 enterpriseId = 20);
};

namespace {
const QString kTags = QStringLiteral("/api/v0/boxes_tags");
const QString kDisconnect = QStringLiteral("/api/v0/boxes_disconnect_tags");
const QString kLocation = QStringLiteral("/api/v0/boxes_client_location");
const QString kHooks = QStringLiteral("/api/v0/boxes_webhook");
const QString kUid = QStringLiteral("2f3cb5c8-7b95-468d-9bb1-715ba9c44d93");
const QByteArray kTwoTags =
    R"({"tags":[{"code":"2223","description":"two","technologyType":"MifareClassicEV1_1K"},)"
    R"({"code":"2224","description":"two","technologyType":"MifareClassicEV1_1K"}]})";

QJsonObject success() {
    return {{QStringLiteral("data"),
             QJsonObject{{QStringLiteral("result"), QStringLiteral("success")}}}};
}

QStringList errorList(const HttpResult &r) {
    QStringList out;
    const QJsonArray errors = r.object().value(QStringLiteral("errors")).toArray();
    for (const QJsonValue &e : errors) {
        out << e.toObject().value(QStringLiteral("title")).toString() + QLatin1Char('/')
                   + e.toObject().value(QStringLiteral("source")).toString();
    }
    return out;
}
} // namespace

void TestSandboxBoxes::init() {
    QVERIFY2(startTenants(), qPrintable(startError()));
}

void TestSandboxBoxes::cleanup() {
    m_f.reset();
}

HttpResult TestSandboxBoxes::tags(const QByteArray &method, const QString &path,
                                  const QByteArray &body, const QString &token) {
    return m_f->request(method, path, body, token.isEmpty() ? m_token : token,
                        {{"Content-Type", "application/json"}});
}

qint64 TestSandboxBoxes::tagCount(qint64 enterpriseId) {
    return SandboxRows::count(
        *m_f, QStringLiteral("SELECT COUNT(*) FROM box_tags WHERE enterprise_id = ?"),
        {enterpriseId});
}

void TestSandboxBoxes::createTags() {
    const HttpResult r = tags("POST", kTags, kTwoTags);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object(), success());
    QCOMPARE(tagCount(), 2);
    QCOMPARE(
        SandboxRows::count(*m_f, QStringLiteral("SELECT COUNT(*) FROM box_tags WHERE connected = 1"
                                                " AND technology_type = 'MifareClassicEV1_1K'")),
        2);
}

void TestSandboxBoxes::createErrors_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QStringList>("errors");
    QTest::newRow("no tags") << QByteArray("{}") << 400
                             << QStringList{QStringLiteral("cannot_be_empty/tags")};
    QTest::newRow("null tags") << QByteArray(R"({"tags":null})") << 400
                               << QStringList{QStringLiteral("cannot_be_empty/tags")};
    QTest::newRow("empty tags") << QByteArray(R"({"tags":[]})") << 400
                                << QStringList{QStringLiteral("cannot_be_empty/tags")};
    QTest::newRow("tags not an array") << QByteArray(R"({"tags":"2223"})") << 400
                                       << QStringList{QStringLiteral("is_invalid/tags")};
    QTest::newRow("item not an object")
        << QByteArray(R"({"tags":[{"code":"1","description":"d","technologyType":"t"},"2"]})")
        << 400 << QStringList{QStringLiteral("is_invalid/tags[1]")};
    QTest::newRow("missing fields") << QByteArray(
        R"({"tags":[{"code":"1","description":"d","technologyType":"t"},{"description":"d"},{"code":"3","technologyType":""}]})")
                                    << 400
                                    << QStringList{
                                           QStringLiteral("cannot_be_blank/tags[1].code"),
                                           QStringLiteral("cannot_be_blank/tags[1].technologyType"),
                                           QStringLiteral("cannot_be_blank/tags[2].description"),
                                           QStringLiteral(
                                               "cannot_be_blank/tags[2].technologyType")};
    QTest::newRow("duplicate in batch") << QByteArray(
        R"({"tags":[{"code":"9","description":"d","technologyType":"t"},{"code":"9","description":"e","technologyType":"t"}]})")
                                        << 400
                                        << QStringList{QStringLiteral(
                                               "has_already_been_taken/tags[1].code")};
    QTest::newRow("already existing") << QByteArray(
        R"({"tags":[{"code":"2223","description":"d","technologyType":"t"},{"code":"7","description":"d","technologyType":"t"},{"code":"2224","description":"d","technologyType":"t"}]})")
                                      << 400
                                      << QStringList{
                                             QStringLiteral("has_already_been_taken/tags[0].code"),
                                             QStringLiteral("has_already_been_taken/tags[2].code")};
    QTest::newRow("description not a string")
        << QByteArray(R"({"tags":[{"code":"5","description":5,"technologyType":"t"}]})") << 400
        << QStringList{QStringLiteral("is_invalid/tags[0].description")};
    QTest::newRow("not json") << QByteArray("{\"tags\":[") << 422
                              << QStringList{QStringLiteral("is_invalid/body")};
}

void TestSandboxBoxes::createErrors() {
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QStringList, errors);
    QCOMPARE(tags("POST", kTags, kTwoTags).status, 200);
    const HttpResult r = tags("POST", kTags, body);
    QCOMPARE(r.status, status);
    QCOMPARE(errorList(r), errors);
    QVERIFY(!r.object().contains(QStringLiteral("data")));
    // All or nothing: the valid items of a failed batch were not created.
    QCOMPARE(tagCount(), 2);
}

void TestSandboxBoxes::codesArePerEnterprise() {
    QCOMPARE(tags("POST", kTags, kTwoTags).status, 200);
    QCOMPARE(tags("POST", kTags, kTwoTags, m_otherToken).status, 200);
    QCOMPARE(tagCount(20), 2);
    QCOMPARE(tagCount(280), 2);
    // Deleting one enterprise's codes leaves the other's.
    QCOMPARE(
        tags("DELETE", kTags, R"({"tags":[{"code":"2223"},{"code":"2224"}]})", m_otherToken).status,
        200);
    QCOMPARE(tagCount(20), 2);
    QCOMPARE(tagCount(280), 0);
    // ... and an enterprise cannot delete codes that only another has.
    const HttpResult r = tags("DELETE", kTags, R"({"tags":[{"code":"2223"}]})", m_otherToken);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.firstError(), QStringLiteral("is_invalid/tags[0].code"));
    QCOMPARE(tagCount(20), 2);
}

void TestSandboxBoxes::deleteTags() {
    QCOMPARE(tags("POST", kTags, kTwoTags).status, 200);
    const HttpResult r = tags("DELETE", kTags, R"({"tags":[{"code":"2223"}]})");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object(), success());
    QCOMPARE(tagCount(), 1);
    // A deleted code may be created again.
    QCOMPARE(tags("POST", kTags,
                  R"({"tags":[{"code":"2223","description":"again","technologyType":"t"}]})")
                 .status,
             200);
    QCOMPARE(tagCount(), 2);
}

void TestSandboxBoxes::deleteErrors_data() {
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QStringList>("errors");
    for (const QString &path : {kTags, kDisconnect}) {
        const QByteArray p = path.toLatin1();
        QTest::addRow("%s empty", p.constData())
            << path << QByteArray(R"({"tags":[]})") << 400
            << QStringList{QStringLiteral("cannot_be_empty/tags")};
        QTest::addRow("%s missing", p.constData())
            << path << QByteArray("{}") << 400
            << QStringList{QStringLiteral("cannot_be_empty/tags")};
        QTest::addRow("%s unknown codes", p.constData())
            << path << QByteArray(R"({"tags":[{"code":"1111"},{"code":"2223"},{"code":"2222"}]})")
            << 400
            << QStringList{QStringLiteral("is_invalid/tags[0].code"),
                           QStringLiteral("is_invalid/tags[2].code")};
        QTest::addRow("%s listed twice", p.constData())
            << path << QByteArray(R"({"tags":[{"code":"2223"},{"code":"2223"}]})") << 400
            << QStringList{QStringLiteral("is_invalid/tags[1].code")};
        QTest::addRow("%s no code", p.constData())
            << path << QByteArray(R"({"tags":[{"code":"2223"},{"description":"x"}]})") << 400
            << QStringList{QStringLiteral("cannot_be_blank/tags[1].code")};
        QTest::addRow("%s not json", p.constData())
            << path << QByteArray("tags") << 422 << QStringList{QStringLiteral("is_invalid/body")};
    }
}

void TestSandboxBoxes::deleteErrors() {
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QStringList, errors);
    QCOMPARE(tags("POST", kTags, kTwoTags).status, 200);
    const HttpResult r = tags(path == kTags ? "DELETE" : "POST", path, body);
    QCOMPARE(r.status, status);
    QCOMPARE(errorList(r), errors);
    // The whole batch failed: the known code in it is untouched.
    QCOMPARE(tagCount(), 2);
    QCOMPARE(SandboxRows::count(
                 *m_f, QStringLiteral("SELECT COUNT(*) FROM box_tags WHERE connected = 1")),
             2);
}

void TestSandboxBoxes::disconnectTags() {
    QCOMPARE(tags("POST", kTags, kTwoTags).status, 200);
    HttpResult r = tags("POST", kDisconnect, R"({"tags":[{"code":"2224"}]})");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object(), success());
    const QString connected = QStringLiteral("SELECT connected FROM box_tags WHERE code = ?");
    QCOMPARE(SandboxRows::count(*m_f, connected, {QStringLiteral("2224")}), 0);
    QCOMPARE(SandboxRows::count(*m_f, connected, {QStringLiteral("2223")}), 1);
    // Disconnected tags still exist (their code stays taken) and disconnecting
    // again is harmless, so a retried batch succeeds.
    QCOMPARE(tagCount(), 2);
    QCOMPARE(tags("POST", kDisconnect, R"({"tags":[{"code":"2224"}]})").status, 200);
    r = tags("POST", kTags, R"({"tags":[{"code":"2224","description":"d","technologyType":"t"}]})");
    QCOMPARE(r.firstError(), QStringLiteral("has_already_been_taken/tags[0].code"));
    // Another enterprise cannot disconnect them.
    r = tags("POST", kDisconnect, R"({"tags":[{"code":"2223"}]})", m_otherToken);
    QCOMPARE(r.status, 400);
    QCOMPARE(SandboxRows::count(*m_f, connected, {QStringLiteral("2223")}), 1);
}

void TestSandboxBoxes::linkAndUnlinkLocation() {
    // client_id as a string, as in the reference's example; then as a number.
    QJsonObject body{{QStringLiteral("client_id"), QString::number(m_client)},
                     {QStringLiteral("box_location_uid"), kUid}};
    HttpResult r = m_f->postJson(kLocation, body, m_token);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object(), success());
    body.insert(QStringLiteral("client_id"), m_client);
    r = m_f->postJson(kLocation, body, m_token);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.firstError(), QStringLiteral("has_already_been_taken/box_location_uid"));
    // The same UUID in upper case is the same location.
    body.insert(QStringLiteral("box_location_uid"), kUid.toUpper());
    QCOMPARE(m_f->postJson(kLocation, body, m_token).status, 400);
    // Another location for the same client is fine.
    body.insert(QStringLiteral("box_location_uid"),
                QStringLiteral("00000000-0000-0000-0000-000000000000"));
    QCOMPARE(m_f->postJson(kLocation, body, m_token).status, 200);

    body.insert(QStringLiteral("box_location_uid"), kUid);
    r = m_f->deleteJson(kLocation, body, m_token);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object(), success());
    r = m_f->deleteJson(kLocation, body, m_token);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.firstError(), QStringLiteral("is_invalid/box_location_uid"));
    QCOMPARE(SandboxRows::count(*m_f, QStringLiteral("SELECT COUNT(*) FROM client_locations")), 1);
}

void TestSandboxBoxes::locationErrors_data() {
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    for (const QByteArray &method : {QByteArray("POST"), QByteArray("DELETE")}) {
        const char *m = method.constData();
        QTest::addRow("%s no client_id", m) << method << QByteArray(R"({"box_location_uid":"UID"})")
                                            << 400 << QStringLiteral("cannot_be_blank/client_id");
        QTest::addRow("%s no uid", m) << method << QByteArray(R"({"client_id":CLIENT})") << 400
                                      << QStringLiteral("cannot_be_blank/box_location_uid");
        QTest::addRow("%s uid not a uuid", m)
            << method << QByteArray(R"({"client_id":CLIENT,"box_location_uid":"box-12"})") << 400
            << QStringLiteral("is_invalid/box_location_uid");
        QTest::addRow("%s uid too short", m)
            << method
            << QByteArray(
                   R"({"client_id":CLIENT,"box_location_uid":"2f3cb5c8-7b95-468d-9bb1-715ba9c44d9"})")
            << 400 << QStringLiteral("is_invalid/box_location_uid");
        QTest::addRow("%s uid a number", m)
            << method << QByteArray(R"({"client_id":CLIENT,"box_location_uid":12})") << 400
            << QStringLiteral("is_invalid/box_location_uid");
        QTest::addRow("%s client_id not a number", m)
            << method << QByteArray(R"({"client_id":"x","box_location_uid":"UID"})") << 400
            << QStringLiteral("is_invalid/client_id");
        QTest::addRow("%s unknown client", m)
            << method << QByteArray(R"({"client_id":999999,"box_location_uid":"UID"})") << 404
            << QStringLiteral("is_invalid/client_id");
        QTest::addRow("%s another enterprise's client", m)
            << method << QByteArray(R"({"client_id":OTHER,"box_location_uid":"UID"})") << 403
            << QStringLiteral("is_invalid/client_id");
        QTest::addRow("%s not json", m)
            << method << QByteArray("client_id=1") << 422 << QStringLiteral("is_invalid/body");
    }
}

void TestSandboxBoxes::locationErrors() {
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, error);
    body.replace("CLIENT", QByteArray::number(m_client));
    body.replace("OTHER", QByteArray::number(m_otherClient));
    body.replace("UID", kUid.toLatin1());
    const HttpResult r =
        m_f->request(method, kLocation, body, m_token, {{"Content-Type", "application/json"}});
    QCOMPARE(r.status, status);
    QCOMPARE(r.firstError(), error);
    QCOMPARE(SandboxRows::count(*m_f, QStringLiteral("SELECT COUNT(*) FROM client_locations")), 0);
}

void TestSandboxBoxes::boxWebhooks() {
    const QString target =
        QStringLiteral("http://www.jobbers.com/oneapi/v0/boxes_webhooks/callback2");
    HttpResult r = m_f->postJson(kHooks, {{QStringLiteral("target"), target}}, m_token);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().size(), 2);
    QVERIFY(r.object().value(QStringLiteral("id")).isString());
    const QString id = r.object().value(QStringLiteral("id")).toString();
    QCOMPARE(r.object().value(QStringLiteral("url")).toString(), target);
    QCOMPARE(m_f->postJson(kHooks,
                           {{QStringLiteral("target"), QStringLiteral("https://example.test/x")}},
                           m_otherToken)
                 .status,
             200);

    // The list is wrapped in data, unlike the message webhooks'.
    r = m_f->get(kHooks, m_token);
    QCOMPARE(r.status, 200);
    QVERIFY(r.data().isArray());
    const QJsonArray list = r.data().toArray();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).toObject(),
             QJsonObject({{QStringLiteral("id"), id},
                          {QStringLiteral("url"), target},
                          {QStringLiteral("enterprise"), QStringLiteral("20")}}));
    // Box and message webhooks are separate lists.
    QCOMPARE(m_f->get(QStringLiteral("/api/v0/webhooks"), m_token).array().size(), 0);

    r = m_f->request("DELETE", kHooks + QLatin1Char('/') + id, {}, m_otherToken);
    QCOMPARE(r.status, 403);
    r = m_f->request("DELETE", kHooks + QLatin1Char('/') + id, {}, m_token);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object(), QJsonObject({{QStringLiteral("id"), id}}));
    QCOMPARE(m_f->request("DELETE", kHooks + QLatin1Char('/') + id, {}, m_token).status, 404);
    QCOMPARE(m_f->get(kHooks, m_token).data().toArray().size(), 0);
}

void TestSandboxBoxes::boxWebhookErrors() {
    HttpResult r = m_f->postJson(kHooks, {}, m_token);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.firstError(), QStringLiteral("cannot_be_blank/target"));
    r = m_f->postJson(kHooks, {{QStringLiteral("target"), QStringLiteral("mailto:a@b.c")}},
                      m_token);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.firstError(), QStringLiteral("is_invalid/target"));
    QCOMPARE(m_f->get(kHooks, m_token).data().toArray().size(), 0);
}

QTEST_MAIN(TestSandboxBoxes)
#include "tst_sandbox_boxes.moc"
