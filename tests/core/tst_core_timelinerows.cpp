// TimelineRowsModel: the open conversation's messages followed by its unsent outbox
// items, with QAbstractItemModelTester attached before the models are fed: rows in
// order, an item's row as the message it will be, its state, and a sent item giving
// way to its message (merged by id, never twice) in one go.
#include "chat/messagesmodel.h"
#include "chat/outbox.h"
#include "chat/outboxmodel.h"
#include "chat/timelinerowsmodel.h"
#include "storage/localstore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <QHash>

#include <functional>

using namespace Qt::StringLiterals;
using State = OutboxItem::State;

namespace {
// Sends wait for the test's answer, item by item; uploads are not used here.
class HeldTransport : public OutboxTransport {
public:
    Cancel upload(const OutboxItem &item, QObject *, std::function<void(qint64, qint64)>,
                  std::function<void(const QUrl &)>,
                  std::function<void(const ApiError &)> failed) override {
        m_failed.insert(item.id, std::move(failed));
        return [] {};
    }
    Cancel send(const OutboxItem &item, QObject *, std::function<void(const Message &)> done,
                std::function<void(const ApiError &)> failed) override {
        m_done.insert(item.id, std::move(done));
        m_failed.insert(item.id, std::move(failed));
        return [] {};
    }
    Cancel newestMessages(const QString &, int, QObject *,
                          std::function<void(const QList<Message> &)> done,
                          std::function<void(const ApiError &)>) override {
        done({});
        return [] {};
    }
    bool answer(qint64 id, const Message &m) {
        m_failed.remove(id);
        const auto done = m_done.take(id);
        if (!done)
            return false;
        done(m);
        return true;
    }
    bool refuse(qint64 id, int status) {
        m_done.remove(id);
        const auto failed = m_failed.take(id);
        if (!failed)
            return false;
        ApiError e;
        e.kind = ApiError::Kind::Validation;
        e.httpStatus = status;
        e.message = u"Refused"_s;
        failed(e);
        return true;
    }

private:
    QHash<qint64, std::function<void(const Message &)>> m_done;
    QHash<qint64, std::function<void(const ApiError &)>> m_failed;
};

Message message(int n, Message::Author author, const QDateTime &at) {
    Message m;
    m.id = u"%1"_s.arg(n, 24, 10, QLatin1Char('0'));
    m.received = at;
    m.author = author;
    m.type = u"text"_s;
    m.content = u"message %1"_s.arg(n);
    return m;
}

QStringList ids(const QAbstractItemModel &model) {
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out << model.index(r, 0).data(MessagesModel::IdRole).toString();
    return out;
}
} // namespace

class TestTimelineRows : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void messagesThenUnsentItems();
};

void TestTimelineRows::messagesThenUnsentItems() {
    QTemporaryDir dir;
    LocalStore store;
    QVERIFY(store.open(dir.filePath(u"local.sqlite"_s)));
    HeldTransport transport;
    Outbox outbox(&store, &transport);
    MessagesModel messages;
    OutboxModel pending(&outbox);
    TimelineRowsModel rows(&messages, &pending);
    QAbstractItemModelTester tester(&rows, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The timeline's way: a sent item's message goes in at once (ComposerWiring).
    connect(&outbox, &Outbox::itemSent, &messages, [&](const OutboxItem &item, const Message &m) {
        if (item.conversationId == pending.conversationId())
            messages.appendNewest(m);
    });

    pending.setConversationId(u"7"_s);
    const QDateTime t0 = QDateTime::currentDateTimeUtc().addSecs(-600);
    messages.merge({message(1, Message::Author::User, t0),
                    message(2, Message::Author::Business, t0.addSecs(60))});
    QCOMPARE(rows.rowCount(), 2);
    QCOMPARE(rows.messageCount(), 2);

    // Queued before the outbox runs: shown after the messages, as the messages they
    // will be.
    const qint64 a = outbox.queueText(u"7"_s, u"Je m'en occupe."_s, OutboxItem::Sender::Agent);
    const qint64 b = outbox.queueText(u"7"_s, u"À demain"_s, OutboxItem::Sender::Agent);
    QVERIFY(outbox.queueText(u"8"_s, u"Ailleurs"_s, OutboxItem::Sender::Agent) > 0);
    QCOMPARE(ids(rows).mid(2),
             (QStringList{TimelineRowsModel::pendingId(a), TimelineRowsModel::pendingId(b)}));
    QModelIndex i = rows.index(2, 0);
    QVERIFY(i.data(TimelineRowsModel::PendingRole).toBool());
    QVERIFY(!rows.index(1, 0).data(TimelineRowsModel::PendingRole).toBool());
    QCOMPARE(i.data(MessagesModel::ContentRole).toString(), u"Je m'en occupe."_s);
    QCOMPARE(i.data(MessagesModel::AuthorRole).toInt(), int(Message::Author::Business));
    QCOMPARE(i.data(MessagesModel::KindRole).toInt(), int(MessagesModel::Kind::Text));
    QCOMPARE(i.data(TimelineRowsModel::OutboxStateRole).toInt(), int(State::Queued));
    // It continues the agent's group of the newest message.
    QVERIFY(i.data(MessagesModel::GroupedRole).toBool());
    QVERIFY(!i.data(MessagesModel::FirstOfDayRole).toBool());

    // A client's message arrives: before the unsent items, which keep their place.
    messages.merge({message(1, Message::Author::User, t0),
                    message(2, Message::Author::Business, t0.addSecs(60)),
                    message(3, Message::Author::User, t0.addSecs(120))});
    QCOMPARE(rows.rowCount(), 5);
    QCOMPARE(ids(rows).at(2), message(3, Message::Author::User, t0).id);
    QVERIFY(!rows.index(3, 0).data(MessagesModel::GroupedRole).toBool()); // after the client

    // Sending, then sent: the row gives way to the server's message, in one go.
    outbox.start();
    QCOMPARE(rows.index(3, 0).data(TimelineRowsModel::OutboxStateRole).toInt(),
             int(State::Sending));
    QSignalSpy sent(&outbox, &Outbox::itemSent);
    Message server = message(4, Message::Author::Business, QDateTime::currentDateTimeUtc());
    server.content = u"Je m'en occupe."_s;
    QVERIFY(transport.answer(a, server));
    QCOMPARE(sent.size(), 1);
    QCOMPARE(rows.rowCount(), 5);
    QCOMPARE(ids(rows).at(3), server.id);
    QVERIFY(!rows.index(3, 0).data(TimelineRowsModel::PendingRole).toBool());
    QCOMPARE(ids(rows).at(4), TimelineRowsModel::pendingId(b));
    // The next poll brings it again: merged by id, not twice.
    const QList<Message> page{message(3, Message::Author::User, t0.addSecs(120)), server};
    QCOMPARE(messages.merge(page).inserted, 0);
    QCOMPARE(rows.rowCount(), 5);

    // A refusal: Failed with the reason, Retry and Discard.
    QTRY_COMPARE(rows.index(4, 0).data(TimelineRowsModel::OutboxStateRole).toInt(),
                 int(State::Sending)); // the conversation's next item, once the first is sent
    QVERIFY(transport.refuse(b, 422));
    i = rows.index(4, 0);
    QCOMPARE(i.data(TimelineRowsModel::OutboxStateRole).toInt(), int(State::Failed));
    QVERIFY(i.data(TimelineRowsModel::CanRetryRole).toBool());
    QVERIFY(i.data(TimelineRowsModel::CanDiscardRole).toBool());
    QVERIFY(!i.data(TimelineRowsModel::ErrorRole).toString().isEmpty());
    QVERIFY(outbox.discard(b));
    QCOMPARE(rows.rowCount(), 4);

    // Another conversation: its own unsent items only.
    messages.clear();
    pending.setConversationId(u"8"_s);
    QCOMPARE(rows.rowCount(), 1);
    QCOMPARE(rows.index(0, 0).data(MessagesModel::ContentRole).toString(), u"Ailleurs"_s);
    QVERIFY(rows.index(0, 0).data(MessagesModel::FirstOfDayRole).toBool());
}

QTEST_GUILESS_MAIN(TestTimelineRows)
#include "tst_core_timelinerows.moc"
