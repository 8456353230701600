#include "servicetest.h"

#include "chat/conversationsservice.h"
#include "clients/clientdraft.h"
#include "clients/clientsservice.h"

#include <QBuffer>
#include <QNetworkAccessManager>
#include <QTest>

namespace {
// A new client of enterprise 20; 0 on failure.
qint64 newClientId(ApiClient &api) {
    ClientsService clients(&api);
    ClientDraft d;
    d.email = QStringLiteral("chat.client@example.test");
    d.firstName = QStringLiteral("Hugo");
    d.lastName = QStringLiteral("Lefèvre");
    d.phonePrefix = QStringLiteral("+33");
    d.phone = QStringLiteral("677889900");
    d.address = QStringLiteral("8 boulevard Voltaire");
    d.zipCode = QStringLiteral("75011");
    d.city = QStringLiteral("Paris");
    d.country = QStringLiteral("FR");
    d.cgu = true;
    const auto created = await(clients.create(d));
    return created.ok() ? created->client.clientId : 0;
}

QBuffer *bufferOf(const QByteArray &bytes) {
    auto *buffer = new QBuffer;
    buffer->setData(bytes);
    buffer->open(QIODevice::ReadOnly);
    return buffer;
}

bool containsId(const QList<Conversation> &list, qint64 id) {
    return std::any_of(list.cbegin(), list.cend(),
                       [id](const Conversation &c) { return c.id == id; });
}
} // namespace

// ConversationsService against the sandbox: conversations, messages, attachments.
class TestChat : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void createListUpdate();
    void messagesMoveTheStatus();
    void uploadAndPostAttachment();
    void cancelUpload();
    void localChecks();

private:
    // A client and a new conversation of theirs.
    bool prepare(ApiTestSession &s, ConversationsService &service, Conversation *conversation);
};

bool TestChat::prepare(ApiTestSession &s, ConversationsService &service,
                       Conversation *conversation) {
    const qint64 clientId = newClientId(s.api);
    if (clientId <= 0)
        return false;
    const auto created = await(service.create(clientId, QStringLiteral("Garde de chien")));
    if (!created.ok())
        return false;
    *conversation = *created;
    return true;
}

void TestChat::createListUpdate() {
    ApiTestSession s;
    QVERIFY2(s.ok(), qPrintable(s.error));
    ConversationsService service(&s.api);
    Conversation c;
    QVERIFY(prepare(s, service, &c));
    QVERIFY(c.id > 0);
    QCOMPARE(c.subject, QStringLiteral("Garde de chien"));
    QCOMPARE(c.status, Conversation::Status::New);
    QCOMPARE(c.rating, 0);
    QCOMPARE(c.messageCounter, 0);
    QCOMPARE(c.mainTag, std::optional<qint64>(5));
    QCOMPARE(c.secondaryTag, std::nullopt);
    QVERIFY(!c.lastUpdated.isValid());
    QVERIFY(c.creationDate.isValid());

    // Observers hear whose list it is and which filter; the caller has its own list.
    QSignalSpy listed(&service, &ConversationsService::conversationsListed);
    auto open = await(service.list(c.clientId, ConversationsService::Filter::Open));
    QVERIFY_ANSWER(open);
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.at(0).at(0).toLongLong(), c.clientId);
    QCOMPARE(listed.at(0).at(1).value<ConversationsService::Filter>(),
             ConversationsService::Filter::Open);
    QVERIFY(containsId(*open, c.id));

    const auto updated = await(
        service.update(c.id, QStringLiteral("Garde de chat"), Conversation::Status::Closed, 4));
    QVERIFY_ANSWER(updated);
    QCOMPARE(updated->id, c.id);
    QCOMPARE(updated->subject, QStringLiteral("Garde de chat"));
    QCOMPARE(updated->status, Conversation::Status::Closed);
    QCOMPARE(updated->rating, 4);

    // Only the rating: the rest stays.
    const auto rated = await(service.update(c.id, std::nullopt, std::nullopt, 2));
    QVERIFY_ANSWER(rated);
    QCOMPARE(rated->subject, QStringLiteral("Garde de chat"));
    QCOMPARE(rated->status, Conversation::Status::Closed);
    QCOMPARE(rated->rating, 2);

    open = await(service.list(c.clientId, ConversationsService::Filter::Open));
    QVERIFY_ANSWER(open);
    QVERIFY(!containsId(*open, c.id));
    const auto closed = await(service.list(c.clientId, ConversationsService::Filter::Closed));
    QVERIFY_ANSWER(closed);
    QVERIFY(containsId(*closed, c.id));
}

void TestChat::messagesMoveTheStatus() {
    ApiTestSession s;
    QVERIFY2(s.ok(), qPrintable(s.error));
    ConversationsService service(&s.api);
    Conversation c;
    QVERIFY(prepare(s, service, &c));

    QSignalSpy sent(&service, &ConversationsService::messageSent);
    const auto fromAgent = await(service.sendText(
        c.id, QStringLiteral("Bonjour, que puis-je faire ?"), Message::Sender::Agent));
    QVERIFY_ANSWER(fromAgent);
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.at(0).at(0).toLongLong(), c.id); // observers hear which conversation
    const Message m1 = *fromAgent;
    QVERIFY(!m1.id.isEmpty());
    QCOMPARE(m1.author, Message::Author::Business);
    QCOMPARE(m1.type, QStringLiteral("text"));
    QCOMPARE(m1.content, QStringLiteral("Bonjour, que puis-je faire ?"));
    QVERIFY(m1.received.isValid());

    auto list = await(service.list(c.clientId, ConversationsService::Filter::Open));
    QVERIFY_ANSWER(list);
    QCOMPARE(list->at(0).status, Conversation::Status::UserPending);

    const auto fromClient = await(
        service.sendText(c.id, QStringLiteral("Un promeneur pour Rex"), Message::Sender::Client));
    QVERIFY_ANSWER(fromClient);
    QCOMPARE(fromClient->author, Message::Author::User);

    list = await(service.list(c.clientId, ConversationsService::Filter::Open));
    QVERIFY_ANSWER(list);
    const Conversation now = list->at(0);
    QCOMPARE(now.status, Conversation::Status::SystemPending);
    QCOMPARE(now.messageCounter, 2);
    QVERIFY(now.lastUpdated.isValid());

    QSignalSpy loaded(&service, &ConversationsService::messagesLoaded);
    auto messages = await(service.messages(c.id, 10));
    QVERIFY_ANSWER(messages);
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(loaded.at(0).at(0).toLongLong(), c.id); // observers hear which conversation
    QCOMPARE(messages->size(), 2);
    QCOMPARE(messages->at(0).id, m1.id); // oldest first
    QCOMPARE(messages->at(1).id, fromClient->id);

    messages = await(service.messages(c.id, 1));
    QVERIFY_ANSWER(messages);
    QCOMPARE(messages->size(), 1);
    QCOMPARE(messages->at(0).id, fromClient->id); // the newest
}

void TestChat::uploadAndPostAttachment() {
    ApiTestSession s;
    QVERIFY2(s.ok(), qPrintable(s.error));
    ConversationsService service(&s.api);
    Conversation c;
    QVERIFY(prepare(s, service, &c));

    QByteArray bytes(300 * 1024, '\0');
    for (qsizetype i = 0; i < bytes.size(); ++i)
        bytes[i] = char(i * 7);
    Job<Attachment> *job = service.uploadAttachment(
        c.id, QStringLiteral("devis été.pdf"), QStringLiteral("application/pdf"), bufferOf(bytes));
    QSignalSpy progress(job, &ApiJob::progress);
    const auto uploaded = await(job);
    QVERIFY_ANSWER(uploaded);
    const Attachment a = *uploaded;
    QCOMPARE(a.mediaType, QStringLiteral("application/pdf"));
    QVERIFY(a.mediaUrl.isValid());
    // The upload's own handle reports its bytes, up to all of them.
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toLongLong(), progress.last().at(1).toLongLong());
    qint64 most = 0;
    for (const QList<QVariant> &report : std::as_const(progress))
        most = std::max(most, report.at(0).toLongLong());
    QVERIFY2(most >= bytes.size(), qPrintable(QString::number(most)));

    // Served by the same server, without a token.
    QNetworkAccessManager nam;
    const HttpResult file = SandboxFixture::send(nam, "GET", a.mediaUrl, {}, {});
    QCOMPARE(file.status, 200);
    QCOMPARE(file.body, bytes);

    const auto posted =
        await(service.sendAttachmentMessage(c.id, a.mediaUrl, Message::Sender::Agent));
    QVERIFY_ANSWER(posted);
    QVERIFY(posted->isAttachment());
    QCOMPARE(posted->mediaUrl, a.mediaUrl);
    const auto messages = await(service.messages(c.id, 5));
    QVERIFY_ANSWER(messages);
    QCOMPARE(messages->last().mediaUrl, a.mediaUrl);
}

void TestChat::cancelUpload() {
    ApiTestSession s;
    QVERIFY2(s.ok(), qPrintable(s.error));
    ConversationsService service(&s.api);
    Conversation c;
    QVERIFY(prepare(s, service, &c));
    Job<Attachment> *job = service.uploadAttachment(c.id, QStringLiteral("big.bin"),
                                                    QStringLiteral("application/octet-stream"),
                                                    bufferOf(QByteArray(8 * 1024 * 1024, 'x')));
    QSignalSpy gone(job, &QObject::destroyed);
    QVERIFY(!job->isFinished());
    job->cancel();
    QVERIFY(job->isFinished());
    const auto a = await(job);
    QVERIFY(a.done && !a.ok());
    QCOMPARE(a.error.kind, ApiError::Kind::Cancelled);
    // The handle frees itself once its outcome is delivered.
    QVERIFY(!gone.isEmpty() || gone.wait(5000));
}

void TestChat::localChecks() {
    ApiTestSession s;
    QVERIFY2(s.ok(), qPrintable(s.error));
    ConversationsService service(&s.api);
    auto rating = await(service.update(1, std::nullopt, std::nullopt, 7));
    QVERIFY(rating.done && !rating.ok());
    QVERIFY(rating.error.fieldError(QStringLiteral("rating")));
    auto empty = await(service.sendText(1, QStringLiteral("  "), Message::Sender::Agent));
    QVERIFY(empty.done && !empty.ok());
    QCOMPARE(empty.error.kind, ApiError::Kind::Validation);
    // Unknown conversation: the server's answer.
    auto unknown = await(service.messages(999999, 10));
    QVERIFY(unknown.done && !unknown.ok());
    QCOMPARE(unknown.error.kind, ApiError::Kind::NotFound);
}

QTEST_GUILESS_MAIN(TestChat)
#include "tst_core_chat.moc"
