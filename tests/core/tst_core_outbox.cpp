#include "chat/outbox.h"
#include "chat/outboxmodel.h"
#include "storage/localstore.h"
#include "tasks/taskregistry.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using State = OutboxItem::State;

namespace {
// A transport whose calls wait until the test answers them, and which records what the
// store held at the moment of each call (an item must be written before any call).
class ScriptedTransport : public OutboxTransport {
public:
    struct Call {
        QString what; // "upload", "send", "read"
        OutboxItem item;
        std::optional<OutboxItem> stored; // LocalStore's copy when the call was made
        int size = 0;
        QPointer<QObject> context;
        std::function<void(qint64, qint64)> progress;
        std::function<void(const QUrl &)> uploaded;
        std::function<void(const Message &)> sent;
        std::function<void(const QList<Message> &)> read;
        std::function<void(const ApiError &)> failed;
        bool cancelled = false;
        bool answered = false;
    };
    explicit ScriptedTransport(LocalStore *store)
        : m_store(store) {}

    Cancel upload(const OutboxItem &item, QObject *context,
                  std::function<void(qint64, qint64)> progress,
                  std::function<void(const QUrl &)> done,
                  std::function<void(const ApiError &)> failed) override {
        auto c = record(u"upload"_s, item, context, std::move(failed));
        c->progress = std::move(progress);
        c->uploaded = std::move(done);
        return canceller(c);
    }
    Cancel send(const OutboxItem &item, QObject *context, std::function<void(const Message &)> done,
                std::function<void(const ApiError &)> failed) override {
        auto c = record(u"send"_s, item, context, std::move(failed));
        c->sent = std::move(done);
        return canceller(c);
    }
    Cancel newestMessages(const QString &conversationId, int size, QObject *context,
                          std::function<void(const QList<Message> &)> done,
                          std::function<void(const ApiError &)> failed) override {
        OutboxItem item;
        item.conversationId = conversationId;
        auto c = record(u"read"_s, item, context, std::move(failed));
        c->size = size;
        c->read = std::move(done);
        return canceller(c);
    }

    QList<std::shared_ptr<Call>> calls;
    // What the server holds, for "read" answers.
    QList<Message> conversation;

    QStringList log() const {
        QStringList out;
        for (const auto &c : calls)
            out << c->what + QLatin1Char(':') + QString::number(c->item.id);
        return out;
    }
    std::shared_ptr<Call> last() const { return calls.isEmpty() ? nullptr : calls.last(); }

    // The server accepted a POST: the message is in the conversation, answer or not.
    static Message accept(ScriptedTransport &t, const Call &c) {
        Message m;
        m.id = u"m%1"_s.arg(qint64(t.conversation.size() + 1), 23, 10, QLatin1Char('0'));
        m.received = QDateTime::currentDateTimeUtc();
        m.author = OutboxMachine::authorOf(c.item.sender);
        m.type = c.item.kind == OutboxItem::Kind::Text ? u"text"_s : c.item.mimeType;
        m.content = c.item.kind == OutboxItem::Kind::Text ? c.item.text() : QString();
        m.mediaUrl = c.item.mediaUrl;
        t.conversation.append(m);
        return m;
    }

private:
    std::shared_ptr<Call> record(const QString &what, const OutboxItem &item, QObject *context,
                                 std::function<void(const ApiError &)> failed) {
        auto c = std::make_shared<Call>();
        c->what = what;
        c->item = item;
        c->stored = item.id ? m_store->outboxItem(item.id) : std::nullopt;
        c->context = context;
        c->failed = std::move(failed);
        calls.append(c);
        return c;
    }
    Cancel canceller(const std::shared_ptr<Call> &c) {
        return [c] {
            if (c->answered)
                return;
            c->cancelled = true;
            c->answered = true;
            if (c->context)
                c->failed(ApiError::cancelled());
        };
    }
    LocalStore *m_store;
};

ApiError networkError() {
    ApiError e;
    e.kind = ApiError::Kind::Network;
    e.message = u"Connection closed"_s;
    return e;
}

// The answers, as the event loop would deliver them.
void answerUpload(ScriptedTransport::Call &c, const QUrl &url) {
    c.answered = true;
    if (c.context)
        c.uploaded(url);
}
void answerSend(ScriptedTransport &t, ScriptedTransport::Call &c) {
    const Message m = ScriptedTransport::accept(t, c);
    c.answered = true;
    if (c.context)
        c.sent(m);
}
// Created on the server, answer lost.
void loseSendAnswer(ScriptedTransport &t, ScriptedTransport::Call &c) {
    ScriptedTransport::accept(t, c);
    c.answered = true;
    if (c.context)
        c.failed(networkError());
}
void answerRead(ScriptedTransport &t, ScriptedTransport::Call &c) {
    c.answered = true;
    if (c.context)
        c.read(t.conversation.mid(qMax<qsizetype>(0, t.conversation.size() - c.size)));
}
void fail(ScriptedTransport::Call &c, const ApiError &error) {
    c.answered = true;
    if (c.context)
        c.failed(error);
}

// Lets the outbox's queued pump run.
void settle() {
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
}
} // namespace

// The Outbox's driving of OutboxMachine over LocalStore, with a transport the test
// answers step by step: each item written before each call, restart and resume, order
// per conversation, lost answers, a retried upload not made twice, cancel, and the
// files refused before anything is queued. The same against the sandbox over HTTP is
// tst_core_outbox_sandbox.
class TestOutbox : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_n = 0;
    QString newFile() { return m_dir.filePath(u"store-%1.sqlite"_s.arg(++m_n)); }
    QString writeFile(const QString &name, const QByteArray &bytes) {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(bytes);
        return f.fileName();
    }

private Q_SLOTS:
    void writtenBeforeEveryCall();
    void nothingQueuedWhenTheStoreRefuses();
    void resumesAfterRestart();
    void retriedAttachmentIsNotUploadedAgain();
    void oneAtATimePerConversation();
    void lostAnswerFoundInTheConversation();
    void lostAnswerNotFoundIsPostedAgain();
    void cancelUploadFromTheProgressArea();
    void modelFollowsTheOutbox();
    void refusedFiles_data();
    void refusedFiles();
};

void TestOutbox::writtenBeforeEveryCall() {
    LocalStore store;
    QVERIFY(store.open(newFile()));
    ScriptedTransport t(&store);
    Outbox outbox(&store, &t);
    outbox.start();
    const QString file = writeFile(u"menu.pdf"_s, QByteArray(2048, 'x'));
    const qint64 a = outbox.queueFile(u"12"_s, file, OutboxItem::Sender::Agent);
    QVERIFY(a > 0);
    QCOMPARE(store.outboxItem(a)->state, State::Queued); // before the first turn of the loop
    QCOMPARE(store.outboxItem(a)->fileSize, 2048);
    QCOMPARE(store.outboxItem(a)->mimeType, u"application/pdf"_s);
    settle();
    QCOMPARE(t.log(), QStringList{u"upload:%1"_s.arg(a)});
    QCOMPARE(t.last()->stored->state, State::Uploading);
    answerUpload(*t.last(), QUrl(u"http://h/media/abc/menu.pdf"_s));
    QCOMPARE(t.last()->what, u"send"_s);
    QCOMPARE(t.last()->stored->state, State::Sending);
    QCOMPARE(t.last()->stored->mediaUrl, QUrl(u"http://h/media/abc/menu.pdf"_s));
    QCOMPARE(t.last()->stored->attempts, 1);
    QVERIFY(t.last()->stored->firstAttemptAt.isValid());
    QSignalSpy sent(&outbox, &Outbox::itemSent);
    answerSend(t, *t.last());
    QCOMPARE(sent.size(), 1);
    QCOMPARE(store.outboxItem(a)->state, State::Sent);
    QCOMPARE(store.outboxItem(a)->messageId, t.conversation.last().id);
    QVERIFY(outbox.items().isEmpty());
}

void TestOutbox::nothingQueuedWhenTheStoreRefuses() {
    LocalStore store; // never opened
    ScriptedTransport t(&store);
    Outbox outbox(&store, &t);
    outbox.start();
    QString error;
    QCOMPARE(outbox.queueText(u"12"_s, u"Bonjour"_s, OutboxItem::Sender::Agent, &error), 0);
    QVERIFY(!error.isEmpty());
    QCOMPARE(outbox.queueText(u"12"_s, u"   "_s, OutboxItem::Sender::Agent, &error), 0);
    QCOMPARE(error, u"The message is empty."_s);
    settle();
    QVERIFY(t.calls.isEmpty());
}

void TestOutbox::resumesAfterRestart() {
    const QString path = newFile();
    const QString file = writeFile(u"photo.jpg"_s, QByteArray(4096, 'j'));
    qint64 posted = 0, uploading = 0, failed = 0, queued = 0;
    {
        LocalStore store;
        QVERIFY(store.open(path));
        ScriptedTransport t(&store);
        Outbox outbox(&store, &t);
        outbox.start();
        posted = outbox.queueText(u"1"_s, u"Posted, then killed"_s, OutboxItem::Sender::Agent);
        uploading = outbox.queueFile(u"2"_s, file, OutboxItem::Sender::Client);
        failed = outbox.queueText(u"3"_s, u"Refused"_s, OutboxItem::Sender::Agent);
        queued = outbox.queueText(u"1"_s, u"Behind the first"_s, OutboxItem::Sender::Agent);
        settle();
        QCOMPARE(t.calls.size(), 3); // one per conversation
        fail(*t.calls.at(2), ApiError::fromHttp(400, {}));
        QCOMPARE(store.outboxItem(failed)->state, State::Failed);
        // The process dies here: the POST of "posted" and the upload are in flight.
    }
    LocalStore store;
    QVERIFY(store.open(path));
    ScriptedTransport t(&store);
    Outbox outbox(&store, &t);
    QCOMPARE(outbox.items().size(), 0);
    outbox.start();
    QCOMPARE(outbox.items().size(), 4);
    settle();
    // The posted text is not posted blindly: the conversation is read first. The upload
    // starts again. The failed item waits for Retry; the queued one for its turn.
    QCOMPARE(t.log(), (QStringList{u"read:0"_s, u"upload:%1"_s.arg(uploading)}));
    QCOMPARE(outbox.item(failed)->state, State::Failed);
    QCOMPARE(outbox.item(queued)->state, State::Queued);
    QCOMPARE(outbox.item(uploading)->sender, OutboxItem::Sender::Client);
    answerRead(t, *t.calls.at(0)); // empty conversation: the POST never arrived
    QCOMPARE(t.last()->what, u"send"_s);
    QCOMPARE(t.last()->item.id, posted);
    QCOMPARE(t.last()->stored->attempts, 2);
    answerSend(t, *t.last());
    settle();
    QCOMPARE(t.last()->item.id, queued);
}

void TestOutbox::retriedAttachmentIsNotUploadedAgain() {
    LocalStore store;
    QVERIFY(store.open(newFile()));
    ScriptedTransport t(&store);
    Outbox outbox(&store, &t);
    outbox.start();
    const qint64 id = outbox.queueFile(u"5"_s, writeFile(u"devis.pdf"_s, "%PDF-1.4 ..."),
                                       OutboxItem::Sender::Agent);
    settle();
    answerUpload(*t.last(), QUrl(u"http://h/media/ff/devis.pdf"_s));
    fail(*t.last(), ApiError::fromHttp(404, {})); // the POST refused
    QCOMPARE(outbox.item(id)->state, State::Failed);
    QVERIFY(outbox.retry(id));
    QVERIFY(!outbox.retry(id)); // once
    settle();
    // Posted once already: read first, then post the same URL; no second upload.
    QCOMPARE(t.log(), (QStringList{u"upload:%1"_s.arg(id), u"send:%1"_s.arg(id), u"read:0"_s}));
    answerRead(t, *t.last());
    QCOMPARE(t.last()->what, u"send"_s);
    QCOMPARE(t.last()->item.mediaUrl, QUrl(u"http://h/media/ff/devis.pdf"_s));
    answerSend(t, *t.last());
    QCOMPARE(store.outboxItem(id)->state, State::Sent);
}

void TestOutbox::oneAtATimePerConversation() {
    LocalStore store;
    QVERIFY(store.open(newFile()));
    ScriptedTransport t(&store);
    Outbox outbox(&store, &t);
    outbox.start();
    const qint64 a1 = outbox.queueText(u"A"_s, u"un"_s, OutboxItem::Sender::Agent);
    const qint64 a2 = outbox.queueText(u"A"_s, u"deux"_s, OutboxItem::Sender::Agent);
    const qint64 b1 = outbox.queueText(u"B"_s, u"autre"_s, OutboxItem::Sender::Agent);
    settle();
    QCOMPARE(t.log(), (QStringList{u"send:%1"_s.arg(a1), u"send:%1"_s.arg(b1)}));
    answerSend(t, *t.calls.at(0));
    settle();
    QCOMPARE(t.last()->item.id, a2);
    QCOMPARE(t.conversation.size(), 1);
}

void TestOutbox::lostAnswerFoundInTheConversation() {
    LocalStore store;
    QVERIFY(store.open(newFile()));
    ScriptedTransport t(&store);
    Outbox outbox(&store, &t);
    outbox.start();
    // The same text twice on purpose: the first answered, the second's answer lost.
    const qint64 first = outbox.queueText(u"7"_s, u"Merci !"_s, OutboxItem::Sender::Agent);
    const qint64 second = outbox.queueText(u"7"_s, u"Merci !"_s, OutboxItem::Sender::Agent);
    settle();
    answerSend(t, *t.last());
    settle();
    QCOMPARE(t.last()->item.id, second);
    QSignalSpy sent(&outbox, &Outbox::itemSent);
    loseSendAnswer(t, *t.last());
    QCOMPARE(t.last()->what, u"read"_s);
    answerRead(t, *t.last());
    QCOMPARE(sent.size(), 1);
    QCOMPARE(t.conversation.size(), 2);
    QCOMPARE(store.outboxItem(second)->messageId, t.conversation.at(1).id);
    QCOMPARE(store.outboxItem(first)->messageId, t.conversation.at(0).id);
    QCOMPARE(sent.at(0).at(1).value<Message>().id, t.conversation.at(1).id);
}

void TestOutbox::lostAnswerNotFoundIsPostedAgain() {
    LocalStore store;
    QVERIFY(store.open(newFile()));
    ScriptedTransport t(&store);
    Outbox outbox(&store, &t);
    outbox.start();
    const qint64 first = outbox.queueText(u"7"_s, u"Merci !"_s, OutboxItem::Sender::Agent);
    const qint64 second = outbox.queueText(u"7"_s, u"Merci !"_s, OutboxItem::Sender::Agent);
    settle();
    answerSend(t, *t.last());
    settle();
    // The second POST dies before reaching the server: the one "Merci !" there is the
    // first item's, claimed, so the second is posted again.
    fail(*t.last(), networkError());
    answerRead(t, *t.last());
    QCOMPARE(t.last()->what, u"send"_s);
    QCOMPARE(t.last()->item.id, second);
    answerSend(t, *t.last());
    QCOMPARE(t.conversation.size(), 2);
    QVERIFY(store.outboxItem(first)->messageId != store.outboxItem(second)->messageId);
}

void TestOutbox::cancelUploadFromTheProgressArea() {
    LocalStore store;
    QVERIFY(store.open(newFile()));
    ScriptedTransport t(&store);
    TaskRegistry tasks;
    Outbox outbox(&store, &t, &tasks);
    outbox.start();
    const qint64 id = outbox.queueFile(u"9"_s, writeFile(u"big.bin"_s, QByteArray(10000, 'b')),
                                       OutboxItem::Sender::Agent);
    settle();
    QCOMPARE(tasks.count(), 1);
    const TaskRegistry::TaskId task = tasks.ids().first();
    QCOMPARE(tasks.task(task).maximum, 10000);
    t.last()->progress(2500, 10000);
    QCOMPARE(tasks.task(task).value, 2500);
    QCOMPARE(outbox.uploadProgressOf(id), (QPair<qint64, qint64>(2500, 10000)));
    QSignalSpy removed(&outbox, &Outbox::itemRemoved);
    QVERIFY(tasks.cancel(task));
    QVERIFY(t.last()->cancelled);
    QCOMPARE(removed.size(), 1);
    QVERIFY(tasks.isIdle());
    QVERIFY(!store.outboxItem(id));
    settle();
    QCOMPARE(t.calls.size(), 1); // nothing posted
}

void TestOutbox::modelFollowsTheOutbox() {
    LocalStore store;
    QVERIFY(store.open(newFile()));
    ScriptedTransport t(&store);
    Outbox outbox(&store, &t);
    OutboxModel model(&outbox);
    QAbstractItemModelTester tester(&model);
    model.setConversationId(u"4"_s);
    outbox.start();
    const qint64 a = outbox.queueText(u"4"_s, u"Bonjour"_s, OutboxItem::Sender::Agent);
    outbox.queueText(u"other"_s, u"ailleurs"_s, OutboxItem::Sender::Agent);
    const qint64 b = outbox.queueText(u"4"_s, u"Ça marche"_s, OutboxItem::Sender::Agent);
    QCOMPARE(model.rowCount(), 2);
    settle();
    QCOMPARE(model.index(0).data(OutboxModel::StateRole).toInt(), int(State::Sending));
    QCOMPARE(model.index(1).data(OutboxModel::StateRole).toInt(), int(State::Queued));
    fail(*t.calls.at(0), ApiError::fromHttp(400, {}));
    QCOMPARE(model.index(0).data(OutboxModel::CanRetryRole).toBool(), true);
    QVERIFY(!model.index(0).data(OutboxModel::ErrorRole).toString().isEmpty());
    settle();
    QCOMPARE(t.last()->item.id, b); // a failed item does not hold the others back
    answerSend(t, *t.last());
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(model.discard(model.rowOfId(a)));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!store.outboxItem(a));
}

void TestOutbox::refusedFiles_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("reason"); // a part of the text
    QTest::newRow("missing") << u"nowhere.pdf"_s << u"cannot be found"_s;
    QTest::newRow("a folder") << u"folder"_s << u"is not a file"_s;
    QTest::newRow("unreadable") << u"secret.pdf"_s << u"cannot be read"_s;
    QTest::newRow("empty") << u"empty.txt"_s << u"is empty"_s;
    QTest::newRow("over the limit") << u"huge.bin"_s << u"more than the"_s;
}

void TestOutbox::refusedFiles() {
    QFETCH(QString, name);
    QFETCH(QString, reason);
    QDir(m_dir.path()).mkpath(u"folder"_s);
    writeFile(u"empty.txt"_s, {});
    writeFile(u"huge.bin"_s, QByteArray(2049, 'h'));
    const QString secret = writeFile(u"secret.pdf"_s, "x");
    QFile::setPermissions(secret, QFileDevice::WriteOwner);
    if (name == u"secret.pdf"_s && ::geteuid() == 0)
        QSKIP("root reads every file");
    LocalStore store;
    QVERIFY(store.open(newFile()));
    ScriptedTransport t(&store);
    Outbox outbox(&store, &t);
    outbox.setMaxFileBytes(2048);
    outbox.start();
    QString error;
    QCOMPARE(outbox.queueFile(u"1"_s, m_dir.filePath(name), OutboxItem::Sender::Agent, &error), 0);
    QVERIFY2(error.contains(reason), qPrintable(error));
    QVERIFY2(error.contains(name), qPrintable(error));
    QVERIFY(store.outbox().isEmpty());
    settle();
    QVERIFY(t.calls.isEmpty());
}

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_core_outbox.moc"
