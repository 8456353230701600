#include "chattest.h"
#include "sandboxcli.h"
#include "sandboxcontext.h"
#include "sandboxfixture.h"
#include "sandboxrows.h"
#include "sandboxserver.h"

#include <QElapsedTimer>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace ChatTest;

// Demo life: a demo client answers an agent's message after a delay on the sandbox's
// clock, as a normal client message (webhooks, counter, status); off by default.
class TestSandboxDemoReplies : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void clientAnswersAnAgent();
    void movingTheClockBringsTheReply();
    void oneReplyForSeveralAgentMessages();
    void noReplyToAClientOrWhenOff();
    void commandLine();
};

namespace {
// A webhook receiver: each delivery's message, as a signal.
class Receiver : public QObject {
    Q_OBJECT
public:
    Receiver() {
        m_server.route(QStringLiteral("/hook"), [this](const QHttpServerRequest &request) {
            Q_EMIT delivered(QJsonDocument::fromJson(request.body())
                                 .object()
                                 .value(QStringLiteral("message"))
                                 .toObject());
            return QHttpServerResponse(QHttpServerResponder::StatusCode::Ok);
        });
        m_port = m_server.listen(QHostAddress::LocalHost, 0);
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1/hook").arg(m_port); }

Q_SIGNALS:
    void delivered(const QJsonObject &message);

private:
    QHttpServer m_server;
    quint16 m_port = 0;
};

SandboxOptions demoLife(int delayMs) {
    SandboxOptions o = SandboxRows::unseeded();
    o.demoReplies = true;
    o.demoReplyDelayMs = delayMs;
    return o;
}

struct Scene {
    QString token;
    qint64 client = 0;
    qint64 conversation = 0;
};

Scene scene(SandboxFixture &f) {
    Scene s;
    s.token = f.token(20);
    s.client = SandboxRows::insertClient(f, 20);
    s.conversation = conversation(f, s.token, s.client).value(QStringLiteral("id")).toInteger();
    return s;
}

HttpResult say(SandboxFixture &f, const Scene &s, const char *sender, const QString &text) {
    return message(f, s.token, s.conversation,
                   {{QStringLiteral("type"), QStringLiteral("text")},
                    {QStringLiteral("sender"), QLatin1String(sender)},
                    {QStringLiteral("content"), text}});
}

QJsonArray messagesOf(SandboxFixture &f, const Scene &s) {
    return f.get(messagesPath(s.conversation) + QStringLiteral("?size=50"), s.token).array();
}
} // namespace

void TestSandboxDemoReplies::clientAnswersAnAgent() {
    SandboxFixture f(demoLife(50));
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const Scene s = scene(f);
    QVERIFY(s.conversation > 0);
    Receiver receiver;
    QCOMPARE(f.postJson(QStringLiteral("/api/v0/webhooks"),
                        {{QStringLiteral("target"), receiver.url()}}, s.token)
                 .status,
             200);
    QSignalSpy replied(&f.server().context().demoReplies(), &DemoReplier::replied);
    QSignalSpy delivered(&receiver, &Receiver::delivered);

    QCOMPARE(say(f, s, "agent", QStringLiteral("Votre plombier passe jeudi à 14 h.")).status, 200);
    QVERIFY(replied.wait(5000));
    const QJsonObject reply = replied.at(0).at(1).toJsonObject();
    QCOMPARE(reply.value(QStringLiteral("author_type")).toString(), QStringLiteral("user"));
    QVERIFY(DemoReplier::replies().contains(reply.value(QStringLiteral("content")).toString()));

    // A normal message: in the list, counted, the status turned to the agents.
    const QJsonArray list = messagesOf(f, s);
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(1).toObject(), reply);
    const QJsonObject c =
        f.get(kConversations + QStringLiteral("?client_id=%1&status=OPEN").arg(s.client), s.token)
            .array()
            .at(0)
            .toObject();
    QCOMPARE(c.value(QStringLiteral("message_counter")).toInt(), 2);
    QCOMPARE(c.value(QStringLiteral("status")).toString(), QStringLiteral("SYSTEM_PENDING"));
    // Both messages went out to the webhook, the reply as the API shows it.
    while (delivered.size() < 2)
        QVERIFY(delivered.wait(5000));
    QCOMPARE(delivered.at(1).at(0).toJsonObject(), reply);
}

void TestSandboxDemoReplies::movingTheClockBringsTheReply() {
    SandboxFixture f(demoLife(4000)); // the default "few seconds"
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const Scene s = scene(f);
    QSignalSpy replied(&f.server().context().demoReplies(), &DemoReplier::replied);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(say(f, s, "agent", QStringLiteral("Le devis est en pièce jointe.")).status, 200);
    QCOMPARE(f.server().context().demoReplies().pending(), 1);
    // Not before it is due: two seconds on the clock (over HTTP, as an integrator
    // would), events run, and only the agent's message is there.
    QCOMPARE(f.postJson(QStringLiteral("/_sandbox/clock/advance"), {{QStringLiteral("seconds"), 2}},
                        QString())
                 .status,
             200);
    QCoreApplication::processEvents();
    QCOMPARE(messagesOf(f, s).size(), 1);
    QCOMPARE(replied.size(), 0);
    QCOMPARE(f.server().context().demoReplies().pending(), 1);
    // Two more seconds: due, written from the event loop at once, long before the
    // real four seconds have passed.
    QVERIFY(f.advanceClock(2));
    QVERIFY(replied.wait(2000));
    QVERIFY2(timer.elapsed() < 3500, "the reply waited for real time");
    QCOMPARE(f.server().context().demoReplies().pending(), 0);
    const QJsonArray list = messagesOf(f, s);
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(1).toObject().value(QStringLiteral("author_type")).toString(),
             QStringLiteral("user"));
}

void TestSandboxDemoReplies::oneReplyForSeveralAgentMessages() {
    SandboxFixture f(demoLife(4000));
    const Scene s = scene(f);
    QSignalSpy replied(&f.server().context().demoReplies(), &DemoReplier::replied);
    QCOMPARE(say(f, s, "agent", QStringLiteral("Bonjour,")).status, 200);
    QCOMPARE(say(f, s, "agent", QStringLiteral("le traiteur est réservé.")).status, 200);
    QCOMPARE(f.server().context().demoReplies().pending(), 1);
    QVERIFY(f.advanceClock(5));
    QVERIFY(replied.wait(2000));
    QCOMPARE(f.server().context().demoReplies().pending(), 0);
    QCOMPARE(f.server().context().clock().pendingCalls(), 0);
    QCOMPARE(messagesOf(f, s).size(), 3);
    // If the client speaks before the reply is due, no demo reply comes.
    QCOMPARE(say(f, s, "agent", QStringLiteral("Autre chose ?")).status, 200);
    QCOMPARE(say(f, s, "client", QStringLiteral("Non merci.")).status, 200);
    QVERIFY(f.advanceClock(5));
    QTRY_COMPARE(f.server().context().clock().pendingCalls(), 0);
    QCOMPARE(replied.size(), 1);
    QCOMPARE(messagesOf(f, s).size(), 5);
    // Nor when the agent has closed the conversation meanwhile.
    QCOMPARE(say(f, s, "agent", QStringLiteral("Je clôture.")).status, 200);
    QCOMPARE(f.putJson(kConversations,
                       {{QStringLiteral("id"), s.conversation},
                        {QStringLiteral("status"), QStringLiteral("CLOSED")}},
                       s.token)
                 .status,
             200);
    QVERIFY(f.advanceClock(5));
    QTRY_COMPARE(f.server().context().clock().pendingCalls(), 0);
    QCOMPARE(replied.size(), 1);
    QCOMPARE(messagesOf(f, s).size(), 6);
}

void TestSandboxDemoReplies::noReplyToAClientOrWhenOff() {
    {
        SandboxFixture f(demoLife(50));
        const Scene s = scene(f);
        QCOMPARE(say(f, s, "client", QStringLiteral("Bonjour !")).status, 200);
        QCOMPARE(f.server().context().demoReplies().pending(), 0);
        QCOMPARE(f.server().context().clock().pendingCalls(), 0);
    }
    SandboxFixture f(SandboxRows::unseeded()); // off by default
    const Scene s = scene(f);
    QCOMPARE(say(f, s, "agent", QStringLiteral("Bonjour !")).status, 200);
    QCOMPARE(f.server().context().demoReplies().pending(), 0);
    QCOMPARE(f.server().context().clock().pendingCalls(), 0);
}

void TestSandboxDemoReplies::commandLine() {
    QString error;
    const QString bin = QStringLiteral("jobbers-sandbox");
    std::optional<SandboxOptions> o = SandboxCli::parse({bin}, &error);
    QVERIFY(o && !o->demoReplies);
    o = SandboxCli::parse({bin, QStringLiteral("--demo-replies")}, &error);
    QVERIFY(o && o->demoReplies && o->demoReplyDelayMs == 4000);
    o = SandboxCli::parse({bin, QStringLiteral("--demo-reply-delay"), QStringLiteral("50")},
                          &error);
    QVERIFY(o && o->demoReplies && o->demoReplyDelayMs == 50);
    o = SandboxCli::parse({bin, QStringLiteral("--demo-reply-delay"), QStringLiteral("soon")},
                          &error);
    QVERIFY(!o);
    QVERIFY(error.startsWith(QStringLiteral("--demo-reply-delay")));
}

QTEST_MAIN(TestSandboxDemoReplies)
#include "tst_sandbox_demoreplies.moc"
