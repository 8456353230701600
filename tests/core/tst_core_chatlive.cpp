// The live side of the Conversations room against the sandbox over loopback: the
// inbox sweep within its request budget (the sandbox's own count of requests), the
// open conversation's history and polling with back-off, and the other side's reply
// arriving by polling and, separately, by webhook.
#include "servicetest.h"

#include "admin/webhooksservice.h"
#include "chat/conversationindex.h"
#include "chat/conversationsmodel.h"
#include "chat/conversationsservice.h"
#include "chat/conversationtimeline.h"
#include "chat/inboxsweep.h"
#include "chat/messagesmodel.h"
#include "chat/requestbudget.h"
#include "chat/webhookreceiver.h"
#include "clients/clientsmodel.h"
#include "sandboxserver.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

namespace {
constexpr qint64 kFirstDemoClient = 40301; // enterprise 20 has 60 demo clients from here

// The other side: the client writes, through the API.
bool postAsClient(SandboxFixture &f, const QString &token, qint64 conversationId,
                  const QString &text) {
    const HttpResult r =
        f.postJson(QStringLiteral("/api/v0/conversations/%1/messages").arg(conversationId),
                   {{QStringLiteral("type"), QStringLiteral("text")},
                    {QStringLiteral("content"), text},
                    {QStringLiteral("sender"), QStringLiteral("client")}},
                   token);
    return r.status == 200;
}

// Waits, on signals, until pred() holds.
template<typename Pred>
bool waitUntil(QObject *source, const char *signal, Pred pred, int timeoutMs = 20000) {
    QSignalSpy spy(source, signal);
    QElapsedTimer clock;
    clock.start();
    while (!pred() && clock.elapsed() < timeoutMs)
        spy.wait(int(qMax<qint64>(1, timeoutMs - clock.elapsed())));
    return pred();
}
} // namespace

class TestChatLive : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sweepStaysWithinItsBudget();
    void historyLoadsByLargerPages();
    void replyArrivesByPolling();
    void pollingBacksOffWhenNothingChanges();
    void replyArrivesByWebhook();

private:
    // A new conversation of a demo client, with count messages alternating authors.
    Conversation newConversation(ApiTestSession &s, ConversationsService &service, int count);
};

Conversation TestChatLive::newConversation(ApiTestSession &s, ConversationsService &service,
                                           int count) {
    const auto created = await(service.create(kFirstDemoClient, QStringLiteral("Garde de chat")));
    if (!created.ok())
        return {};
    const QString token = s.fixture.token(20);
    for (int i = 0; i < count; ++i) {
        const HttpResult r =
            s.fixture.postJson(QStringLiteral("/api/v0/conversations/%1/messages").arg(created->id),
                               {{QStringLiteral("type"), QStringLiteral("text")},
                                {QStringLiteral("content"), QStringLiteral("message %1").arg(i)},
                                {QStringLiteral("sender"),
                                 i % 2 ? QStringLiteral("agent") : QStringLiteral("client")}},
                               token);
        if (r.status != 200)
            return {};
    }
    return *created;
}

void TestChatLive::sweepStaysWithinItsBudget() {
    ApiTestSession s;
    QVERIFY2(s.ok(), qPrintable(s.error));
    ConversationsService service(&s.api);
    // The directory: the 60 demo clients, the last one the most recently active.
    ClientsModel clients;
    QList<DirectoryEntry> entries;
    for (int i = 0; i < 60; ++i) {
        DirectoryEntry e;
        e.client.clientId = kFirstDemoClient + i;
        e.client.email = QStringLiteral("client%1@exemple.fr").arg(i);
        e.client.lastLoginDate = QDateTime(QDate(2026, 1, 1), QTime(9, 0)).addDays(i);
        e.client.active = true;
        e.detailed = true;
        entries.append(e);
    }
    clients.setEntries(entries);
    ConversationsModel model;
    ConversationIndex index(&model);
    RequestBudget budget;
    // Four requests per 1.5 s window: the minute, shortened for the test.
    budget.setWindowMs(1500);
    budget.setPerMinute(4);
    InboxSweep sweep(&service, &index, &clients, &budget);

    QList<qint64> handledAt;
    QStringList firstQueries;
    QElapsedTimer clock;
    clock.start();
    connect(&s.fixture.server(), &SandboxServer::requestHandled, this,
            [&](const QByteArray &method, const QString &path, int) {
                if (method == "GET" && path == QLatin1String("/api/v0/conversations"))
                    handledAt.append(clock.elapsed());
            });
    QSignalSpy checked(&sweep, &InboxSweep::clientChecked);
    sweep.start();
    QVERIFY(waitUntil(&s.fixture.server(), SIGNAL(requestHandled(QByteArray, QString, int)),
                      [&] { return handledAt.size() >= 13; }));
    sweep.stop();
    // Never a fifth request within any 1.5 s (a little slack for the loopback trip).
    for (int i = 0; i + 4 < handledAt.size(); ++i)
        QVERIFY2(handledAt.at(i + 4) - handledAt.at(i) >= 1500 - 150,
                 qPrintable(QStringLiteral("requests %1 and %2 were %3 ms apart")
                                .arg(i)
                                .arg(i + 4)
                                .arg(handledAt.at(i + 4) - handledAt.at(i))));
    QCOMPARE(sweep.requestsMade(), int(handledAt.size()));
    // The most recently active client first, both its lists.
    QVERIFY(!checked.isEmpty());
    QCOMPARE(checked.at(0).at(0).toLongLong(), kFirstDemoClient + 59);
    QVERIFY(index.clientChecked(kFirstDemoClient + 59).isValid());
    QVERIFY(!index.clientChecked(kFirstDemoClient).isValid());
    QVERIFY(model.rowCount() > 0);
}

void TestChatLive::historyLoadsByLargerPages() {
    ApiTestSession s;
    QVERIFY2(s.ok(), qPrintable(s.error));
    ConversationsService service(&s.api);
    const Conversation c = newConversation(s, service, 120);
    QVERIFY(c.id > 0);
    MessagesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ConversationTimeline timeline(&service, &model);
    timeline.setPageSize(50);
    timeline.setPollIntervals(60000, 60000);
    QSignalSpy loaded(&timeline, &ConversationTimeline::loaded);
    timeline.open(c);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(model.rowCount(), 50);
    QCOMPARE(model.messageAt(49).content, QStringLiteral("message 119"));
    QVERIFY(!timeline.isComplete());
    QSignalSpy older(&timeline, &ConversationTimeline::olderLoaded);
    timeline.loadOlder();
    QVERIFY(older.wait(20000));
    QCOMPARE(older.at(0).at(0).toInt(), 50);
    QCOMPARE(model.rowCount(), 100);
    timeline.loadOlder();
    QVERIFY(older.wait(20000));
    QCOMPARE(model.rowCount(), 120);
    QVERIFY(timeline.isComplete());
    for (int i = 0; i < 120; ++i)
        QCOMPARE(model.messageAt(i).content, QStringLiteral("message %1").arg(i));
}

void TestChatLive::replyArrivesByPolling() {
    ApiTestSession s;
    QVERIFY2(s.ok(), qPrintable(s.error));
    ConversationsService service(&s.api);
    const Conversation c = newConversation(s, service, 3);
    QVERIFY(c.id > 0);
    MessagesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ConversationTimeline timeline(&service, &model);
    timeline.setPollIntervals(100, 400);
    QSignalSpy loaded(&timeline, &ConversationTimeline::loaded);
    timeline.open(c);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(model.rowCount(), 3);
    QSignalSpy fresh(&timeline, &ConversationTimeline::newMessages);
    QVERIFY(postAsClient(s.fixture, s.fixture.token(20), c.id, QStringLiteral("Merci !")));
    QVERIFY(fresh.wait(20000));
    QCOMPARE(fresh.at(0).at(0).value<QList<Message>>().size(), 1);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.messageAt(3).content, QStringLiteral("Merci !"));
    QCOMPARE(model.messageAt(3).author, Message::Author::User);
    // Polls go on: the same message never comes twice.
    QVERIFY(waitUntil(
                &timeline, SIGNAL(loadingChanged()), [] { return false; }, 600)
            == false);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(fresh.count(), 1);
}

void TestChatLive::pollingBacksOffWhenNothingChanges() {
    ApiTestSession s;
    QVERIFY2(s.ok(), qPrintable(s.error));
    ConversationsService service(&s.api);
    const Conversation c = newConversation(s, service, 1);
    QVERIFY(c.id > 0);
    MessagesModel model;
    ConversationTimeline timeline(&service, &model);
    timeline.setPollIntervals(50, 400);
    QList<qint64> polls;
    QElapsedTimer clock;
    clock.start();
    const QString path = QStringLiteral("/api/v0/conversations/%1/messages").arg(c.id);
    connect(&s.fixture.server(), &SandboxServer::requestHandled, this,
            [&](const QByteArray &method, const QString &p, int) {
                if (method == "GET" && p == path)
                    polls.append(clock.elapsed());
            });
    timeline.open(c);
    QVERIFY(waitUntil(&s.fixture.server(), SIGNAL(requestHandled(QByteArray, QString, int)),
                      [&] { return polls.size() >= 6; }));
    // 100, 200, 400, 400...: each gap at least the one before (less jitter), capped.
    QCOMPARE(timeline.pollInterval(), 400);
    for (int i = 2; i < polls.size(); ++i)
        QVERIFY2(polls.at(i) - polls.at(i - 1) >= qMin(400, 50 << (i - 1)) - 30,
                 qPrintable(QStringLiteral("poll %1 came %2 ms after the previous one")
                                .arg(i)
                                .arg(polls.at(i) - polls.at(i - 1))));
    // The window got the focus: a poll at once, and the short interval again.
    const int before = int(polls.size());
    timeline.poke();
    QVERIFY(waitUntil(
        &s.fixture.server(), SIGNAL(requestHandled(QByteArray, QString, int)),
        [&] { return polls.size() > before; }, 300));
}

void TestChatLive::replyArrivesByWebhook() {
    SandboxOptions options;
    options.webhookFirstRetryMs = 50;
    ApiTestSession s(20, options);
    QVERIFY2(s.ok(), qPrintable(s.error));
    ConversationsService service(&s.api);
    WebhooksService webhooks(&s.api);
    const Conversation c = newConversation(s, service, 2);
    QVERIFY(c.id > 0);

    // A registration left by an earlier run: removed when the receiver registers.
    QVERIFY_ANSWER(await(webhooks.createMessageWebhook(QUrl(QStringLiteral("http://127.0.0.1:9")
                                                            + WebhookReceiver::pathPrefix()
                                                            + QStringLiteral("stale")))));

    WebhookReceiver receiver;
    QVERIFY(receiver.listen());
    receiver.setService(&webhooks);
    QSignalSpy registered(&receiver, &WebhookReceiver::registered);
    receiver.registerWithApi();
    QVERIFY(registered.wait(20000));
    QVERIFY(registered.at(0).at(0).toBool());
    const auto hooks = await(webhooks.messageWebhooks());
    QVERIFY_ANSWER(hooks);
    QCOMPARE(hooks->size(), 1);
    QCOMPARE(hooks->at(0).url, receiver.url());

    MessagesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ConversationTimeline timeline(&service, &model);
    // No poll during the test: what arrives, arrives by webhook.
    timeline.setPollIntervals(600000, 600000);
    QSignalSpy loaded(&timeline, &ConversationTimeline::loaded);
    timeline.open(c);
    QVERIFY(loaded.wait(20000));
    connect(&receiver, &WebhookReceiver::messageCreated, &timeline,
            [&](qint64 conversationId, qint64, const Message &m) {
                if (conversationId == timeline.conversationId())
                    timeline.deliver(m);
            });
    QSignalSpy delivered(&receiver, &WebhookReceiver::messageCreated);
    QSignalSpy fresh(&timeline, &ConversationTimeline::newMessages);
    QVERIFY(postAsClient(s.fixture, s.fixture.token(20), c.id, QStringLiteral("Je suis là.")));
    QVERIFY(delivered.wait(20000));
    QCOMPARE(delivered.at(0).at(0).toLongLong(), c.id);
    QCOMPARE(delivered.at(0).at(1).toLongLong(), kFirstDemoClient);
    QCOMPARE(fresh.count(), 1);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.messageAt(2).content, QStringLiteral("Je suis là."));

    // On exit the registration goes.
    receiver.unregisterFromApi();
    QVERIFY(waitUntil(&s.fixture.server(), SIGNAL(requestHandled(QByteArray, QString, int)), [&] {
        const auto now = s.fixture.get(QStringLiteral("/api/v0/webhooks"), s.fixture.token(20));
        return now.status == 200 && now.array().isEmpty();
    }));
}

QTEST_GUILESS_MAIN(TestChatLive)
#include "tst_core_chatlive.moc"
