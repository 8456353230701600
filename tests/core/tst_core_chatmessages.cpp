// MessagesModel: merging pages by message id (history, polls, overlaps), grouping of
// one author's consecutive messages and day separators, with QAbstractItemModelTester
// attached before the model is fed.
#include "chat/mediapolicy.h"
#include "chat/messagesmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {
// Ids of 24 hex digits, as the API's: m(7) is "00000000000000000000000007".
QString idOf(int n) {
    return QStringLiteral("%1").arg(n, 24, 16, QLatin1Char('0'));
}

// Message n of a conversation whose messages are one minute apart, alternating
// authors every three messages, starting on a fixed local day at 09:00.
Message message(int n, Message::Author author = Message::Author::Unknown) {
    Message m;
    m.id = idOf(n);
    m.received = QDateTime(QDate(2026, 3, 2), QTime(9, 0)).addSecs(60 * n);
    m.author = author != Message::Author::Unknown
                   ? author
                   : ((n / 3) % 2 == 0 ? Message::Author::User : Message::Author::Business);
    m.authorText =
        m.author == Message::Author::User ? QStringLiteral("user") : QStringLiteral("business");
    m.type = QStringLiteral("text");
    m.content = QStringLiteral("message %1").arg(n);
    return m;
}

// Messages first..last (inclusive), oldest first: what GET ...messages?size=N answers
// when last is the newest.
QList<Message> range(int first, int last) {
    QList<Message> out;
    for (int n = first; n <= last; ++n)
        out.append(message(n));
    return out;
}

QStringList idsOf(const MessagesModel &model) {
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out.append(model.index(r).data(MessagesModel::IdRole).toString());
    return out;
}

QStringList idsOf(const QList<Message> &list) {
    QStringList out;
    for (const Message &m : list)
        out.append(m.id);
    return out;
}
using Pages = QList<QPair<int, int>>;
} // namespace

class TestChatMessages : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void mergeKeepsOrderWithoutDuplicateOrGap_data();
    void mergeKeepsOrderWithoutDuplicateOrGap();
    void historyIsInsertedNotReset();
    void newMessagesAreAppended();
    void pageWithoutOverlapInsertsNothing();
    void webhookMessageThenPageFillsTheGap();
    void grouping_data();
    void grouping();
    void neighboursAreToldWhenGroupsChange();
    void kindsAndFileNames_data();
    void kindsAndFileNames();
    void mediaPolicy_data();
    void mediaPolicy();
};

// Each row: pages merged one after the other (as [first, last] ranges of the
// conversation), and what the model must hold at the end.
void TestChatMessages::mergeKeepsOrderWithoutDuplicateOrGap_data() {
    QTest::addColumn<Pages>("pages");
    QTest::addColumn<int>("first");
    QTest::addColumn<int>("last");
    using P = Pages;
    QTest::newRow("one page") << P{{80, 99}} << 80 << 99;
    QTest::newRow("larger page overlaps all") << P{{80, 99}, {40, 99}} << 40 << 99;
    QTest::newRow("larger page after new ones") << P{{80, 99}, {81, 100}, {41, 100}} << 41 << 100;
    QTest::newRow("the same page twice") << P{{80, 99}, {80, 99}} << 80 << 99;
    QTest::newRow("poll with new messages") << P{{80, 99}, {85, 104}} << 80 << 104;
    QTest::newRow("smaller page inside") << P{{0, 99}, {95, 99}} << 0 << 99;
    QTest::newRow("history then poll then history")
        << P{{90, 99}, {80, 99}, {82, 101}, {50, 101}} << 50 << 101;
}

void TestChatMessages::mergeKeepsOrderWithoutDuplicateOrGap() {
    QFETCH(Pages, pages);
    QFETCH(int, first);
    QFETCH(int, last);
    MessagesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (const auto &[from, to] : pages) {
        const auto result = model.merge(range(from, to));
        QVERIFY(result.overlapped);
    }
    QCOMPARE(idsOf(model), idsOf(range(first, last)));
}

void TestChatMessages::historyIsInsertedNotReset() {
    MessagesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.merge(range(80, 99));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    const auto result = model.merge(range(40, 99));
    QCOMPARE(result.inserted, 40);
    QCOMPARE(result.older, 40);
    QCOMPARE(result.newer, 0);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 39);
    QCOMPARE(model.rowOfId(idOf(80)), 40);
}

void TestChatMessages::newMessagesAreAppended() {
    MessagesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.merge(range(0, 19));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    const auto result = model.merge(range(3, 22));
    QCOMPARE(result.inserted, 3);
    QCOMPARE(result.newer, 3);
    QCOMPARE(result.older, 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 20);
    QCOMPARE(inserted.at(0).at(2).toInt(), 22);
}

void TestChatMessages::pageWithoutOverlapInsertsNothing() {
    MessagesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.merge(range(0, 19));
    // Forty messages came while the page asked for twenty: what lies between 19 and
    // 40 is unknown, so nothing is inserted and the caller asks more.
    const auto result = model.merge(range(40, 59));
    QVERIFY(!result.overlapped);
    QCOMPARE(result.inserted, 0);
    QCOMPARE(model.rowCount(), 20);
    QVERIFY(model.merge(range(0, 59)).overlapped);
    QCOMPARE(idsOf(model), idsOf(range(0, 59)));
}

void TestChatMessages::webhookMessageThenPageFillsTheGap() {
    MessagesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.merge(range(0, 9));
    QVERIFY(model.appendNewest(message(10)));
    QVERIFY(!model.appendNewest(message(10)));
    // Message 12 by webhook, 11's delivery lost: the next poll puts 11 in its place.
    QVERIFY(model.appendNewest(message(12)));
    QCOMPARE(model.rowCount(), 12);
    const auto result = model.merge(range(5, 13));
    QVERIFY(result.overlapped);
    QCOMPARE(result.inserted, 2);
    QCOMPARE(idsOf(model), idsOf(range(0, 13)));
}

// Messages given as (minutes after 09:00 on 2 March, author u/b), and per row whether
// it starts a day and whether it continues the previous row's group.
void TestChatMessages::grouping_data() {
    QTest::addColumn<QList<int>>("minutes");
    QTest::addColumn<QString>("authors");
    QTest::addColumn<QString>("firstOfDay"); // one letter per row: y / n
    QTest::addColumn<QString>("grouped");
    const int day = 24 * 60;
    QTest::newRow("one author, close") << QList<int>{0, 1, 2} << "uuu"
                                       << "ynn"
                                       << "nyy";
    QTest::newRow("authors alternate") << QList<int>{0, 1, 2} << "ubu"
                                       << "ynn"
                                       << "nnn";
    QTest::newRow("five minutes is still a group") << QList<int>{0, 5} << "bb"
                                                   << "yn"
                                                   << "ny";
    QTest::newRow("six minutes is not") << QList<int>{0, 6} << "bb"
                                        << "yn"
                                        << "nn";
    QTest::newRow("a new day separates and ungroups") << QList<int>{0, 1, day, day + 1} << "uuuu"
                                                      << "ynyn"
                                                      << "nyny";
    QTest::newRow("just before and after midnight") << QList<int>{14 * 60 + 59, 15 * 60 + 1} << "uu"
                                                    << "yy"
                                                    << "nn";
}

void TestChatMessages::grouping() {
    QFETCH(QList<int>, minutes);
    QFETCH(QString, authors);
    QFETCH(QString, firstOfDay);
    QFETCH(QString, grouped);
    MessagesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<Message> page;
    for (int i = 0; i < minutes.size(); ++i) {
        Message m = message(i, authors.at(i) == QLatin1Char('u') ? Message::Author::User
                                                                 : Message::Author::Business);
        m.received = QDateTime(QDate(2026, 3, 2), QTime(9, 0)).addSecs(60 * minutes.at(i));
        page.append(m);
    }
    model.merge(page);
    QString gotDays, gotGroups, gotLast;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QModelIndex i = model.index(r);
        gotDays += i.data(MessagesModel::FirstOfDayRole).toBool() ? u'y' : u'n';
        gotGroups += i.data(MessagesModel::GroupedRole).toBool() ? u'y' : u'n';
        gotLast += i.data(MessagesModel::LastOfGroupRole).toBool() ? u'y' : u'n';
    }
    QCOMPARE(gotDays, firstOfDay);
    QCOMPARE(gotGroups, grouped);
    // A row ends its group exactly when the next row does not continue it.
    QString expectedLast;
    for (int r = 0; r < grouped.size(); ++r)
        expectedLast += (r + 1 == grouped.size() || grouped.at(r + 1) == u'n') ? u'y' : u'n';
    QCOMPARE(gotLast, expectedLast);
}

void TestChatMessages::neighboursAreToldWhenGroupsChange() {
    MessagesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Messages 3..5 of one author (rows 0..2): row 0 starts the group.
    model.merge(range(3, 5));
    QVERIFY(!model.index(0).data(MessagesModel::GroupedRole).toBool());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    // History brings message 2, of the other author... and 1 and 0 of it too: row 3
    // (message 3) still starts its group, but it is no longer the first of the day.
    model.merge(range(0, 5));
    QVERIFY(model.index(0).data(MessagesModel::FirstOfDayRole).toBool());
    QVERIFY(!model.index(3).data(MessagesModel::FirstOfDayRole).toBool());
    bool toldRow3 = false;
    for (const QList<QVariant> &args : changed)
        toldRow3 |= args.at(0).toModelIndex().row() <= 3 && args.at(1).toModelIndex().row() >= 3;
    QVERIFY(toldRow3);
}

void TestChatMessages::kindsAndFileNames_data() {
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("mimeType");
    QTest::newRow("text") << "text"
                          << "" << int(MessagesModel::Kind::Text) << ""
                          << "";
    QTest::newRow("image by type") << "image/png"
                                   << "http://127.0.0.1:8080/media/ab/photo.png"
                                   << int(MessagesModel::Kind::Image) << "photo.png"
                                   << "image/png";
    QTest::newRow("attachment, image by name") << "attachment"
                                               << "https://cdn.example/media/x/Chat%20noir.jpg"
                                               << int(MessagesModel::Kind::Image) << "Chat noir.jpg"
                                               << "image/jpeg";
    QTest::newRow("pdf") << "application/pdf"
                         << "http://127.0.0.1/media/cd/facture.pdf"
                         << int(MessagesModel::Kind::File) << "facture.pdf"
                         << "application/pdf";
}

void TestChatMessages::kindsAndFileNames() {
    QFETCH(QString, type);
    QFETCH(QString, url);
    QFETCH(int, kind);
    QFETCH(QString, fileName);
    QFETCH(QString, mimeType);
    Message m = message(1);
    m.type = type;
    m.mediaUrl = QUrl(url);
    if (!url.isEmpty())
        m.content.clear();
    MessagesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.merge({m});
    const QModelIndex i = model.index(0);
    QCOMPARE(i.data(MessagesModel::KindRole).toInt(), kind);
    QCOMPARE(i.data(MessagesModel::FileNameRole).toString(), fileName);
    QCOMPARE(i.data(MessagesModel::MimeTypeRole).toString(), mimeType);
}

void TestChatMessages::mediaPolicy_data() {
    QTest::addColumn<QString>("api");
    QTest::addColumn<bool>("demo");
    QTest::addColumn<QString>("media");
    QTest::addColumn<bool>("allowed");
    const QString api = QStringLiteral("https://api.jobbers.one");
    QTest::newRow("the API's host")
        << api << false << "https://api.jobbers.one/media/ab/f.pdf" << true;
    QTest::newRow("its host in capitals")
        << api << false << "https://API.Jobbers.one/media/ab/f.pdf" << true;
    QTest::newRow("another host") << api << false << "https://evil.example/media/f.pdf" << false;
    QTest::newRow("a look-alike host")
        << api << false << "https://api.jobbers.one.evil.example/f.pdf" << false;
    QTest::newRow("user info") << api << false << "https://x@api.jobbers.one/f.pdf" << false;
    QTest::newRow("file scheme") << api << false << "file:///etc/passwd" << false;
    QTest::newRow("relative") << api << false << "/media/ab/f.pdf" << false;
    QTest::newRow("loopback outside demo")
        << api << false << "http://127.0.0.1:8080/media/ab/f.pdf" << false;
    QTest::newRow("loopback in demo")
        << "http://127.0.0.1:40000" << true << "http://127.0.0.1:40001/media/ab/f.pdf" << true;
    QTest::newRow("localhost in demo")
        << "http://127.0.0.1:40000" << true << "http://localhost:40000/media/ab/f.pdf" << true;
    QTest::newRow("IPv6 loopback in demo")
        << "http://127.0.0.1:40000" << true << "http://[::1]:40000/media/f.png" << true;
    QTest::newRow("elsewhere in demo")
        << "http://127.0.0.1:40000" << true << "http://10.0.0.2/media/f.png" << false;
}

void TestChatMessages::mediaPolicy() {
    QFETCH(QString, api);
    QFETCH(bool, demo);
    QFETCH(QString, media);
    QFETCH(bool, allowed);
    const MediaPolicy policy(QUrl(api), demo);
    QCOMPARE(policy.allows(QUrl(media)), allowed);
}

QTEST_GUILESS_MAIN(TestChatMessages)
#include "tst_core_chatmessages.moc"
