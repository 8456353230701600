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
    const auto created = await(&clients, &ClientsService::clientCreated, clients.create(d));
    return created.ok() ? created.at<0>().clientId : 0;
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
    const auto created = await(&service, &ConversationsService::conversationCreated,
                               service.create(clientId, QStringLiteral("Garde de chien")));
    if (!created.ok())
        return false;
    *conversation = created.at<0>();
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

    auto open = await(&service, &ConversationsService::conversationsListed,
                      service.list(c.clientId, ConversationsService::Filter::Open));
    QVERIFY_ANSWER(open);
    QCOMPARE(open.at<0>(), c.clientId);
    QCOMPARE(open.at<1>(), ConversationsService::Filter::Open);
    QVERIFY(containsId(open.at<2>(), c.id));

    const auto updated = await(
        &service, &ConversationsService::conversationUpdated,
        service.update(c.id, QStringLiteral("Garde de chat"), Conversation::Status::Closed, 4));
    QVERIFY_ANSWER(updated);
    QCOMPARE(updated.at<0>().id, c.id);
    QCOMPARE(updated.at<0>().subject, QStringLiteral("Garde de chat"));
    QCOMPARE(updated.at<0>().status, Conversation::Status::Closed);
    QCOMPARE(updated.at<0>().rating, 4);

    // Only the rating: the rest stays.
    const auto rated = await(&service, &ConversationsService::conversationUpdated,
                             service.update(c.id, std::nullopt, std::nullopt, 2));
    QVERIFY_ANSWER(rated);
    QCOMPARE(rated.at<0>().subject, QStringLiteral("Garde de chat"));
    QCOMPARE(rated.at<0>().status, Conversation::Status::Closed);
    QCOMPARE(rated.at<0>().rating, 2);

    open = await(&service, &ConversationsService::conversationsListed,
                 service.list(c.clientId, ConversationsService::Filter::Open));
    QVERIFY_ANSWER(open);
    QVERIFY(!containsId(open.at<2>(), c.id));
    const auto closed = await(&service, &ConversationsService::conversationsListed,
                              service.list(c.clientId, ConversationsService::Filter::Closed));
    QVERIFY_ANSWER(closed);
    QVERIFY(containsId(closed.at<2>(), c.id));
}

void TestChat::messagesMoveTheStatus() {
    ApiTestSession s;
    QVERIFY2(s.ok(), qPrintable(s.error));
    ConversationsService service(&s.api);
    Conversation c;
    QVERIFY(prepare(s, service, &c));

    const auto fromAgent =
        await(&service, &ConversationsService::messageSent,
              service.sendText(c.id, QStringLiteral("Bonjour, que puis-je faire ?"),
                               Message::Sender::Agent));
    QVERIFY_ANSWER(fromAgent);
    QCOMPARE(fromAgent.at<0>(), c.id);
    const Message m1 = fromAgent.at<1>();
    QVERIFY(!m1.id.isEmpty());
    QCOMPARE(m1.author, Message::Author::Business);
    QCOMPARE(m1.type, QStringLiteral("text"));
    QCOMPARE(m1.content, QStringLiteral("Bonjour, que puis-je faire ?"));
    QVERIFY(m1.received.isValid());

    auto list = await(&service, &ConversationsService::conversationsListed,
                      service.list(c.clientId, ConversationsService::Filter::Open));
    QVERIFY_ANSWER(list);
    QCOMPARE(list.at<2>().at(0).status, Conversation::Status::UserPending);

    const auto fromClient = await(
        &service, &ConversationsService::messageSent,
        service.sendText(c.id, QStringLiteral("Un promeneur pour Rex"), Message::Sender::Client));
    QVERIFY_ANSWER(fromClient);
    QCOMPARE(fromClient.at<1>().author, Message::Author::User);

    list = await(&service, &ConversationsService::conversationsListed,
                 service.list(c.clientId, ConversationsService::Filter::Open));
    QVERIFY_ANSWER(list);
    const Conversation now = list.at<2>().at(0);
    QCOMPARE(now.status, Conversation::Status::SystemPending);
    QCOMPARE(now.messageCounter, 2);
    QVERIFY(now.lastUpdated.isValid());

    auto messages =
        await(&service, &ConversationsService::messagesLoaded, service.messages(c.id, 10));
    QVERIFY_ANSWER(messages);
    QCOMPARE(messages.at<0>(), c.id);
    QCOMPARE(messages.at<1>().size(), 2);
    QCOMPARE(messages.at<1>().at(0).id, m1.id); // oldest first
    QCOMPARE(messages.at<1>().at(1).id, fromClient.at<1>().id);

    messages = await(&service, &ConversationsService::messagesLoaded, service.messages(c.id, 1));
    QVERIFY_ANSWER(messages);
    QCOMPARE(messages.at<1>().size(), 1);
    QCOMPARE(messages.at<1>().at(0).id, fromClient.at<1>().id); // the newest
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
    QSignalSpy progress(&service, &ConversationsService::uploadProgress);
    const quint64 id = service.uploadAttachment(c.id, QStringLiteral("devis été.pdf"),
                                                QStringLiteral("application/pdf"), bufferOf(bytes));
    const auto uploaded = await(&service, &ConversationsService::attachmentUploaded, id);
    QVERIFY_ANSWER(uploaded);
    QCOMPARE(uploaded.at<0>(), c.id);
    const Attachment a = uploaded.at<1>();
    QCOMPARE(a.mediaType, QStringLiteral("application/pdf"));
    QVERIFY(a.mediaUrl.isValid());
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toULongLong(), id);
    QCOMPARE(progress.last().at(1).toLongLong(), progress.last().at(2).toLongLong());

    // Served by the same server, without a token.
    QNetworkAccessManager nam;
    const HttpResult file = SandboxFixture::send(nam, "GET", a.mediaUrl, {}, {});
    QCOMPARE(file.status, 200);
    QCOMPARE(file.body, bytes);

    const auto posted =
        await(&service, &ConversationsService::messageSent,
              service.sendAttachmentMessage(c.id, a.mediaUrl, Message::Sender::Agent));
    QVERIFY_ANSWER(posted);
    QVERIFY(posted.at<1>().isAttachment());
    QCOMPARE(posted.at<1>().mediaUrl, a.mediaUrl);
    const auto messages =
        await(&service, &ConversationsService::messagesLoaded, service.messages(c.id, 5));
    QVERIFY_ANSWER(messages);
    QCOMPARE(messages.at<1>().last().mediaUrl, a.mediaUrl);
}

void TestChat::cancelUpload() {
    ApiTestSession s;
    QVERIFY2(s.ok(), qPrintable(s.error));
    ConversationsService service(&s.api);
    Conversation c;
    QVERIFY(prepare(s, service, &c));
    const quint64 id = service.uploadAttachment(c.id, QStringLiteral("big.bin"),
                                                QStringLiteral("application/octet-stream"),
                                                bufferOf(QByteArray(8 * 1024 * 1024, 'x')));
    QVERIFY(service.isPending(id));
    QVERIFY(service.cancel(id));
    const auto a = await(&service, &ConversationsService::attachmentUploaded, id);
    QVERIFY(a.done && !a.ok());
    QCOMPARE(a.error.kind, ApiError::Kind::Cancelled);
    QVERIFY(!service.isPending(id));
    QVERIFY(!service.cancel(id));
}

void TestChat::localChecks() {
    ApiTestSession s;
    QVERIFY2(s.ok(), qPrintable(s.error));
    ConversationsService service(&s.api);
    auto rating = await(&service, &ConversationsService::conversationUpdated,
                        service.update(1, std::nullopt, std::nullopt, 7));
    QVERIFY(rating.done && !rating.ok());
    QVERIFY(rating.error.fieldError(QStringLiteral("rating")));
    auto empty = await(&service, &ConversationsService::messageSent,
                       service.sendText(1, QStringLiteral("  "), Message::Sender::Agent));
    QVERIFY(empty.done && !empty.ok());
    QCOMPARE(empty.error.kind, ApiError::Kind::Validation);
    // Unknown conversation: the server's answer.
    auto unknown =
        await(&service, &ConversationsService::messagesLoaded, service.messages(999999, 10));
    QVERIFY(unknown.done && !unknown.ok());
    QCOMPARE(unknown.error.kind, ApiError::Kind::NotFound);
}

QTEST_GUILESS_MAIN(TestChat)
#include "tst_core_chat.moc"
