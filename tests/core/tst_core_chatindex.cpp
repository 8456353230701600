// The conversation index: LocalStore's table, ConversationsModel (the inbox) with
// QAbstractItemModelTester attached before feeding, the unread marker across a
// restart, per-client check times, and the inbox's filters and sort.
#include "chat/conversationfilterproxy.h"
#include "chat/conversationindex.h"
#include "chat/conversationsmodel.h"
#include "clients/clientsmodel.h"
#include "storage/localstore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
Conversation conversation(qint64 id, qint64 clientId, const QString &subject,
                          Conversation::Status status, qint64 counter, int minutesAgo) {
    Conversation c;
    c.id = id;
    c.clientId = clientId;
    c.subject = subject;
    c.status = status;
    c.statusText = Conversation::statusToApi(status);
    c.messageCounter = counter;
    c.creationDate = QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);
    c.lastUpdated = QDateTime(QDate(2026, 3, 2), QTime(12, 0), Qt::UTC).addSecs(-60 * minutesAgo);
    c.rating = 0;
    c.mainTag = 5;
    return c;
}

// Four conversations of three clients, newest update first: 3, 1, 4, 2.
QList<Conversation> sample() {
    using S = Conversation::Status;
    return {conversation(1, 501, QStringLiteral("Plombier en urgence"), S::SystemPending, 4, 10),
            conversation(2, 501, QStringLiteral("Dîner d'anniversaire"), S::Closed, 6, 300),
            conversation(3, 502, QStringLiteral("Garde de chat"), S::New, 1, 1),
            conversation(4, 503, QStringLiteral("Billets de train"), S::UserPending, 2, 60)};
}

QList<qint64> idsInOrder(const QAbstractItemModel &model) {
    QList<qint64> out;
    for (int r = 0; r < model.rowCount(); ++r)
        out.append(model.index(r, 0).data(ConversationsModel::ConversationIdRole).toLongLong());
    return out;
}

void recordSample(ConversationIndex &index) {
    QList<Conversation> open, closed;
    for (const Conversation &c : sample())
        (c.isOpen() ? open : closed).append(c);
    for (qint64 client : {501, 502, 503}) {
        QList<Conversation> o, cl;
        for (const Conversation &c : open)
            if (c.clientId == client)
                o.append(c);
        for (const Conversation &c : closed)
            if (c.clientId == client)
                cl.append(c);
        index.recordListing(client, true, o);
        index.recordListing(client, false, cl);
    }
}
} // namespace

class TestChatIndex : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void storeMigratesToTheNewestFormat();
    void listingFillsTheModelWithoutReset();
    void unreadIsRememberedAcrossRestarts();
    void listingTellsWhatChangedState();
    void clientNamesComeFromTheDirectory();
    void filters_data();
    void filters();
    void sortedByLastUpdateNewestFirst();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path() const { return m_dir->filePath(QStringLiteral("local.sqlite")); }
};

void TestChatIndex::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestChatIndex::storeMigratesToTheNewestFormat() {
    LocalStore store;
    QVERIFY2(store.open(path()), qPrintable(store.errorString()));
    QCOMPARE(store.userVersion(), LocalStore::schemaVersion());
    QVERIFY(store.indexedConversations().isEmpty());
    QVERIFY(store.upsertConversations(sample()));
    QCOMPARE(store.indexedConversations().size(), 4);
    // Upserting again changes rows, never adds any.
    QList<Conversation> again = sample();
    again[0].subject = QStringLiteral("Plombier (fuite réparée)");
    QVERIFY(store.upsertConversations(again));
    const QList<IndexedConversation> rows = store.indexedConversations();
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(0).conversation.subject, QStringLiteral("Plombier (fuite réparée)"));
    QCOMPARE(rows.at(0).conversation.lastUpdated, again.at(0).lastUpdated);
    QCOMPARE(rows.at(0).conversation.mainTag, std::optional<qint64>(5));
    QCOMPARE(rows.at(0).conversation.secondaryTag, std::nullopt);
}

void TestChatIndex::listingFillsTheModelWithoutReset() {
    LocalStore store;
    QVERIFY(store.open(path()));
    ConversationsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ConversationIndex index(&model);
    index.setStore(&store);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    recordSample(index);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(reset.count(), 0);
    QVERIFY(inserted.count() >= 1);
    // One conversation updated: one row changed, nothing inserted.
    inserted.clear();
    changed.clear();
    Conversation c = sample().at(2);
    c.messageCounter = 2;
    index.recordListing(502, true, {c});
    QCOMPARE(inserted.count(), 0);
    bool rowChanged = false;
    for (const auto &args : changed)
        rowChanged |= args.at(0).toModelIndex().row() == model.rowOfId(3);
    QVERIFY(rowChanged);
    QVERIFY(index.clientChecked(502).isValid());
    QVERIFY(!index.clientChecked(999).isValid());
}

void TestChatIndex::unreadIsRememberedAcrossRestarts() {
    {
        LocalStore store;
        QVERIFY(store.open(path()));
        ConversationsModel model;
        ConversationIndex index(&model);
        index.setStore(&store);
        QSignalSpy grew(&index, &ConversationIndex::conversationsGrew);
        recordSample(index);
        // Open conversations are unread until opened; one seen closed counts as read.
        QCOMPARE(model.entry(1)->unread(), 4);
        QCOMPARE(model.entry(2)->unread(), 0);
        QVERIFY(!grew.isEmpty());
        index.markRead(1);
        QCOMPARE(model.entry(1)->unread(), 0);
        // Two new messages in conversation 1.
        Conversation c = sample().at(0);
        c.messageCounter = 6;
        grew.clear();
        index.recordListing(501, true, {c});
        QCOMPARE(grew.count(), 1);
        QCOMPARE(grew.at(0).at(0).value<QList<qint64>>(), QList<qint64>{1});
        QCOMPARE(model.entry(1)->unread(), 2);
    }
    // A new run: the same file.
    LocalStore store;
    QVERIFY(store.open(path()));
    ConversationsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ConversationIndex index(&model);
    index.setStore(&store);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.entry(1)->unread(), 2);
    QCOMPARE(model.entry(1)->conversation.messageCounter, 6);
    QCOMPARE(model.index(model.rowOfId(1), 0).data(ConversationsModel::UnreadRole).toLongLong(), 2);
    QVERIFY(index.clientChecked(501).isValid());
    QCOMPARE(model.totalUnread(), 2 + 1 + 2);
}

void TestChatIndex::listingTellsWhatChangedState() {
    ConversationsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ConversationIndex index(&model);
    recordSample(index);
    // Client 501's open list no longer has conversation 1: it was closed meanwhile.
    QCOMPARE(index.recordListing(501, true, {}), QList<qint64>{1});
    // A list for one client never brings another client's conversation in.
    Conversation stray = conversation(9, 777, QStringLiteral("x"), Conversation::Status::New, 1, 0);
    index.recordListing(501, true, {stray});
    QVERIFY(!index.contains(9));
}

void TestChatIndex::clientNamesComeFromTheDirectory() {
    ConversationsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ClientsModel clients;
    ConversationIndex index(&model);
    index.setClients(&clients);
    recordSample(index);
    const int row = model.rowOfId(3);
    QCOMPARE(model.index(row, ConversationsModel::ClientColumn).data().toString(),
             ConversationsModel::tr("Client %1").arg(502));
    DirectoryEntry e;
    e.client.clientId = 502;
    e.client.email = QStringLiteral("zoe.durand@exemple.fr");
    e.client.firstName = QStringLiteral("Zoé");
    e.client.lastName = QStringLiteral("Durand");
    e.detailed = true;
    clients.upsert(e);
    QCOMPARE(model.index(row, ConversationsModel::ClientColumn).data().toString(),
             QStringLiteral("Zoé Durand"));
    ConversationFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setSearchText(QStringLiteral("zoe"));
    QCOMPARE(idsInOrder(proxy), QList<qint64>{3});
}

void TestChatIndex::filters_data() {
    QTest::addColumn<int>("state");
    QTest::addColumn<int>("status"); // -1: any
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<qint64>>("expected"); // newest update first
    using F = ConversationFilterProxy::State;
    using S = Conversation::Status;
    QTest::newRow("everything") << int(F::All) << -1 << "" << QList<qint64>{3, 1, 4, 2};
    QTest::newRow("open") << int(F::Open) << -1 << "" << QList<qint64>{3, 1, 4};
    QTest::newRow("closed") << int(F::Closed) << -1 << "" << QList<qint64>{2};
    QTest::newRow("to answer") << int(F::All) << int(S::SystemPending) << "" << QList<qint64>{1};
    QTest::newRow("new") << int(F::Open) << int(S::New) << "" << QList<qint64>{3};
    QTest::newRow("waiting for the client")
        << int(F::All) << int(S::UserPending) << "" << QList<qint64>{4};
    QTest::newRow("closed status, open filter")
        << int(F::Open) << int(S::Closed) << "" << QList<qint64>{};
    QTest::newRow("subject without accents") << int(F::All) << -1 << "diner" << QList<qint64>{2};
    QTest::newRow("two words, any order")
        << int(F::All) << -1 << "urgence PLOMBIER" << QList<qint64>{1};
    QTest::newRow("client id") << int(F::All) << -1 << "501" << QList<qint64>{1, 2};
    QTest::newRow("client id and open") << int(F::Open) << -1 << "501" << QList<qint64>{1};
    QTest::newRow("nothing") << int(F::All) << -1 << "passeport" << QList<qint64>{};
}

void TestChatIndex::filters() {
    QFETCH(int, state);
    QFETCH(int, status);
    QFETCH(QString, text);
    QFETCH(QList<qint64>, expected);
    ConversationsModel model;
    ConversationFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ConversationIndex index(&model);
    recordSample(index);
    proxy.setState(ConversationFilterProxy::State(state));
    proxy.setStatus(status < 0 ? std::nullopt
                               : std::optional<Conversation::Status>(Conversation::Status(status)));
    proxy.setSearchText(text);
    QCOMPARE(idsInOrder(proxy), expected);
}

void TestChatIndex::sortedByLastUpdateNewestFirst() {
    ConversationsModel model;
    ConversationFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ConversationIndex index(&model);
    recordSample(index);
    QCOMPARE(idsInOrder(proxy), (QList<qint64>{3, 1, 4, 2}));
    // A new message in conversation 2 brings it to the top.
    Conversation c = sample().at(1);
    c.status = Conversation::Status::SystemPending;
    c.statusText = QStringLiteral("SYSTEM_PENDING");
    c.messageCounter = 7;
    c.lastUpdated = QDateTime(QDate(2026, 3, 2), QTime(12, 5), Qt::UTC);
    index.recordListing(501, true, {sample().at(0), c});
    QCOMPARE(idsInOrder(proxy), (QList<qint64>{2, 3, 1, 4}));
    QCOMPARE(model.entry(2)->unread(), 1);
}

QTEST_GUILESS_MAIN(TestChatIndex)
#include "tst_core_chatindex.moc"
