#include "chat/outboxmachine.h"

#include <QTest>

using namespace Qt::StringLiterals;

using Event = OutboxMachine::Event;
using Action = OutboxMachine::Action;
using State = OutboxItem::State;
using Kind = OutboxItem::Kind;

Q_DECLARE_METATYPE(OutboxMachine::Event)
Q_DECLARE_METATYPE(OutboxMachine::Action)
Q_DECLARE_METATYPE(OutboxItem::State)
Q_DECLARE_METATYPE(OutboxItem::Kind)

namespace {
const QDateTime kFirst = QDateTime(QDate(2026, 3, 2), QTime(10, 0, 0), Qt::UTC);
const QDateTime kNow = kFirst.addSecs(90);
const QUrl kMedia(u"http://127.0.0.1:8080/media/0123456789abcdef0123456789abcdef/menu.pdf"_s);

ApiError errorOf(int status) {
    ApiError e;
    if (status == -1) {
        e.kind = ApiError::Kind::Network;
    } else if (status == -2) {
        e.kind = ApiError::Kind::Timeout;
    } else if (status == -3) {
        e = ApiError::malformed(u"no id"_s);
    } else if (status == -4) {
        e = ApiError::cancelled();
    } else if (status > 0) {
        e = ApiError::fromHttp(status, R"({"errors":[{"title":"x","source":"y","detail":"z"}]})");
    }
    if (e.message.isEmpty() && e.isError())
        e.message = u"something went wrong"_s;
    return e;
}

Message message(const QString &id, Message::Author author, const QString &content,
                const QDateTime &received, const QUrl &media = {}) {
    Message m;
    m.id = id;
    m.author = author;
    m.content = content;
    m.received = received;
    m.mediaUrl = media;
    m.type = media.isEmpty() ? u"text"_s : u"application/pdf"_s;
    return m;
}
} // namespace

// OutboxMachine from tables: every state against every event that applies (and some
// that do not), every fault; then the rules that decide whether a message whose answer
// was lost is already in the conversation.
class TestOutboxMachine : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void transitions_data();
    void transitions();
    void firstAttemptIsKeptAcrossAttempts();
    void reasonForTooLarge();
    void findDelivered_data();
    void findDelivered();
    void identicalTextsClaimOneMessageEach();
    void pageTooShort_data();
    void pageTooShort();
};

void TestOutboxMachine::transitions_data() {
    QTest::addColumn<State>("from");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<bool>("uploaded"); // mediaUrl set
    QTest::addColumn<bool>("posted");   // firstAttemptAt set
    QTest::addColumn<int>("attempts");
    QTest::addColumn<Event>("event");
    // UploadSucceeded: 1 gives a media URL, 0 none; *Succeeded/CheckFound: 1 an id, 0 none;
    // *Failed: the fault (HTTP status, or -1 network, -2 timeout, -3 malformed, -4 cancel).
    QTest::addColumn<int>("arg");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<State>("to");
    QTest::addColumn<Action>("action");
    QTest::addColumn<int>("toAttempts");
    QTest::addColumn<bool>("hasError");

    const auto T = Kind::Text;
    const auto A = Kind::Attachment;
    // clang-format off
    // Start: a new item, and every state found in the store after a restart or a kill.
    QTest::newRow("queued text starts: posted at once") << State::Queued << T << false << false << 0 << Event::Start << 0 << true << State::Sending << Action::Send << 1 << false;
    QTest::newRow("queued file starts: upload") << State::Queued << A << false << false << 0 << Event::Start << 0 << true << State::Uploading << Action::Upload << 0 << false;
    QTest::newRow("queued file already uploaded: no second upload") << State::Queued << A << true << false << 0 << Event::Start << 0 << true << State::Sending << Action::Send << 1 << false;
    QTest::newRow("queued posted file (retry): check first") << State::Queued << A << true << true << 0 << Event::Start << 0 << true << State::Sending << Action::Check << 0 << false;
    QTest::newRow("queued posted text (retry): check first") << State::Queued << T << false << true << 0 << Event::Start << 0 << true << State::Sending << Action::Check << 0 << false;
    QTest::newRow("resume uploading: upload again") << State::Uploading << A << false << false << 0 << Event::Start << 0 << true << State::Uploading << Action::Upload << 0 << false;
    QTest::newRow("resume sending (killed after POST): check") << State::Sending << T << false << true << 1 << Event::Start << 0 << true << State::Sending << Action::Check << 1 << false;
    QTest::newRow("resume sending never posted: post") << State::Sending << T << false << false << 0 << Event::Start << 0 << true << State::Sending << Action::Send << 1 << false;
    QTest::newRow("failed does not resume by itself") << State::Failed << T << false << true << 1 << Event::Start << 0 << false << State::Failed << Action::None << 1 << true;
    QTest::newRow("sent does not start") << State::Sent << T << false << true << 1 << Event::Start << 0 << false << State::Sent << Action::None << 1 << false;
    // Upload outcomes.
    QTest::newRow("upload done: post with the URL") << State::Uploading << A << false << false << 0 << Event::UploadSucceeded << 1 << true << State::Sending << Action::Send << 1 << false;
    QTest::newRow("upload done without URL: refused") << State::Uploading << A << false << false << 0 << Event::UploadSucceeded << 0 << false << State::Uploading << Action::None << 0 << false;
    QTest::newRow("upload done while queued: refused") << State::Queued << A << false << false << 0 << Event::UploadSucceeded << 1 << false << State::Queued << Action::None << 0 << false;
    QTest::newRow("upload done while sending: refused") << State::Sending << A << true << true << 1 << Event::UploadSucceeded << 1 << false << State::Sending << Action::None << 1 << false;
    QTest::newRow("upload 503 (fail-rate): failed") << State::Uploading << A << false << false << 0 << Event::UploadFailed << 503 << true << State::Failed << Action::None << 0 << true;
    QTest::newRow("upload 413: failed") << State::Uploading << A << false << false << 0 << Event::UploadFailed << 413 << true << State::Failed << Action::None << 0 << true;
    QTest::newRow("upload network error: failed") << State::Uploading << A << false << false << 0 << Event::UploadFailed << -1 << true << State::Failed << Action::None << 0 << true;
    QTest::newRow("upload timeout: failed") << State::Uploading << A << false << false << 0 << Event::UploadFailed << -2 << true << State::Failed << Action::None << 0 << true;
    QTest::newRow("upload failure while sending: refused") << State::Sending << A << true << true << 1 << Event::UploadFailed << 503 << false << State::Sending << Action::None << 1 << false;
    // POST outcomes.
    QTest::newRow("post answered: sent") << State::Sending << T << false << true << 1 << Event::SendSucceeded << 1 << true << State::Sent << Action::None << 1 << false;
    QTest::newRow("post answered without id: refused") << State::Sending << T << false << true << 1 << Event::SendSucceeded << 0 << false << State::Sending << Action::None << 1 << false;
    QTest::newRow("post answer while failed: refused") << State::Failed << T << false << true << 1 << Event::SendSucceeded << 1 << false << State::Failed << Action::None << 1 << true;
    QTest::newRow("post answer while uploading: refused") << State::Uploading << A << false << false << 0 << Event::SendSucceeded << 1 << false << State::Uploading << Action::None << 0 << false;
    QTest::newRow("post answer lost (network): check") << State::Sending << T << false << true << 1 << Event::SendFailed << -1 << true << State::Sending << Action::Check << 1 << false;
    QTest::newRow("post timeout: check") << State::Sending << T << false << true << 1 << Event::SendFailed << -2 << true << State::Sending << Action::Check << 1 << false;
    QTest::newRow("post 408: check") << State::Sending << T << false << true << 1 << Event::SendFailed << 408 << true << State::Sending << Action::Check << 1 << false;
    QTest::newRow("post 500: check") << State::Sending << T << false << true << 1 << Event::SendFailed << 500 << true << State::Sending << Action::Check << 1 << false;
    QTest::newRow("post 503: check") << State::Sending << A << true << true << 1 << Event::SendFailed << 503 << true << State::Sending << Action::Check << 1 << false;
    QTest::newRow("post malformed answer: check") << State::Sending << T << false << true << 2 << Event::SendFailed << -3 << true << State::Sending << Action::Check << 2 << false;
    QTest::newRow("post answer lost, last attempt: failed") << State::Sending << T << false << true << 3 << Event::SendFailed << -1 << true << State::Failed << Action::None << 3 << true;
    QTest::newRow("post 400 refused: failed") << State::Sending << T << false << true << 1 << Event::SendFailed << 400 << true << State::Failed << Action::None << 1 << true;
    QTest::newRow("post 401 refused: failed") << State::Sending << T << false << true << 1 << Event::SendFailed << 401 << true << State::Failed << Action::None << 1 << true;
    QTest::newRow("post 403 refused: failed") << State::Sending << A << true << true << 1 << Event::SendFailed << 403 << true << State::Failed << Action::None << 1 << true;
    QTest::newRow("post 404 refused: failed") << State::Sending << T << false << true << 1 << Event::SendFailed << 404 << true << State::Failed << Action::None << 1 << true;
    QTest::newRow("post 413 refused: failed") << State::Sending << T << false << true << 1 << Event::SendFailed << 413 << true << State::Failed << Action::None << 1 << true;
    QTest::newRow("post cancelled: failed") << State::Sending << T << false << true << 1 << Event::SendFailed << -4 << true << State::Failed << Action::None << 1 << true;
    QTest::newRow("post failure while queued: refused") << State::Queued << T << false << false << 0 << Event::SendFailed << -1 << false << State::Queued << Action::None << 0 << false;
    // Reading the conversation after a lost answer.
    QTest::newRow("check found: sent, not posted again") << State::Sending << T << false << true << 1 << Event::CheckFound << 1 << true << State::Sent << Action::None << 1 << false;
    QTest::newRow("check found file: sent") << State::Sending << A << true << true << 2 << Event::CheckFound << 1 << true << State::Sent << Action::None << 2 << false;
    QTest::newRow("check found without id: refused") << State::Sending << T << false << true << 1 << Event::CheckFound << 0 << false << State::Sending << Action::None << 1 << false;
    QTest::newRow("check found while failed: refused") << State::Failed << T << false << true << 1 << Event::CheckFound << 1 << false << State::Failed << Action::None << 1 << true;
    QTest::newRow("check not found: post again") << State::Sending << T << false << true << 1 << Event::CheckNotFound << 0 << true << State::Sending << Action::Send << 2 << false;
    QTest::newRow("check not found after retry: post") << State::Sending << T << false << true << 0 << Event::CheckNotFound << 0 << true << State::Sending << Action::Send << 1 << false;
    QTest::newRow("check not found, attempts used up: failed") << State::Sending << T << false << true << 3 << Event::CheckNotFound << 0 << true << State::Failed << Action::None << 3 << true;
    QTest::newRow("check not found while uploading: refused") << State::Uploading << A << false << false << 0 << Event::CheckNotFound << 0 << false << State::Uploading << Action::None << 0 << false;
    QTest::newRow("check failed (network): failed") << State::Sending << T << false << true << 1 << Event::CheckFailed << -1 << true << State::Failed << Action::None << 1 << true;
    QTest::newRow("check failed (503): failed") << State::Sending << A << true << true << 1 << Event::CheckFailed << 503 << true << State::Failed << Action::None << 1 << true;
    QTest::newRow("check failed while queued: refused") << State::Queued << T << false << false << 0 << Event::CheckFailed << 503 << false << State::Queued << Action::None << 0 << false;
    // The person's choices.
    QTest::newRow("retry failed: queued again, attempts reset") << State::Failed << T << false << true << 3 << Event::Retry << 0 << true << State::Queued << Action::None << 0 << false;
    QTest::newRow("retry failed upload: queued") << State::Failed << A << false << false << 0 << Event::Retry << 0 << true << State::Queued << Action::None << 0 << false;
    QTest::newRow("retry queued: refused") << State::Queued << T << false << false << 0 << Event::Retry << 0 << false << State::Queued << Action::None << 0 << false;
    QTest::newRow("retry uploading: refused") << State::Uploading << A << false << false << 0 << Event::Retry << 0 << false << State::Uploading << Action::None << 0 << false;
    QTest::newRow("retry sending: refused") << State::Sending << T << false << true << 1 << Event::Retry << 0 << false << State::Sending << Action::None << 1 << false;
    QTest::newRow("retry sent: refused") << State::Sent << T << false << true << 1 << Event::Retry << 0 << false << State::Sent << Action::None << 1 << false;
    QTest::newRow("discard queued: removed") << State::Queued << T << false << false << 0 << Event::Discard << 0 << true << State::Queued << Action::Remove << 0 << false;
    QTest::newRow("discard uploading (cancel): removed") << State::Uploading << A << false << false << 0 << Event::Discard << 0 << true << State::Uploading << Action::Remove << 0 << false;
    QTest::newRow("discard failed: removed") << State::Failed << T << false << true << 1 << Event::Discard << 0 << true << State::Failed << Action::Remove << 1 << true;
    QTest::newRow("discard sending: refused (may be delivered)") << State::Sending << T << false << true << 1 << Event::Discard << 0 << false << State::Sending << Action::None << 1 << false;
    QTest::newRow("discard sent: refused") << State::Sent << T << false << true << 1 << Event::Discard << 0 << false << State::Sent << Action::None << 1 << false;
    // clang-format on
}

void TestOutboxMachine::transitions() {
    QFETCH(State, from);
    QFETCH(Kind, kind);
    QFETCH(bool, uploaded);
    QFETCH(bool, posted);
    QFETCH(int, attempts);
    QFETCH(Event, event);
    QFETCH(int, arg);
    QFETCH(bool, accepted);
    QFETCH(State, to);
    QFETCH(Action, action);
    QFETCH(int, toAttempts);
    QFETCH(bool, hasError);

    OutboxItem item;
    item.id = 7;
    item.conversationId = u"12"_s;
    item.kind = kind;
    item.payload = "Bonjour, votre table est réservée.";
    if (kind == Kind::Attachment) {
        item.filePath = u"/tmp/menu.pdf"_s;
        item.fileName = u"menu.pdf"_s;
        item.fileSize = 20'000'000;
    }
    if (uploaded)
        item.mediaUrl = kMedia;
    if (posted)
        item.firstAttemptAt = kFirst;
    item.state = from;
    item.attempts = attempts;
    if (from == State::Failed) {
        item.error = u"earlier failure"_s;
        item.errorKind = int(ApiError::Kind::Network);
    }

    OutboxMachine::Input in;
    in.event = event;
    in.now = kNow;
    if (event == Event::UploadSucceeded && arg == 1)
        in.mediaUrl = kMedia;
    if ((event == Event::SendSucceeded || event == Event::CheckFound) && arg == 1)
        in.messageId = u"65f0c0ffee0123456789abcd"_s;
    if (event == Event::UploadFailed || event == Event::SendFailed || event == Event::CheckFailed)
        in.error = errorOf(arg);

    const OutboxMachine::Step step = OutboxMachine::apply(item, in);
    QCOMPARE(step.accepted, accepted);
    QCOMPARE(step.item.state, to);
    QCOMPARE(step.action, action);
    QCOMPARE(step.item.attempts, toAttempts);
    QCOMPARE(!step.item.error.isEmpty(), hasError);
    if (!accepted) {
        QCOMPARE(step.item.mediaUrl, item.mediaUrl);
        QCOMPARE(step.item.firstAttemptAt, item.firstAttemptAt);
        return;
    }
    // A POST is never made without the time of the first one written down.
    if (step.action == Action::Send)
        QCOMPARE(step.item.firstAttemptAt, posted ? kFirst : kNow);
    // A check is only ever for a message that may have been posted.
    if (step.action == Action::Check)
        QVERIFY(step.item.firstAttemptAt.isValid());
    // An upload is never made again for a file the server has.
    if (uploaded)
        QVERIFY(step.action != Action::Upload);
    if (event == Event::UploadSucceeded)
        QCOMPARE(step.item.mediaUrl, kMedia);
    if (step.item.state == State::Sent)
        QCOMPARE(step.item.messageId, u"65f0c0ffee0123456789abcd"_s);
    if (step.item.state == State::Failed && in.error.isError())
        QCOMPARE(step.item.errorKind, int(in.error.kind));
}

void TestOutboxMachine::firstAttemptIsKeptAcrossAttempts() {
    OutboxItem item;
    item.id = 1;
    item.payload = "Merci !";
    OutboxMachine::Input in;
    in.now = kFirst;
    auto step = OutboxMachine::apply(item, in); // Start → Send
    QCOMPARE(step.action, Action::Send);
    in.event = Event::SendFailed;
    in.error = errorOf(-1);
    in.now = kFirst.addSecs(30);
    step = OutboxMachine::apply(step.item, in); // → Check
    QCOMPARE(step.action, Action::Check);
    in.event = Event::CheckNotFound;
    in.now = kFirst.addSecs(40);
    step = OutboxMachine::apply(step.item, in); // → Send again
    QCOMPARE(step.action, Action::Send);
    QCOMPARE(step.item.attempts, 2);
    QCOMPARE(step.item.firstAttemptAt, kFirst);
}

void TestOutboxMachine::reasonForTooLarge() {
    OutboxItem item;
    item.kind = Kind::Attachment;
    item.fileSize = 12 * 1024 * 1024;
    const QString why = OutboxMachine::reasonFor(item, errorOf(413));
    QVERIFY2(why.contains(u"refused the file"_s), qPrintable(why));
    QVERIFY2(why.contains(QLocale().formattedDataSize(item.fileSize)), qPrintable(why));
}

void TestOutboxMachine::findDelivered_data() {
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<bool>("asClient");
    QTest::addColumn<QList<Message>>("page");
    QTest::addColumn<QStringList>("claimed");
    QTest::addColumn<QString>("found"); // the message id, or empty

    const QString text = u"Votre table est réservée pour 20 h."_s;
    const auto B = Message::Author::Business;
    const auto U = Message::Author::User;
    const QUrl otherHost(
        u"http://localhost:8080/media/0123456789abcdef0123456789abcdef/menu.pdf"_s);
    const QUrl otherMedia(
        u"http://127.0.0.1:8080/media/ffffffffffffffffffffffffffffffff/menu.pdf"_s);
    const QDateTime after = kFirst.addSecs(1);
    const QDateTime justBefore = kFirst.addSecs(-OutboxMachine::ClockToleranceSeconds + 5);
    const QDateTime longBefore = kFirst.addSecs(-OutboxMachine::ClockToleranceSeconds - 5);
    const QList<Message> none;

    // clang-format off
    QTest::newRow("text: same author and content after the first attempt") << Kind::Text << false << QList<Message>{message(u"a"_s, U, text, after), message(u"b"_s, B, text, after)} << QStringList() << u"b"_s;
    QTest::newRow("text: as the client, the user's message") << Kind::Text << true << QList<Message>{message(u"a"_s, U, text, after), message(u"b"_s, B, text, after)} << QStringList() << u"a"_s;
    QTest::newRow("text: other content") << Kind::Text << false << QList<Message>{message(u"b"_s, B, text + u" "_s, after)} << QStringList() << QString();
    QTest::newRow("text: other author") << Kind::Text << false << QList<Message>{message(u"a"_s, U, text, after)} << QStringList() << QString();
    QTest::newRow("text: empty page") << Kind::Text << false << none << QStringList() << QString();
    QTest::newRow("text: claimed by another item") << Kind::Text << false << QList<Message>{message(u"b"_s, B, text, after)} << QStringList{u"b"_s} << QString();
    QTest::newRow("text: the unclaimed one of two") << Kind::Text << false << QList<Message>{message(u"b"_s, B, text, after), message(u"c"_s, B, text, after)} << QStringList{u"b"_s} << u"c"_s;
    QTest::newRow("text: within the clock tolerance") << Kind::Text << false << QList<Message>{message(u"b"_s, B, text, justBefore)} << QStringList() << u"b"_s;
    QTest::newRow("text: before the window") << Kind::Text << false << QList<Message>{message(u"b"_s, B, text, longBefore)} << QStringList() << QString();
    QTest::newRow("text: an attachment message never matches") << Kind::Text << false << QList<Message>{message(u"b"_s, B, text, after, kMedia)} << QStringList() << QString();
    QTest::newRow("file: same media path, other host") << Kind::Attachment << false << QList<Message>{message(u"a"_s, B, QString(), after, otherMedia), message(u"b"_s, B, QString(), after, otherHost)} << QStringList() << u"b"_s;
    QTest::newRow("file: sent as the client, found whoever the author") << Kind::Attachment << true << QList<Message>{message(u"b"_s, B, QString(), longBefore, kMedia)} << QStringList() << u"b"_s;
    QTest::newRow("file: other media") << Kind::Attachment << false << QList<Message>{message(u"a"_s, B, QString(), after, otherMedia)} << QStringList() << QString();
    QTest::newRow("file: a text message never matches") << Kind::Attachment << false << QList<Message>{message(u"a"_s, B, kMedia.toString(), after)} << QStringList() << QString();
    QTest::newRow("file: claimed") << Kind::Attachment << false << QList<Message>{message(u"b"_s, B, QString(), after, kMedia)} << QStringList{u"b"_s} << QString();
    // clang-format on
}

void TestOutboxMachine::findDelivered() {
    QFETCH(Kind, kind);
    QFETCH(bool, asClient);
    QFETCH(QList<Message>, page);
    QFETCH(QStringList, claimed);
    QFETCH(QString, found);
    OutboxItem item;
    item.kind = kind;
    item.sender = asClient ? OutboxItem::Sender::Client : OutboxItem::Sender::Agent;
    item.payload = u"Votre table est réservée pour 20 h."_s.toUtf8();
    if (kind == Kind::Attachment)
        item.mediaUrl = kMedia;
    item.firstAttemptAt = kFirst;
    const std::optional<Message> m = OutboxMachine::findDelivered(item, page, claimed);
    QCOMPARE(m ? m->id : QString(), found);
}

// Two items with the same text, both answers lost: each takes one message, and with
// only one message on the server the second item finds nothing and posts again.
void TestOutboxMachine::identicalTextsClaimOneMessageEach() {
    OutboxItem first;
    first.payload = "Merci !";
    first.firstAttemptAt = kFirst;
    OutboxItem second = first;
    second.firstAttemptAt = kFirst.addSecs(2);
    const auto B = Message::Author::Business;
    const QList<Message> one{message(u"m1"_s, B, u"Merci !"_s, kFirst.addSecs(1))};
    const auto a = OutboxMachine::findDelivered(first, one, {});
    QVERIFY(a);
    QVERIFY(!OutboxMachine::findDelivered(second, one, {a->id}));
    const QList<Message> two =
        one + QList<Message>{message(u"m2"_s, B, u"Merci !"_s, kFirst.addSecs(3))};
    const auto b = OutboxMachine::findDelivered(second, two, {a->id});
    QVERIFY(b);
    QCOMPARE(b->id, u"m2"_s);
}

void TestOutboxMachine::pageTooShort_data() {
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<int>("oldestOffset"); // seconds from the first attempt
    QTest::addColumn<bool>("tooShort");
    QTest::newRow("partial page: the whole conversation") << 3 << 50 << 30 << false;
    QTest::newRow("full page reaching before the window") << 50 << 50 << -3600 << false;
    QTest::newRow("full page all inside the window") << 50 << 50 << -10 << true;
    QTest::newRow("empty conversation") << 0 << 50 << 0 << false;
}

void TestOutboxMachine::pageTooShort() {
    QFETCH(int, count);
    QFETCH(int, pageSize);
    QFETCH(int, oldestOffset);
    QFETCH(bool, tooShort);
    OutboxItem item;
    item.firstAttemptAt = kFirst;
    QList<Message> page;
    for (int i = 0; i < count; ++i)
        page.append(message(QString::number(i), Message::Author::User, u"x"_s,
                            kFirst.addSecs(oldestOffset + i)));
    QCOMPARE(OutboxMachine::pageTooShort(item, page, pageSize), tooShort);
}

QTEST_GUILESS_MAIN(TestOutboxMachine)
#include "tst_core_outbox_machine.moc"
