#include "sandboxfixture.h"
#include "sandboxrows.h"

#include <QElapsedTimer>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

// Message webhooks: the CRUD shapes (ids as strings, bare answers), tenancy, and
// delivery of message.created to a real listener, with retries and without ever
// delaying the API's answer.
class TestSandboxWebhooks : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void createListDelete();
    void createErrors_data();
    void createErrors();
    void deleteTenancy();
    void deliversMessageCreated();
    void retriesUntilDelivered();
    void deadTargetDoesNotDelayTheAnswer();
    void silentTargetDoesNotDelayTheAnswer();

private:
    HttpResult addHook(const QString &target, const QString &token);
    // A conversation of enterprise 20 and one text message from the client in it.
    HttpResult postMessage(qint64 *conversationId = nullptr);

    std::unique_ptr<SandboxFixture> m_f;
    QString m_token;
    QString m_otherToken;
    qint64 m_client = 0;
};

namespace {
const QString kHooks = QStringLiteral("/api/v0/webhooks");

// A webhook receiver in the test: records each POST and answers with the next
// status of a script (200 once the script is used up).
class Listener {
public:
    struct Hit {
        QByteArray body;
        QByteArray event;
        QByteArray attempt;
        QByteArray delivery;
    };

    explicit Listener(QList<int> script = {})
        : m_script(std::move(script)) {
        m_server.route(QStringLiteral("/hook"), [this](const QHttpServerRequest &req) {
            Hit hit{req.body(), {}, {}, {}};
            const auto headers = req.headers();
            for (const auto &h : headers) {
                const QByteArray name = h.first.toLower();
                if (name == "x-jobbers-event")
                    hit.event = h.second;
                else if (name == "x-jobbers-delivery-attempt")
                    hit.attempt = h.second;
                else if (name == "x-jobbers-delivery")
                    hit.delivery = h.second;
            }
            hits.append(hit);
            const int status = m_script.isEmpty() ? 200 : m_script.takeFirst();
            return QHttpServerResponse(QByteArrayLiteral("text/plain"), QByteArrayLiteral("ok"),
                                       static_cast<QHttpServerResponder::StatusCode>(status));
        });
        m_port = m_server.listen(QHostAddress::LocalHost, 0);
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1/hook").arg(m_port); }
    bool ok() const { return m_port > 0; }

    QList<Hit> hits;

private:
    QHttpServer m_server;
    QList<int> m_script;
    quint16 m_port = 0;
};
} // namespace

void TestSandboxWebhooks::init() {
    SandboxOptions o = SandboxRows::unseeded();
    // Short back-off so that a retry test takes milliseconds, not seconds.
    o.webhookFirstRetryMs = 50;
    m_f = std::make_unique<SandboxFixture>(o);
    QVERIFY2(m_f->ok(), qPrintable(m_f->error()));
    m_token = m_f->token(20);
    m_otherToken = m_f->token(280);
    m_client = SandboxRows::insertClient(*m_f, 20);
    QVERIFY(m_client > 0);
}

void TestSandboxWebhooks::cleanup() {
    m_f.reset();
}

HttpResult TestSandboxWebhooks::addHook(const QString &target, const QString &token) {
    return m_f->postJson(kHooks, {{QStringLiteral("target"), target}}, token);
}

HttpResult TestSandboxWebhooks::postMessage(qint64 *conversationId) {
    const HttpResult c = m_f->postJson(QStringLiteral("/api/v0/conversations"),
                                       {{QStringLiteral("client_id"), m_client},
                                        {QStringLiteral("subject"), QStringLiteral("Webhooks")}},
                                       m_token);
    const qint64 id = c.object().value(QStringLiteral("id")).toInteger();
    if (conversationId)
        *conversationId = id;
    return m_f->postJson(QStringLiteral("/api/v0/conversations/%1/messages").arg(id),
                         {{QStringLiteral("type"), QStringLiteral("text")},
                          {QStringLiteral("content"), QStringLiteral("Un colis est arrivé")},
                          {QStringLiteral("sender"), QStringLiteral("client")}},
                         m_token);
}

void TestSandboxWebhooks::createListDelete() {
    const QString target = QStringLiteral("http://www.jobbers.com/oneapi/v0/webhooks/callback2");
    HttpResult r = addHook(target, m_token);
    QCOMPARE(r.status, 200);
    QJsonObject o = r.object();
    QCOMPARE(o.size(), 2);
    QVERIFY(o.value(QStringLiteral("id")).isString());
    const QString id = o.value(QStringLiteral("id")).toString();
    QVERIFY(id.toLongLong() > 0);
    QCOMPARE(o.value(QStringLiteral("url")).toString(), target);
    QCOMPARE(addHook(QStringLiteral("https://example.test/b"), m_token).status, 200);
    QCOMPARE(addHook(QStringLiteral("https://example.test/other"), m_otherToken).status, 200);

    r = m_f->get(kHooks, m_token);
    QCOMPARE(r.status, 200);
    QVERIFY(r.json.isArray());
    const QJsonArray list = r.array();
    QCOMPARE(list.size(), 2);
    const QJsonObject first = list.at(0).toObject();
    QCOMPARE(first.size(), 3);
    QCOMPARE(first.value(QStringLiteral("id")), QJsonValue(id));
    QCOMPARE(first.value(QStringLiteral("url")).toString(), target);
    QCOMPARE(first.value(QStringLiteral("enterprise")), QJsonValue(QStringLiteral("20")));
    const QJsonArray other = m_f->get(kHooks, m_otherToken).array();
    QCOMPARE(other.size(), 1);
    QCOMPARE(other.at(0).toObject().value(QStringLiteral("enterprise")),
             QJsonValue(QStringLiteral("280")));

    r = m_f->request("DELETE", kHooks + QLatin1Char('/') + id, {}, m_token);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object(), QJsonObject({{QStringLiteral("id"), id}}));
    QCOMPARE(m_f->get(kHooks, m_token).array().size(), 1);
    QCOMPARE(m_f->request("DELETE", kHooks + QLatin1Char('/') + id, {}, m_token).status, 404);
}

void TestSandboxWebhooks::createErrors_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::newRow("missing") << QByteArray("{}") << 400 << QStringLiteral("cannot_be_blank/target");
    QTest::newRow("blank") << QByteArray(R"({"target":" "})") << 400
                           << QStringLiteral("cannot_be_blank/target");
    QTest::newRow("relative") << QByteArray(R"({"target":"/hook"})") << 400
                              << QStringLiteral("is_invalid/target");
    QTest::newRow("ftp") << QByteArray(R"({"target":"ftp://example.test/hook"})") << 400
                         << QStringLiteral("is_invalid/target");
    QTest::newRow("no host") << QByteArray(R"({"target":"http://"})") << 400
                             << QStringLiteral("is_invalid/target");
    QTest::newRow("words") << QByteArray(R"({"target":"call me maybe"})") << 400
                           << QStringLiteral("is_invalid/target");
    QTest::newRow("number") << QByteArray(R"({"target":42})") << 400
                            << QStringLiteral("is_invalid/target");
    QTest::newRow("taken") << QByteArray(R"({"target":"https://example.test/taken"})") << 400
                           << QStringLiteral("has_already_been_taken/target");
    QTest::newRow("not json") << QByteArray("target=x") << 422 << QStringLiteral("is_invalid/body");
}

void TestSandboxWebhooks::createErrors() {
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, error);
    QCOMPARE(addHook(QStringLiteral("https://example.test/taken"), m_token).status, 200);
    const HttpResult r =
        m_f->request("POST", kHooks, body, m_token, {{"Content-Type", "application/json"}});
    QCOMPARE(r.status, status);
    QCOMPARE(r.firstError(), error);
    QCOMPARE(m_f->get(kHooks, m_token).array().size(), 1);
}

void TestSandboxWebhooks::deleteTenancy() {
    const QString id = addHook(QStringLiteral("https://example.test/a"), m_token)
                           .object()
                           .value(QStringLiteral("id"))
                           .toString();
    HttpResult r = m_f->request("DELETE", kHooks + QLatin1Char('/') + id, {}, m_otherToken);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.firstError(), QStringLiteral("is_invalid/id_webhook"));
    r = m_f->request("DELETE", kHooks + QStringLiteral("/999999"), {}, m_token);
    QCOMPARE(r.status, 404);
    r = m_f->request("DELETE", kHooks + QStringLiteral("/abc"), {}, m_token);
    QCOMPARE(r.status, 404);
    QCOMPARE(m_f->get(kHooks, m_token).array().size(), 1);
}

void TestSandboxWebhooks::deliversMessageCreated() {
    Listener mine;
    Listener theirs;
    QVERIFY(mine.ok() && theirs.ok());
    QCOMPARE(addHook(mine.url(), m_token).status, 200);
    QCOMPARE(addHook(theirs.url(), m_otherToken).status, 200);
    QSignalSpy delivered(&m_f->server().context().webhooks(), &WebhookDispatcher::delivered);

    qint64 conversationId = 0;
    const HttpResult r = postMessage(&conversationId);
    QCOMPARE(r.status, 200);
    QTRY_COMPARE(mine.hits.size(), 1);
    QTRY_COMPARE(delivered.size(), 1);
    QCOMPARE(delivered.at(0).at(1).toInt(), 1);

    const Listener::Hit hit = mine.hits.at(0);
    QCOMPARE(hit.event, QByteArray("message.created"));
    QCOMPARE(hit.attempt, QByteArray("1"));
    const QJsonObject body = QJsonDocument::fromJson(hit.body).object();
    QCOMPARE(body.value(QStringLiteral("event")), QJsonValue(QStringLiteral("message.created")));
    QVERIFY(body.value(QStringLiteral("conversation_id")).isDouble());
    QCOMPARE(body.value(QStringLiteral("conversation_id")).toInteger(), conversationId);
    QVERIFY(body.value(QStringLiteral("client_id")).isDouble());
    QCOMPARE(body.value(QStringLiteral("client_id")).toInteger(), m_client);
    QCOMPARE(body.value(QStringLiteral("message")).toObject(), r.object());
    // Only the enterprise of the conversation is told.
    QCOMPARE(theirs.hits.size(), 0);
}

void TestSandboxWebhooks::retriesUntilDelivered() {
    Listener flaky({500, 500});
    QVERIFY(flaky.ok());
    QCOMPARE(addHook(flaky.url(), m_token).status, 200);
    QSignalSpy delivered(&m_f->server().context().webhooks(), &WebhookDispatcher::delivered);
    QCOMPARE(postMessage().status, 200);
    QTRY_COMPARE(delivered.size(), 1);
    QCOMPARE(delivered.at(0).at(1).toInt(), 3);
    QCOMPARE(flaky.hits.size(), 3);
    QCOMPARE(flaky.hits.at(0).attempt, QByteArray("1"));
    QCOMPARE(flaky.hits.at(2).attempt, QByteArray("3"));
    // One delivery id across its attempts, so a receiver can drop repeats.
    QVERIFY(!flaky.hits.at(0).delivery.isEmpty());
    QCOMPARE(flaky.hits.at(2).delivery, flaky.hits.at(0).delivery);
    QCOMPARE(flaky.hits.at(2).body, flaky.hits.at(0).body);
}

void TestSandboxWebhooks::deadTargetDoesNotDelayTheAnswer() {
    // A port that was free a moment ago and is closed now: connection refused.
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    QCOMPARE(addHook(QStringLiteral("http://127.0.0.1:%1/hook").arg(port), m_token).status, 200);
    QSignalSpy gaveUp(&m_f->server().context().webhooks(), &WebhookDispatcher::gaveUp);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(postMessage().status, 200);
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    // Retried (first try plus at least 3 retries), then given up.
    QTRY_COMPARE(gaveUp.size(), 1);
    QVERIFY(gaveUp.at(0).at(1).toInt() >= 4);
}

void TestSandboxWebhooks::silentTargetDoesNotDelayTheAnswer() {
    // Accepts connections and never answers.
    QTcpServer blackHole;
    QVERIFY(blackHole.listen(QHostAddress::LocalHost, 0));
    QList<QTcpSocket *> held;
    connect(&blackHole, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *s = blackHole.nextPendingConnection())
            held.append(s);
    });
    QCOMPARE(
        addHook(QStringLiteral("http://127.0.0.1:%1/hook").arg(blackHole.serverPort()), m_token)
            .status,
        200);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(postMessage().status, 200);
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    QTRY_VERIFY(!held.isEmpty()); // the delivery did start, in the background
    // And the API keeps answering while it hangs.
    QCOMPARE(m_f->get(kHooks, m_token).status, 200);
}

QTEST_MAIN(TestSandboxWebhooks)
#include "tst_sandbox_webhooks.moc"
