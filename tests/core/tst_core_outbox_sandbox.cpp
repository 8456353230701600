#include "tst_core_outbox_world.h"

#include <QFile>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;
using State = OutboxItem::State;

namespace {
QString writeFile(const QTemporaryDir &dir, const QString &name, qint64 size, char fill) {
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly))
        return {};
    const QByteArray chunk(64 * 1024, fill);
    for (qint64 left = size; left > 0; left -= chunk.size())
        f.write(chunk.constData(), qMin<qint64>(left, chunk.size()));
    return f.fileName();
}
} // namespace

// The Outbox on ConversationsService against the sandbox over loopback: answers lost at
// random for 50 texts and 10 files (0 lost, 0 duplicated), the app's process killed
// between a POST and its answer (found exactly once on restart), an upload failed by
// --fail-rate then retried, a cancelled upload that leaves no message.
class TestOutboxSandbox : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void lostAnswersNothingLostNothingTwice();
    void killedBetweenPostAndAnswer();
    void failedUploadThenRetry();
    void cancelledUploadLeavesNoMessage();
    void tooLargeForTheServer();
};

void TestOutboxSandbox::lostAnswersNothingLostNothingTwice() {
    SandboxOptions options = OutboxWorld::quietOptions();
    options.faultSeed = 11;
    OutboxWorld w(options);
    QVERIFY2(w.ok(), qPrintable(w.error()));
    const qint64 first = w.newConversation(u"Anniversaire"_s);
    const qint64 second = w.newConversation(u"Traiteur"_s);
    QVERIFY(first > 0 && second > 0);
    QVERIFY(w.openOutbox());
    QSignalSpy lost(&w.session.fixture.server(), &SandboxServer::answerLost);
    // Half the answers lost after the work is done; and some requests dropped before it
    // is (the same "no answer" for the app, but then the message is not there: an
    // identical earlier text must not be taken for it).
    w.setFaults(0, 0.5, 0.15);

    // 50 texts over two conversations, three of them the same on purpose, and 10 files.
    QHash<qint64, qint64> conversationOf;
    for (int i = 0; i < 50; ++i) {
        const qint64 c = i % 2 ? second : first;
        const QString text = i % 12 == 3 || i % 12 == 8 ? u"Merci !"_s : u"Message %1"_s.arg(i);
        const qint64 id = w.outbox->queueText(QString::number(c), text, OutboxItem::Sender::Agent);
        QVERIFY(id > 0);
        conversationOf.insert(id, c);
        if (i % 5 == 4) {
            const QString file = writeFile(w.dir, u"piece-%1.txt"_s.arg(i), 3000 + i, 'a' + i % 20);
            const qint64 fileId =
                w.outbox->queueFile(QString::number(c), file, OutboxItem::Sender::Client);
            QVERIFY(fileId > 0);
            conversationOf.insert(fileId, c);
        }
    }
    QCOMPARE(conversationOf.size(), 60);
    // Failed ones (an answer lost three times running, a read that failed) are retried
    // as a person would, a bounded number of times.
    for (int round = 0; round < 10; ++round) {
        QVERIFY(w.settle(120000));
        const QList<OutboxItem> left = w.outbox->items();
        if (left.isEmpty())
            break;
        for (const OutboxItem &item : left)
            QVERIFY(w.outbox->retry(item.id));
    }
    QVERIFY2(w.outbox->items().isEmpty(), "items left unsent after 10 rounds of Retry");
    qInfo() << "answers lost:" << lost.size();
    QVERIFY(lost.size() >= 20); // the fault did happen, often

    w.setFaults(0, 0);
    const QList<Message> inFirst = w.conversation(first);
    const QList<Message> inSecond = w.conversation(second);
    int texts = 0, files = 0;
    for (auto it = conversationOf.cbegin(); it != conversationOf.cend(); ++it) {
        const std::optional<OutboxItem> item = w.store->outboxItem(it.key());
        QVERIFY(item);
        QCOMPARE(item->state, State::Sent);
        const QList<Message> &messages = it.value() == first ? inFirst : inSecond;
        if (item->kind == OutboxItem::Kind::Attachment) {
            QCOMPARE(countMedia(messages, item->mediaUrl), 1);
            ++files;
        } else if (item->text() != u"Merci !"_s) {
            QCOMPARE(countText(messages, item->text()), 1);
            ++texts;
        }
    }
    QCOMPARE(files, 10);
    QCOMPARE(texts, 42);
    // "Merci !" was meant four times in each conversation.
    QCOMPARE(countText(inFirst, u"Merci !"_s), 4);
    QCOMPARE(countText(inSecond, u"Merci !"_s), 4);
    // Nothing else arrived: the conversations hold exactly what was queued.
    QCOMPARE(inFirst.size() + inSecond.size(), 60);
}

// A helper process (tst_core_outbox_helper) queues a file and a text on the same
// LocalStore file and is killed with SIGKILL once the sandbox has committed both
// messages, before either answer (the sandbox answers 1.5 s late). On restart the
// outbox reads the conversations and finds each message: exactly once.
void TestOutboxSandbox::killedBetweenPostAndAnswer() {
    SandboxOptions options = OutboxWorld::quietOptions();
    options.latencyMs = 1500;
    OutboxWorld w(options);
    QVERIFY2(w.ok(), qPrintable(w.error()));
    const qint64 a = w.newConversation(u"Texte"_s);
    const qint64 b = w.newConversation(u"Fichier"_s);
    QVERIFY(a > 0 && b > 0);
    const QString file = writeFile(w.dir, u"plan.pdf"_s, 200 * 1024, 'p');
    const QString text = u"Le chauffeur arrive à 18 h."_s;

    int posted = 0;
    QProcess helper;
    connect(&w.session.fixture.server(), &SandboxServer::requestHandled, &helper,
            [&](const QByteArray &method, const QString &path, int status) {
                if (method == "POST" && path.endsWith(u"/messages"_s) && status == 200
                    && ++posted == 2)
                    helper.kill(); // SIGKILL: no destructor, no clean close of the store
            });
    QSignalSpy finished(&helper, &QProcess::finished);
    helper.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    helper.start(QStringLiteral(OUTBOX_HELPER),
                 {w.session.fixture.baseUrl().toString(), w.storePath(), QString::number(a), text,
                  QString::number(b), file});
    QVERIFY2(helper.waitForStarted(10000), qPrintable(helper.errorString()));
    QVERIFY(finished.wait(60000));
    QCOMPARE(helper.exitStatus(), QProcess::CrashExit);
    QCOMPARE(posted, 2);

    // The store, as the killed process left it: both items POSTed, neither confirmed.
    {
        LocalStore left;
        QVERIFY(left.open(w.storePath()));
        const QList<OutboxItem> items = left.outbox();
        QCOMPARE(items.size(), 2);
        for (const OutboxItem &item : items) {
            QCOMPARE(item.state, State::Sending);
            QVERIFY(item.wasPosted());
            QVERIFY(item.messageId.isEmpty());
        }
    }
    // The restart (the sandbox still answers late: the reads take their time).
    QVERIFY(w.openOutbox());
    QCOMPARE(w.outbox->items().size(), 2);
    QSignalSpy sent(w.outbox.get(), &Outbox::itemSent);
    QVERIFY(w.settle());
    QCOMPARE(sent.size(), 2);
    const QList<Message> inA = w.conversation(a);
    const QList<Message> inB = w.conversation(b);
    QCOMPARE(countText(inA, text), 1);
    QCOMPARE(inA.size(), 1);
    QCOMPARE(inB.size(), 1);
    const QList<OutboxItem> items = w.store->outbox();
    for (const OutboxItem &item : items) {
        QCOMPARE(item.state, State::Sent);
        if (item.kind == OutboxItem::Kind::Attachment) {
            QCOMPARE(countMedia(inB, item.mediaUrl), 1);
            QCOMPARE(item.messageId, inB.first().id);
        } else {
            QCOMPARE(item.messageId, inA.first().id);
        }
    }
}

void TestOutboxSandbox::failedUploadThenRetry() {
    OutboxWorld w;
    QVERIFY2(w.ok(), qPrintable(w.error()));
    const qint64 c = w.newConversation(u"Photos"_s);
    QVERIFY(c > 0);
    QVERIFY(w.openOutbox());
    w.setFaults(1.0, 0);
    const qint64 id =
        w.outbox->queueFile(QString::number(c), writeFile(w.dir, u"salle.jpg"_s, 50000, 'j'),
                            OutboxItem::Sender::Agent);
    QVERIFY(w.settle());
    std::optional<OutboxItem> item = w.outbox->item(id);
    QVERIFY(item);
    QCOMPARE(item->state, State::Failed);
    QCOMPARE(item->httpStatus, 503);
    QVERIFY(!item->error.isEmpty());
    QCOMPARE(w.store->outboxItem(id)->state, State::Failed);
    QVERIFY(w.conversation(c).isEmpty());
    w.setFaults(0, 0);
    QVERIFY(w.outbox->retry(id));
    QVERIFY(w.settle());
    item = w.store->outboxItem(id);
    QCOMPARE(item->state, State::Sent);
    const QList<Message> messages = w.conversation(c);
    QCOMPARE(messages.size(), 1);
    QCOMPARE(countMedia(messages, item->mediaUrl), 1);
}

void TestOutboxSandbox::cancelledUploadLeavesNoMessage() {
    SandboxOptions options = OutboxWorld::quietOptions();
    options.maxUploadBytes = 64 * 1024 * 1024;
    options.latencyMs = 2000; // the upload's answer comes late: there is time to cancel
    OutboxWorld w(options);
    QVERIFY2(w.ok(), qPrintable(w.error()));
    const qint64 c = w.newConversation(u"Vidéo"_s);
    QVERIFY(c > 0);
    QVERIFY(w.openOutbox());
    QSignalSpy progress(w.outbox.get(), &Outbox::uploadProgress);
    QSignalSpy added(&w.tasks, &TaskRegistry::taskAdded);
    const qint64 id =
        w.outbox->queueFile(QString::number(c), writeFile(w.dir, u"visite.mp4"_s, 8 << 20, 'v'),
                            OutboxItem::Sender::Agent);
    QVERIFY(progress.wait(10000));
    QCOMPARE(added.size(), 1);
    QCOMPARE(w.outbox->item(id)->state, State::Uploading);
    // Cancel from the shell's progress area.
    QVERIFY(w.tasks.cancel(w.tasks.ids().first()));
    QVERIFY(!w.outbox->item(id));
    QVERIFY(!w.store->outboxItem(id));
    QVERIFY(w.tasks.isIdle());
    // Whatever the server did with the bytes, no message names them.
    QVERIFY(w.conversation(c).isEmpty());
    QVERIFY(w.settle());
    QVERIFY(w.outbox->items().isEmpty());
}

void TestOutboxSandbox::tooLargeForTheServer() {
    SandboxOptions options = OutboxWorld::quietOptions();
    options.maxUploadBytes = 100 * 1024;
    OutboxWorld w(options);
    QVERIFY2(w.ok(), qPrintable(w.error()));
    const qint64 c = w.newConversation(u"Gros fichier"_s);
    QVERIFY(w.openOutbox());
    const qint64 id = w.outbox->queueFile(QString::number(c),
                                          writeFile(w.dir, u"catalogue.pdf"_s, 300 * 1024, 'c'),
                                          OutboxItem::Sender::Agent);
    QVERIFY(w.settle());
    const OutboxItem item = *w.outbox->item(id);
    QCOMPARE(item.state, State::Failed);
    QCOMPARE(item.httpStatus, 413);
    QVERIFY2(item.error.contains(u"refused the file"_s), qPrintable(item.error));
    QVERIFY(w.conversation(c).isEmpty());
}

QTEST_GUILESS_MAIN(TestOutboxSandbox)
#include "tst_core_outbox_sandbox.moc"
