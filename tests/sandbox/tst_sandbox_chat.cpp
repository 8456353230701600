#include "chattest.h"
#include "sandboxfixture.h"
#include "sandboxrows.h"

#include <QRegularExpression>
#include <QTest>

// Conversations and messages of /api/v0: bare answers, exact JSON
// types, every documented error, tenancy, status transitions and counters.
class TestSandboxChat : public TwoTenantsTest {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void createShape_data();
    void createShape();
    void createErrors_data();
    void createErrors();
    void listOpenAndClosed();
    void listErrors_data();
    void listErrors();
    void update();
    void updateErrors_data();
    void updateErrors();
    void messagesMoveStatusAndCounters();
    void messageErrors_data();
    void messageErrors();
    void sizeIsNewestOldestFirst();
    void sizeErrors_data();
    void sizeErrors();
    void corsPreflightNamesAuthorization();
};

using namespace ChatTest;

void TestSandboxChat::init() {
    QVERIFY2(startTenants(), qPrintable(startError()));
}

void TestSandboxChat::cleanup() {
    m_f.reset();
}

void TestSandboxChat::createShape_data() {
    QTest::addColumn<bool>("idAsString");
    QTest::newRow("client_id number") << false;
    QTest::newRow("client_id string") << true;
}

void TestSandboxChat::createShape() {
    QFETCH(bool, idAsString);
    const QJsonValue clientId =
        idAsString ? QJsonValue(QString::number(m_client)) : QJsonValue(m_client);
    const HttpResult r = m_f->postJson(kConversations,
                                       {{QStringLiteral("client_id"), clientId},
                                        {QStringLiteral("subject"), QStringLiteral("New test")}},
                                       m_token);
    QCOMPARE(r.status, 200);
    QVERIFY(r.json.isObject());
    const QJsonObject o = r.object();
    QVERIFY(!o.contains(QStringLiteral("data")));
    QCOMPARE(o.size(), 10);
    QVERIFY(o.value(QStringLiteral("id")).isDouble());
    QCOMPARE(o.value(QStringLiteral("client_id")), QJsonValue(m_client));
    QVERIFY(kDate.match(o.value(QStringLiteral("creation_date")).toString()).hasMatch());
    QCOMPARE(o.value(QStringLiteral("subject")), QJsonValue(QStringLiteral("New test")));
    QCOMPARE(o.value(QStringLiteral("status")), QJsonValue(QStringLiteral("NEW")));
    QCOMPARE(o.value(QStringLiteral("rating")), QJsonValue(0));
    QVERIFY(o.value(QStringLiteral("last_updated")).isNull());
    QCOMPARE(o.value(QStringLiteral("message_counter")), QJsonValue(0));
    QCOMPARE(o.value(QStringLiteral("main_tag")), QJsonValue(QStringLiteral("5")));
    QVERIFY(o.contains(QStringLiteral("secondary_tag")));
    QVERIFY(o.value(QStringLiteral("secondary_tag")).isNull());
}

void TestSandboxChat::createErrors_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("otherClient");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::newRow("missing client_id") << QByteArray(R"({"subject":"x"})") << false << 400
                                       << QStringLiteral("cannot_be_blank/client_id");
    QTest::newRow("missing subject") << QByteArray(R"({"client_id":CLIENT})") << false << 400
                                     << QStringLiteral("cannot_be_blank/subject");
    QTest::newRow("blank subject") << QByteArray(R"({"client_id":CLIENT,"subject":"  "})") << false
                                   << 400 << QStringLiteral("cannot_be_blank/subject");
    QTest::newRow("subject not a string") << QByteArray(R"({"client_id":CLIENT,"subject":4})")
                                          << false << 400 << QStringLiteral("is_invalid/subject");
    QTest::newRow("client_id not a number")
        << QByteArray(R"({"client_id":"abc","subject":"x"})") << false << 400
        << QStringLiteral("is_invalid/client_id");
    QTest::newRow("unknown client") << QByteArray(R"({"client_id":999999,"subject":"x"})") << false
                                    << 404 << QStringLiteral("is_invalid/client_id");
    QTest::newRow("another enterprise's client")
        << QByteArray(R"({"client_id":CLIENT,"subject":"x"})") << true << 403
        << QStringLiteral("is_invalid/client_id");
    QTest::newRow("not json") << QByteArray("{client_id") << false << 422 << QString();
}

void TestSandboxChat::createErrors() {
    QFETCH(QByteArray, body);
    QFETCH(bool, otherClient);
    QFETCH(int, status);
    QFETCH(QString, error);
    body.replace("CLIENT", QByteArray::number(otherClient ? m_otherClient : m_client));
    const HttpResult r =
        m_f->request("POST", kConversations, body, m_token, {{"Content-Type", "application/json"}});
    QCOMPARE(r.status, status);
    QVERIFY(r.object().value(QStringLiteral("errors")).isArray());
    if (!error.isEmpty())
        QCOMPARE(r.firstError(), error);
    QCOMPARE(SandboxRows::count(*m_f, QStringLiteral("SELECT COUNT(*) FROM conversations")), 0);
}

void TestSandboxChat::listOpenAndClosed() {
    const qint64 a = conversation(*m_f, m_token, m_client, QStringLiteral("A"))
                         .value(QStringLiteral("id"))
                         .toInteger();
    const qint64 b = conversation(*m_f, m_token, m_client, QStringLiteral("B"))
                         .value(QStringLiteral("id"))
                         .toInteger();
    const qint64 c = conversation(*m_f, m_token, m_client, QStringLiteral("C"))
                         .value(QStringLiteral("id"))
                         .toInteger();
    QVERIFY(a && b && c);
    // b is answered (USER_PENDING), c closed: OPEN is every status but CLOSED.
    QCOMPARE(message(*m_f, m_token, b,
                     {{QStringLiteral("type"), QStringLiteral("text")},
                      {QStringLiteral("content"), QStringLiteral("hi")},
                      {QStringLiteral("sender"), QStringLiteral("agent")}})
                 .status,
             200);
    QCOMPARE(m_f->putJson(kConversations,
                          {{QStringLiteral("id"), c},
                           {QStringLiteral("status"), QStringLiteral("CLOSED")}},
                          m_token)
                 .status,
             200);
    // Another client's conversation never shows up.
    const qint64 other = SandboxRows::insertClient(*m_f, 20);
    QVERIFY(conversation(*m_f, m_token, other).contains(QStringLiteral("id")));

    const HttpResult open = m_f->get(
        QStringLiteral("/api/v0/conversations?client_id=%1&status=OPEN").arg(m_client), m_token);
    QCOMPARE(open.status, 200);
    QVERIFY(open.json.isArray());
    const QJsonArray openList = open.array();
    QCOMPARE(openList.size(), 2);
    QCOMPARE(openList.at(0).toObject().value(QStringLiteral("id")).toInteger(), a);
    QCOMPARE(openList.at(0).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("NEW"));
    QCOMPARE(openList.at(1).toObject().value(QStringLiteral("id")).toInteger(), b);
    QCOMPARE(openList.at(1).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("USER_PENDING"));
    QCOMPARE(openList.at(1).toObject().value(QStringLiteral("main_tag")),
             QJsonValue(QStringLiteral("5")));

    const HttpResult closed = m_f->get(
        QStringLiteral("/api/v0/conversations?client_id=%1&status=CLOSED").arg(m_client), m_token);
    QCOMPARE(closed.status, 200);
    QCOMPARE(closed.array().size(), 1);
    QCOMPARE(closed.array().at(0).toObject().value(QStringLiteral("id")).toInteger(), c);

    // A client without conversations: an empty bare array.
    const qint64 quiet = SandboxRows::insertClient(*m_f, 20);
    const HttpResult none = m_f->get(
        QStringLiteral("/api/v0/conversations?client_id=%1&status=OPEN").arg(quiet), m_token);
    QCOMPARE(none.status, 200);
    QVERIFY(none.json.isArray());
    QCOMPARE(none.array().size(), 0);
}

void TestSandboxChat::listErrors_data() {
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::newRow("no client_id") << QStringLiteral("status=OPEN") << 400
                                  << QStringLiteral("cannot_be_blank/client_id");
    QTest::newRow("no status") << QStringLiteral("client_id=CLIENT") << 400
                               << QStringLiteral("cannot_be_blank/status");
    QTest::newRow("other status") << QStringLiteral("client_id=CLIENT&status=NEW") << 400
                                  << QStringLiteral("is_invalid/status");
    QTest::newRow("client_id not a number") << QStringLiteral("client_id=x&status=OPEN") << 400
                                            << QStringLiteral("is_invalid/client_id");
    QTest::newRow("unknown client") << QStringLiteral("client_id=999999&status=OPEN") << 404
                                    << QStringLiteral("is_invalid/client_id");
    QTest::newRow("another enterprise's client") << QStringLiteral("client_id=OTHER&status=OPEN")
                                                 << 403 << QStringLiteral("is_invalid/client_id");
}

void TestSandboxChat::listErrors() {
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(QString, error);
    query.replace(QStringLiteral("CLIENT"), QString::number(m_client));
    query.replace(QStringLiteral("OTHER"), QString::number(m_otherClient));
    const HttpResult r = m_f->get(kConversations + QLatin1Char('?') + query, m_token);
    QCOMPARE(r.status, status);
    QCOMPARE(r.firstError(), error);
}

void TestSandboxChat::update() {
    const qint64 id = conversation(*m_f, m_token, m_client).value(QStringLiteral("id")).toInteger();
    // The reference's own example sends CLOSE.
    HttpResult r = m_f->putJson(kConversations,
                                {{QStringLiteral("id"), id},
                                 {QStringLiteral("subject"), QStringLiteral("pepe 22")},
                                 {QStringLiteral("status"), QStringLiteral("CLOSE")},
                                 {QStringLiteral("rating"), 4}},
                                m_token);
    QCOMPARE(r.status, 200);
    QJsonObject o = r.object();
    QCOMPARE(o.value(QStringLiteral("id")), QJsonValue(id));
    QCOMPARE(o.value(QStringLiteral("subject")).toString(), QStringLiteral("pepe 22"));
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("CLOSED"));
    QCOMPARE(o.value(QStringLiteral("rating")), QJsonValue(4));
    QVERIFY(kDate.match(o.value(QStringLiteral("last_updated")).toString()).hasMatch());
    QCOMPARE(o.value(QStringLiteral("main_tag")), QJsonValue(QStringLiteral("5")));
    // Partial: a rating alone (as a string id) leaves the rest.
    r = m_f->putJson(kConversations,
                     {{QStringLiteral("id"), QString::number(id)}, {QStringLiteral("rating"), 0}},
                     m_token);
    QCOMPARE(r.status, 200);
    o = r.object();
    QCOMPARE(o.value(QStringLiteral("rating")), QJsonValue(0));
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("CLOSED"));
    QCOMPARE(o.value(QStringLiteral("subject")).toString(), QStringLiteral("pepe 22"));
    for (const char *status : {"NEW", "USER_PENDING", "SYSTEM_PENDING", "CLOSED"}) {
        r = m_f->putJson(
            kConversations,
            {{QStringLiteral("id"), id}, {QStringLiteral("status"), QString::fromLatin1(status)}},
            m_token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QStringLiteral("status")).toString(),
                 QString::fromLatin1(status));
    }
}

void TestSandboxChat::updateErrors_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::newRow("no id") << QByteArray(R"({"subject":"x"})") << 400
                           << QStringLiteral("cannot_be_blank/id");
    QTest::newRow("id not a number")
        << QByteArray(R"({"id":"x"})") << 400 << QStringLiteral("is_invalid/id");
    QTest::newRow("rating 6") << QByteArray(R"({"id":ID,"rating":6})") << 400
                              << QStringLiteral("is_invalid/rating");
    QTest::newRow("rating -1") << QByteArray(R"({"id":ID,"rating":-1})") << 400
                               << QStringLiteral("is_invalid/rating");
    QTest::newRow("rating 2.5") << QByteArray(R"({"id":ID,"rating":2.5})") << 400
                                << QStringLiteral("is_invalid/rating");
    QTest::newRow("rating text") << QByteArray(R"({"id":ID,"rating":"good"})") << 400
                                 << QStringLiteral("is_invalid/rating");
    QTest::newRow("other status") << QByteArray(R"({"id":ID,"status":"OPEN"})") << 400
                                  << QStringLiteral("is_invalid/status");
    QTest::newRow("blank subject") << QByteArray(R"({"id":ID,"subject":""})") << 400
                                   << QStringLiteral("cannot_be_blank/subject");
    QTest::newRow("unknown conversation")
        << QByteArray(R"({"id":99999999,"rating":1})") << 404 << QStringLiteral("is_invalid/id");
    QTest::newRow("another enterprise's")
        << QByteArray(R"({"id":OTHER,"rating":1})") << 403 << QStringLiteral("is_invalid/id");
    QTest::newRow("not json") << QByteArray("{\"id\": 1,}") << 422
                              << QStringLiteral("is_invalid/body");
}

void TestSandboxChat::updateErrors() {
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, error);
    const qint64 id = conversation(*m_f, m_token, m_client).value(QStringLiteral("id")).toInteger();
    const qint64 other =
        conversation(*m_f, m_otherToken, m_otherClient).value(QStringLiteral("id")).toInteger();
    body.replace("OTHER", QByteArray::number(other));
    body.replace("ID", QByteArray::number(id));
    const HttpResult r =
        m_f->request("PUT", kConversations, body, m_token, {{"Content-Type", "application/json"}});
    QCOMPARE(r.status, status);
    QCOMPARE(r.firstError(), error);
    // Nothing changed.
    QCOMPARE(SandboxRows::count(*m_f, QStringLiteral("SELECT COUNT(*) FROM conversations WHERE"
                                                     " rating <> 0 OR status <> 'NEW'")),
             0);
}

void TestSandboxChat::messagesMoveStatusAndCounters() {
    const qint64 id = conversation(*m_f, m_token, m_client).value(QStringLiteral("id")).toInteger();
    HttpResult r = message(*m_f, m_token, id,
                           {{QStringLiteral("type"), QStringLiteral("text")},
                            {QStringLiteral("content"), QStringLiteral("Bonjour")},
                            {QStringLiteral("sender"), QStringLiteral("client")}});
    QCOMPARE(r.status, 200);
    QJsonObject m = r.object();
    QCOMPARE(m.size(), 5);
    QVERIFY(m.value(QStringLiteral("id")).isString());
    QVERIFY(kMessageId.match(m.value(QStringLiteral("id")).toString()).hasMatch());
    QVERIFY(kDate.match(m.value(QStringLiteral("received")).toString()).hasMatch());
    QCOMPARE(m.value(QStringLiteral("author_type")).toString(), QStringLiteral("user"));
    QCOMPARE(m.value(QStringLiteral("type")).toString(), QStringLiteral("text"));
    QCOMPARE(m.value(QStringLiteral("content")).toString(), QStringLiteral("Bonjour"));
    const QString firstId = m.value(QStringLiteral("id")).toString();

    auto state = [&] {
        const HttpResult list =
            m_f->get(QStringLiteral("/api/v0/conversations?client_id=%1&status=OPEN").arg(m_client),
                     m_token);
        return list.array().at(0).toObject();
    };
    QJsonObject c = state();
    QCOMPARE(c.value(QStringLiteral("status")).toString(), QStringLiteral("SYSTEM_PENDING"));
    QCOMPARE(c.value(QStringLiteral("message_counter")), QJsonValue(1));
    QCOMPARE(c.value(QStringLiteral("last_updated")).toString(),
             m.value(QStringLiteral("received")).toString());

    r = message(*m_f, m_token, id,
                {{QStringLiteral("type"), QStringLiteral("text")},
                 {QStringLiteral("content"), QStringLiteral("Bien reçu")},
                 {QStringLiteral("sender"), QStringLiteral("agent")}});
    QCOMPARE(r.status, 200);
    m = r.object();
    QCOMPARE(m.value(QStringLiteral("author_type")).toString(), QStringLiteral("business"));
    QVERIFY(m.value(QStringLiteral("id")).toString() != firstId);
    c = state();
    QCOMPARE(c.value(QStringLiteral("status")).toString(), QStringLiteral("USER_PENDING"));
    QCOMPARE(c.value(QStringLiteral("message_counter")), QJsonValue(2));

    // A message on a closed conversation reopens it by the same rule.
    QCOMPARE(m_f->putJson(kConversations,
                          {{QStringLiteral("id"), id},
                           {QStringLiteral("status"), QStringLiteral("CLOSED")}},
                          m_token)
                 .status,
             200);
    QCOMPARE(message(*m_f, m_token, id,
                     {{QStringLiteral("type"), QStringLiteral("text")},
                      {QStringLiteral("content"), QStringLiteral("Encore moi")},
                      {QStringLiteral("sender"), QStringLiteral("client")}})
                 .status,
             200);
    c = state();
    QCOMPARE(c.value(QStringLiteral("status")).toString(), QStringLiteral("SYSTEM_PENDING"));
    QCOMPARE(c.value(QStringLiteral("message_counter")), QJsonValue(3));
}

void TestSandboxChat::messageErrors_data() {
    QTest::addColumn<QString>("target"); // "mine", "other", "unknown", "garbage"
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    const QByteArray ok = R"({"type":"text","content":"x","sender":"agent"})";
    QTest::newRow("no type") << QStringLiteral("mine")
                             << QByteArray(R"({"content":"x","sender":"agent"})") << 400
                             << QStringLiteral("cannot_be_blank/type");
    QTest::newRow("no sender") << QStringLiteral("mine")
                               << QByteArray(R"({"type":"text","content":"x"})") << 400
                               << QStringLiteral("cannot_be_blank/sender");
    QTest::newRow("other type") << QStringLiteral("mine")
                                << QByteArray(R"({"type":"video","content":"x","sender":"agent"})")
                                << 400 << QStringLiteral("is_invalid/type");
    QTest::newRow("other sender") << QStringLiteral("mine")
                                  << QByteArray(R"({"type":"text","content":"x","sender":"bot"})")
                                  << 400 << QStringLiteral("is_invalid/sender");
    QTest::newRow("text without content")
        << QStringLiteral("mine") << QByteArray(R"({"type":"text","sender":"client"})") << 400
        << QStringLiteral("cannot_be_blank/content");
    QTest::newRow("content not a string")
        << QStringLiteral("mine")
        << QByteArray(R"({"type":"text","content":[1],"sender":"client"})") << 400
        << QStringLiteral("is_invalid/content");
    QTest::newRow("attachment without media_url")
        << QStringLiteral("mine") << QByteArray(R"({"type":"attachment","sender":"client"})") << 400
        << QStringLiteral("cannot_be_blank/media_url");
    QTest::newRow("media_url not issued here")
        << QStringLiteral("mine")
        << QByteArray(
               R"({"type":"attachment","media_url":"https://media.smooch.io/apps/x/y/phpGJfWA4","sender":"client"})")
        << 400 << QStringLiteral("is_invalid/media_url");
    QTest::newRow("unknown media token")
        << QStringLiteral("mine")
        << QByteArray(
               R"({"type":"attachment","media_url":"http://127.0.0.1/media/0123456789abcdef0123456789abcdef/a.pdf","sender":"client"})")
        << 400 << QStringLiteral("is_invalid/media_url");
    QTest::newRow("unknown conversation")
        << QStringLiteral("unknown") << ok << 404 << QStringLiteral("is_invalid/id_conversation");
    QTest::newRow("non-numeric conversation")
        << QStringLiteral("garbage") << ok << 404 << QStringLiteral("is_invalid/id_conversation");
    QTest::newRow("another enterprise's conversation")
        << QStringLiteral("other") << ok << 403 << QStringLiteral("is_invalid/id_conversation");
    QTest::newRow("not json") << QStringLiteral("mine") << QByteArray("type=text") << 422
                              << QStringLiteral("is_invalid/body");
}

void TestSandboxChat::messageErrors() {
    QFETCH(QString, target);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, error);
    const qint64 mine =
        conversation(*m_f, m_token, m_client).value(QStringLiteral("id")).toInteger();
    const qint64 other =
        conversation(*m_f, m_otherToken, m_otherClient).value(QStringLiteral("id")).toInteger();
    QString path = messagesPath(target == QLatin1String("mine")    ? mine
                                : target == QLatin1String("other") ? other
                                                                   : 99999999);
    if (target == QLatin1String("garbage"))
        path = QStringLiteral("/api/v0/conversations/abc/messages");
    const HttpResult r =
        m_f->request("POST", path, body, m_token, {{"Content-Type", "application/json"}});
    QCOMPARE(r.status, status);
    QCOMPARE(r.firstError(), error);
    QCOMPARE(SandboxRows::count(*m_f, QStringLiteral("SELECT COUNT(*) FROM messages")), 0);
    QCOMPARE(
        SandboxRows::count(*m_f, QStringLiteral("SELECT SUM(message_counter) FROM conversations")),
        0);
}

void TestSandboxChat::sizeIsNewestOldestFirst() {
    const qint64 id = conversation(*m_f, m_token, m_client).value(QStringLiteral("id")).toInteger();
    for (int i = 1; i <= 5; ++i) {
        QCOMPARE(message(*m_f, m_token, id,
                         {{QStringLiteral("type"), QStringLiteral("text")},
                          {QStringLiteral("content"), QStringLiteral("m%1").arg(i)},
                          {QStringLiteral("sender"),
                           i % 2 ? QStringLiteral("client") : QStringLiteral("agent")}})
                     .status,
                 200);
    }
    HttpResult r = m_f->get(messagesPath(id) + QStringLiteral("?size=3"), m_token);
    QCOMPARE(r.status, 200);
    QVERIFY(r.json.isArray());
    QJsonArray list = r.array();
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(0).toObject().value(QStringLiteral("content")).toString(),
             QStringLiteral("m3"));
    QCOMPARE(list.at(1).toObject().value(QStringLiteral("content")).toString(),
             QStringLiteral("m4"));
    QCOMPARE(list.at(2).toObject().value(QStringLiteral("content")).toString(),
             QStringLiteral("m5"));
    const QJsonObject first = list.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("type")).toString(), QStringLiteral("text"));
    QCOMPARE(first.value(QStringLiteral("author_type")).toString(), QStringLiteral("user"));
    QVERIFY(kMessageId.match(first.value(QStringLiteral("id")).toString()).hasMatch());
    QVERIFY(!first.contains(QStringLiteral("media_url")));

    r = m_f->get(messagesPath(id) + QStringLiteral("?size=50"), m_token);
    QCOMPARE(r.array().size(), 5);
    QCOMPARE(r.array().at(0).toObject().value(QStringLiteral("content")).toString(),
             QStringLiteral("m1"));
    r = m_f->get(messagesPath(id) + QStringLiteral("?size=1"), m_token);
    QCOMPARE(r.array().size(), 1);
    QCOMPARE(r.array().at(0).toObject().value(QStringLiteral("content")).toString(),
             QStringLiteral("m5"));
}

void TestSandboxChat::sizeErrors_data() {
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::newRow("missing") << QString() << 400 << QStringLiteral("cannot_be_blank/size");
    QTest::newRow("empty") << QStringLiteral("?size=") << 400
                           << QStringLiteral("cannot_be_blank/size");
    QTest::newRow("zero") << QStringLiteral("?size=0") << 400 << QStringLiteral("is_invalid/size");
    QTest::newRow("negative") << QStringLiteral("?size=-2") << 400
                              << QStringLiteral("is_invalid/size");
    QTest::newRow("text") << QStringLiteral("?size=ten") << 400
                          << QStringLiteral("is_invalid/size");
    QTest::newRow("fraction") << QStringLiteral("?size=1.5") << 400
                              << QStringLiteral("is_invalid/size");
}

void TestSandboxChat::sizeErrors() {
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(QString, error);
    const qint64 id = conversation(*m_f, m_token, m_client).value(QStringLiteral("id")).toInteger();
    const HttpResult r = m_f->get(messagesPath(id) + query, m_token);
    QCOMPARE(r.status, status);
    QCOMPARE(r.firstError(), error);
    // Tenancy on the list too.
    QCOMPARE(m_f->get(messagesPath(id) + QStringLiteral("?size=5"), m_otherToken).status, 403);
    QCOMPARE(m_f->get(messagesPath(99999999) + QStringLiteral("?size=5"), m_token).status, 404);
}

void TestSandboxChat::corsPreflightNamesAuthorization() {
    const HttpResult r =
        m_f->request("OPTIONS", kConversations, {}, {},
                     {{"Origin", "http://localhost:9099"},
                      {"Access-Control-Request-Method", "PUT"},
                      {"Access-Control-Request-Headers", "authorization,content-type"}});
    QCOMPARE(r.status, 204);
    QCOMPARE(r.header("Access-Control-Allow-Origin"), QByteArray("*"));
    QVERIFY(r.header("Access-Control-Allow-Headers").contains("Authorization"));
    QVERIFY(r.header("Access-Control-Allow-Headers").contains("Content-Type"));
    const QByteArray methods = r.header("Access-Control-Allow-Methods");
    QVERIFY(methods.contains("GET") && methods.contains("POST") && methods.contains("PUT"));
}

QTEST_MAIN(TestSandboxChat)
#include "tst_sandbox_chat.moc"
