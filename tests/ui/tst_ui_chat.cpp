// The Conversations room as the app wires it (AppServices, MainWindow, ChatWiring),
// offscreen, against the sandbox over loopback: the inbox filled from the client
// directory, a long conversation with images and files, history at the top without
// the view jumping, the "new messages" marker, the other side's reply (a demo client's
// answer on the sandbox clock) by polling and by webhook with a notification, the conversation
// actions, the new-conversation dialog, and the page's keyboard access. With
// JOBBERS_SCREENSHOTS=DIR it also grabs the inbox and a long conversation in both languages, light
// and dark.
#include "admin/ownwebhooks.h"
#include "chat/attachmentopener.h"
#include "chat/chatnotifier.h"
#include "chat/chatpane.h"
#include "chat/chatwiring.h"
#include "chat/composer.h"
#include "chat/composeredit.h"
#include "chat/conversationindex.h"
#include "chat/conversationsmodel.h"
#include "chat/conversationspage.h"
#include "chat/conversationtimeline.h"
#include "chat/inboxsweep.h"
#include "chat/mediacache.h"
#include "chat/messagesmodel.h"
#include "chat/newconversationdialog.h"
#include "chat/requestbudget.h"
#include "chat/starrating.h"
#include "chat/timelineview.h"
#include "chat/webhookreceiver.h"
#include "clients/clientdirectory.h"
#include "clients/clientsservice.h"
#include "demoreplier.h"
#include "net/apiclient.h"
#include "net/apireply.h"
#include "sandboxcontext.h"
#include "sandboxfixture.h"
#include "sandboxserver.h"
#include "shell/appservices.h"
#include "shell/mainwindow.h"
#include "shell/statuspanel.h"
#include "tasks/taskregistry.h"
#include "ui.h"

#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <QTreeView>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kClient = 40301; // camille.lefebvre@exemple.fr, enterprise 20
const QByteArray kBoundary = "----jobbers-ui-chat-boundary";

QByteArray pngBytes(const QColor &color, const QString &label) {
    QImage image(640, 420, QImage::Format_RGB32);
    image.fill(color);
    QPainter p(&image);
    p.setPen(Qt::white);
    QFont f = p.font();
    f.setPixelSize(64);
    p.setFont(f);
    p.drawText(image.rect(), Qt::AlignCenter, label);
    p.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// Stands in for the desktop: what the app hands over to open.
class DesktopCatcher : public QObject {
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls.append(url); }
};

QPalette darkPalette() {
    QPalette p;
    p.setColor(QPalette::Window, QColor(37, 39, 43));
    p.setColor(QPalette::WindowText, QColor(225, 225, 225));
    p.setColor(QPalette::Base, QColor(28, 30, 33));
    p.setColor(QPalette::AlternateBase, QColor(40, 43, 47));
    p.setColor(QPalette::Text, QColor(225, 225, 225));
    p.setColor(QPalette::Button, QColor(48, 51, 56));
    p.setColor(QPalette::ButtonText, QColor(225, 225, 225));
    p.setColor(QPalette::Highlight, QColor(42, 130, 218));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(120, 180, 255));
    p.setColor(QPalette::ToolTipBase, QColor(60, 60, 60));
    p.setColor(QPalette::ToolTipText, QColor(235, 235, 235));
    p.setColor(QPalette::PlaceholderText, QColor(140, 140, 140));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(130, 130, 130));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(130, 130, 130));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(130, 130, 130));
    return p;
}

// Switches the app's language in the running test: the translators of the language
// before are removed first (an English catalogue leaves every string to them).
void useLanguage(const QString &language) {
    for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    JobbersUi::installTranslations(language);
}

// The app, wired as main() does, signed in to an in-process sandbox.
struct World {
    explicit World(SandboxOptions options = {})
        : fixture(options) {}

    bool setUp() {
        if (!fixture.ok())
            return false;
        api.setBaseUrl(fixture.baseUrl());
        api.setCredentials(u"demo-20-key"_s, u"demo-20-secret"_s);
        services = std::make_unique<AppServices>(&api, &tasks, dir.filePath(u"local.sqlite"_s));
        window = std::make_unique<MainWindow>(&tasks);
        window->setDemo(true);
        wiring = new ChatWiring(services.get(), window.get());
        QSignalSpy authenticated(api.authenticate(), &ApiReply::finished);
        authenticated.wait(10000);
        window->resize(1200, 760);
        window->show();
        window->setCurrentSection(MainWindow::Section::Conversations);
        return api.hasToken() && QTest::qWaitForWindowExposed(window.get());
    }

    QString token() {
        if (m_token.isEmpty())
            m_token = fixture.token(20);
        return m_token;
    }

    HttpResult post(qint64 conversationId, const QJsonObject &body) {
        return fixture.postJson(u"/api/v0/conversations/%1/messages"_s.arg(conversationId), body,
                                token());
    }
    bool say(qint64 conversationId, const QString &text, bool client) {
        return post(conversationId, {{u"type"_s, u"text"_s},
                                     {u"content"_s, text},
                                     {u"sender"_s, client ? u"client"_s : u"agent"_s}})
                   .status
               == 200;
    }
    bool sendFile(qint64 conversationId, const QByteArray &name, const QByteArray &type,
                  const QByteArray &bytes, bool client) {
        QByteArray body = "--" + kBoundary
                          + "\r\nContent-Disposition: form-data; name=\"source\"; "
                            "filename=\""
                          + name + "\"\r\nContent-Type: " + type + "\r\n\r\n" + bytes + "\r\n--"
                          + kBoundary + "--\r\n";
        const HttpResult up = fixture.request(
            "POST", u"/api/v0/conversations/%1/attachments"_s.arg(conversationId), body, token(),
            {{"Content-Type", "multipart/form-data; boundary=" + kBoundary}});
        if (up.status != 200)
            return false;
        return post(conversationId, {{u"type"_s, u"attachment"_s},
                                     {u"media_url"_s, up.object().value(u"mediaUrl"_s).toString()},
                                     {u"sender"_s, client ? u"client"_s : u"agent"_s}})
                   .status
               == 200;
    }
    qint64 newConversation(const QString &subject) {
        const HttpResult r =
            fixture.postJson(u"/api/v0/conversations"_s,
                             {{u"client_id"_s, kClient}, {u"subject"_s, subject}}, token());
        return r.status == 200 ? r.object().value(u"id"_s).toInteger() : 0;
    }
    QJsonObject serverConversation(qint64 id) {
        for (const QString &status : {u"OPEN"_s, u"CLOSED"_s}) {
            const HttpResult r = fixture.get(
                u"/api/v0/conversations?client_id=%1&status=%2"_s.arg(kClient).arg(status),
                token());
            for (const QJsonValue &v : r.array()) {
                if (v.toObject().value(u"id"_s).toInteger() == id)
                    return v.toObject();
            }
        }
        return {};
    }
    // A long conversation: text of mixed lengths, two images and two files.
    qint64 longConversation(int texts) {
        const qint64 id = newConversation(u"Déménagement et garde de chat"_s);
        if (id <= 0)
            return 0;
        const QStringList lines = {
            u"Bonjour, je déménage samedi et je cherche quelqu'un pour garder mon chat."_s,
            u"Bonjour Camille ! Bien sûr, pour combien de jours ?"_s,
            u"Du samedi matin au lundi soir. Il est très calme."_s,
            u"C'est noté. Je vous propose Julie, que vous pouvez voir ici : "
            "https://www.jobbers.fr/profils/julie"_s,
            u"Parfait, merci !"_s,
            u"Pourriez-vous aussi me recommander une entreprise de déménagement pour les "
            "cartons du salon ? Il y en a une trentaine, plus le canapé et deux armoires qu'il "
            "faudrait démonter avant."_s};
        for (int i = 0; i < texts; ++i) {
            if (!say(id,
                     lines.at(i % lines.size())
                         + (i >= lines.size() ? u" (%1)"_s.arg(i) : QString()),
                     i % 2 == 0))
                return 0;
            if (i == texts - 8
                && !sendFile(id, "salon.png", "image/png",
                             pngBytes(QColor(70, 120, 160), u"salon"_s), true))
                return 0;
            if (i == texts - 6
                && !sendFile(id, "devis-demenagement.pdf", "application/pdf",
                             "%PDF-1.4\n% devis\n" + QByteArray(24000, 'x'), false))
                return 0;
            if (i == texts - 4
                && !sendFile(id, "chat.png", "image/png",
                             pngBytes(QColor(190, 110, 60), u"Minou"_s), true))
                return 0;
            if (i == texts - 3
                && !sendFile(id, "attestation.txt", "text/plain", "Attestation de garde\n", false))
                return 0;
        }
        return id;
    }
    // A conversation in which only the client has written so far (no demo reply due).
    qint64 clientAsks() {
        const qint64 id = newConversation(u"Cours de piano"_s);
        return id > 0
                       && say(id, u"Bonjour, je cherche un professeur de piano pour ma fille."_s,
                              true)
                   ? id
                   : 0;
    }
    // The demo clients' replies pending in the sandbox.
    int repliesDue() { return fixture.server().context().demoReplies().pending(); }
    // Lists the demo client's conversations into the inbox, as opening them does.
    bool indexClient() {
        wiring->sweep()->checkNow(kClient);
        return QTest::qWaitFor([&] { return wiring->index()->clientChecked(kClient).isValid(); },
                               10000);
    }
    bool open(qint64 id) {
        wiring->openConversation(id);
        return QTest::qWaitFor(
            [&] {
                return wiring->timeline()->conversationId() == id && wiring->timeline()->isLoaded();
            },
            10000);
    }
    void shoot(const QString &name) {
        const QString out = qEnvironmentVariable("JOBBERS_SCREENSHOTS");
        if (out.isEmpty())
            return;
        QApplication::processEvents();
        window->grab().save(out + u"/"_s + name + u".png"_s);
    }

    SandboxFixture fixture;
    TaskRegistry tasks;
    ApiClient api;
    QTemporaryDir dir;
    std::unique_ptr<AppServices> services;
    std::unique_ptr<MainWindow> window;
    ChatWiring *wiring = nullptr; // owned by the window
    QString m_token;
};
} // namespace

class TestUiChat : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void inboxFromTheDirectory();
    void longConversationWithHistoryAndMedia();
    void newMessagesMarkerWhenScrolledUp();
    void replyByWebhookNotifiesWhenAway();
    void demoReplyArrivesByPolling();
    void demoReplyArrivesByWebhook();
    void conversationActions();
    void replyByKeyboard();
    void newConversationDialog();
    void keyboardAndMnemonics_data();
    void keyboardAndMnemonics();
    void screenshots_data();
    void screenshots();
};

void TestUiChat::initTestCase() {
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
}

void TestUiChat::inboxFromTheDirectory() {
    World w;
    QVERIFY(w.setUp());
    // The client enters the directory; the sweep lists its conversations.
    w.wiring->budget()->setPerMinute(600);
    auto *job = w.services->clients()->get(kClient);
    QSignalSpy finished(job, &ApiJob::finished);
    QVERIFY(finished.wait(10000));
    QVERIFY(QTest::qWaitFor([&] { return w.wiring->index()->clientChecked(kClient).isValid(); },
                            15000));
    ConversationsPage *page = w.wiring->page();
    QVERIFY(page);
    // The demo client has conversations; the inbox shows the open ones by default.
    QVERIFY(QTest::qWaitFor([&] { return w.wiring->inboxModel()->rowCount() > 0; }, 10000));
    const int open = page->inbox()->model()->rowCount();
    page->stateCombo()->setCurrentIndex(0); // open and closed
    QVERIFY(page->inbox()->model()->rowCount() >= open);
    QVERIFY(page->inbox()->model()->rowCount() == w.wiring->inboxModel()->rowCount());
    // Client names come from the directory.
    const QModelIndex first = page->inbox()->model()->index(0, ConversationsModel::ClientColumn);
    QCOMPARE(first.data().toString(), u"Camille Lefebvre"_s);
    page->searchEdit()->setText(u"zzzz-nothing"_s);
    QCOMPARE(page->inbox()->model()->rowCount(), 0);
    page->searchEdit()->setText(u"camille"_s);
    QCOMPARE(page->inbox()->model()->rowCount(), w.wiring->inboxModel()->rowCount());
    QVERIFY(!page->findChild<QLabel *>(u"sweepStatus"_s)->text().isEmpty());
}

void TestUiChat::longConversationWithHistoryAndMedia() {
    World w;
    QVERIFY(w.setUp());
    const qint64 id = w.longConversation(110);
    QVERIFY(id > 0);
    // The client in the directory: the header shows its name and address.
    auto *job = w.services->clients()->get(kClient);
    QSignalSpy fetched(job, &ApiJob::finished);
    QVERIFY(fetched.wait(10000));
    QVERIFY(w.indexClient());
    const int windowWidth = w.window->width();
    QVERIFY(w.open(id));
    TimelineView *view = w.wiring->chatPane()->timeline();
    MessagesModel *model = w.wiring->messages();
    QCOMPARE(model->rowCount(), 50);
    // Opening it never widens the window: a long name and address give way, so the
    // pane fits in its share of the page.
    QApplication::processEvents();
    QCOMPARE(w.window->width(), windowWidth);
    QVERIFY2(w.wiring->chatPane()->minimumSizeHint().width() <= 450,
             qPrintable(QString::number(w.wiring->chatPane()->minimumSizeHint().width())));
    QVERIFY(QTest::qWaitFor([&] { return view->isAtBottom(); }, 5000));
    // Images arrive in the background and are kept on disk.
    int imageRow = -1;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r).data(MessagesModel::KindRole).toInt()
            == int(MessagesModel::Kind::Image))
            imageRow = r;
    }
    QVERIFY(imageRow >= 0);
    const QUrl image = model->index(imageRow).data(MessagesModel::MediaUrlRole).toUrl();
    view->viewport()->repaint();
    QVERIFY(QTest::qWaitFor(
        [&] { return w.wiring->media()->thumbnailState(image) == MediaCache::State::Ready; },
        10000));
    QVERIFY(QFile::exists(w.wiring->media()->diskPathFor(image)));
    w.shoot(u"test-long-conversation"_s);

    // To the top: older messages come in above, and what was on screen stays put.
    QSignalSpy older(w.wiring->timeline(), &ConversationTimeline::olderLoaded);
    view->verticalScrollBar()->setValue(0);
    QVERIFY(older.wait(10000));
    QApplication::processEvents();
    QCOMPARE(model->rowCount(), 100);
    // The message that was at the top is still at the top of the viewport.
    const QModelIndex top = view->indexAt(QPoint(5, 5));
    QVERIFY(top.isValid());
    QVERIFY2(top.row() >= 49 && top.row() <= 51, qPrintable(QString::number(top.row())));
    view->verticalScrollBar()->setValue(0);
    QVERIFY(QTest::qWaitFor([&] { return w.wiring->timeline()->isComplete(); }, 10000));
    QCOMPARE(model->rowCount(), 110 + 4);

    // A file card opens the file: downloaded once, then handed to the desktop.
    DesktopCatcher desktop;
    QDesktopServices::setUrlHandler(u"file"_s, &desktop, "open");
    int pdfRow = -1;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r).data(MessagesModel::FileNameRole).toString()
            == u"devis-demenagement.pdf"_s)
            pdfRow = r;
    }
    QVERIFY(pdfRow >= 0);
    QSignalSpy opened(w.wiring->attachments(), &AttachmentOpener::opened);
    Q_EMIT view->attachmentActivated(model->index(pdfRow));
    QVERIFY(opened.wait(10000));
    const QString path = opened.at(0).at(0).toString();
    QVERIFY(QFileInfo(path).size() > 24000);
    QCOMPARE(desktop.urls.size(), 1);
    QCOMPARE(desktop.urls.at(0), QUrl::fromLocalFile(path));
    // A link on another host is never fetched nor opened.
    const int requests = w.wiring->media()->requestsStarted();
    QSignalSpy refused(w.wiring->attachments(), &AttachmentOpener::refused);
    w.wiring->attachments()->open(QUrl(u"https://files.example.org/media/x/facture.pdf"_s),
                                  u"facture.pdf"_s);
    QCOMPARE(refused.count(), 1);
    QCOMPARE(w.wiring->media()->requestsStarted(), requests);
    QCOMPARE(desktop.urls.size(), 1);
    QDesktopServices::unsetUrlHandler(u"file"_s);

    // Text selected across messages is copied as one text.
    view->selectAllText();
    const QString all = view->selectedText();
    QVERIFY(all.contains(u"garder mon chat"_s));
    QVERIFY(all.contains(u"salon.png"_s));
}

void TestUiChat::newMessagesMarkerWhenScrolledUp() {
    World w;
    QVERIFY(w.setUp());
    const qint64 id = w.longConversation(40);
    QVERIFY(id > 0);
    QVERIFY(w.indexClient());
    w.wiring->timeline()->setPollIntervals(100, 400);
    QVERIFY(w.open(id));
    TimelineView *view = w.wiring->chatPane()->timeline();
    QVERIFY(QTest::qWaitFor([&] { return view->isAtBottom(); }, 5000));
    // At the bottom, a new message keeps the view at the bottom.
    QVERIFY(w.say(id, u"Vous êtes là ?"_s, true));
    QVERIFY(QTest::qWaitFor([&] { return w.wiring->messages()->rowCount() == 45; }, 10000));
    QApplication::processEvents();
    QVERIFY(view->isAtBottom());
    QCOMPARE(view->unseenCount(), 0);
    // Scrolled up, the next one shows the marker instead.
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum() - 400);
    QVERIFY(!view->isAtBottom());
    QVERIFY(w.say(id, u"Petite question sur le devis."_s, true));
    QVERIFY(QTest::qWaitFor([&] { return view->unseenCount() == 1; }, 10000));
    QVERIFY(!view->isAtBottom());
    QVERIFY(view->newMessagesButton()->isVisible());
    // End goes down.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_End);
    QApplication::processEvents();
    QVERIFY(view->isAtBottom());
    QVERIFY(!view->newMessagesButton()->isVisible());
    // The unread marker of the inbox is gone once the newest is seen.
    w.wiring->setAwayForTests(0);
    w.wiring->chatPane()->timeline()->scrollToNewest();
    QCOMPARE(w.wiring->inboxModel()->entry(id)->unread(), 0);
}

void TestUiChat::replyByWebhookNotifiesWhenAway() {
    SandboxOptions options;
    options.webhookFirstRetryMs = 50;
    World w(options);
    QVERIFY(w.setUp());
    // The embedded sandbox is on loopback: the receiver registers itself, and declares
    // itself one of the app's own webhooks (the Admin room will not offer to delete it).
    OwnWebhooks own;
    w.wiring->setOwnWebhooks(&own);
    QVERIFY(QTest::qWaitFor([&] { return w.wiring->receiver()->isRegistered(); }, 10000));
    QVERIFY(QTest::qWaitFor(
        [&] { return own.isOwn(OwnWebhooks::Kind::Message, w.wiring->receiver()->url()); }, 10000));
    const qint64 id = w.longConversation(6);
    QVERIFY(id > 0);
    QVERIFY(w.indexClient());
    QVERIFY(w.open(id));
    // No poll during the test: what arrives, arrives by webhook.
    w.wiring->timeline()->setPollIntervals(600000, 600000);
    w.wiring->setAwayForTests(1);
    const int before = w.wiring->messages()->rowCount();
    const int notified = w.wiring->notifier()->sent();
    const int delivered = w.wiring->receiver()->deliveries();
    QVERIFY(w.say(id, u"Le chat s'appelle Minou."_s, true));
    QVERIFY(QTest::qWaitFor([&] { return w.wiring->messages()->rowCount() == before + 1; }, 10000));
    QCOMPARE(w.wiring->receiver()->deliveries(), delivered + 1);
    QCOMPARE(w.wiring->notifier()->sent(), notified + 1);
    // The agent's own messages raise nothing.
    QVERIFY(w.say(id, u"Bien noté."_s, false));
    QVERIFY(QTest::qWaitFor([&] { return w.wiring->messages()->rowCount() == before + 2; }, 10000));
    QCOMPARE(w.wiring->notifier()->sent(), notified + 1);
    // Away, the conversation stays unread.
    QVERIFY(w.wiring->inboxModel()->entry(id)->unread() >= 1);
}

namespace {
// Demo life on, with a delay no test waits for: only moving the clock brings a reply.
SandboxOptions demoLife() {
    SandboxOptions options;
    options.demoReplies = true;
    options.demoReplyDelayMs = 60000;
    options.webhookFirstRetryMs = 50;
    return options;
}
} // namespace

void TestUiChat::demoReplyArrivesByPolling() {
    World w(demoLife());
    QVERIFY(w.setUp());
    // Without the webhook receiver: what arrives, arrives by polling.
    QVERIFY(QTest::qWaitFor([&] { return w.wiring->receiver()->isRegistered(); }, 10000));
    w.wiring->receiver()->unregisterFromApi();
    QVERIFY(QTest::qWaitFor(
        [&] { return w.fixture.get(u"/api/v0/webhooks"_s, w.token()).array().isEmpty(); }, 10000));
    const qint64 id = w.clientAsks();
    QVERIFY(id > 0);
    QVERIFY(w.indexClient());
    w.wiring->timeline()->setPollIntervals(100, 400);
    QVERIFY(w.open(id));
    QCOMPARE(w.wiring->messages()->rowCount(), 1);
    w.wiring->setAwayForTests(1);
    const int notified = w.wiring->notifier()->sent();
    // The agent answers (through the API: the composer is another part of the room).
    QVERIFY(w.say(id, u"Bonjour ! Une professeure est libre le mercredi à 17 h."_s, false));
    QVERIFY(QTest::qWaitFor([&] { return w.wiring->messages()->rowCount() == 2; }, 10000));
    QCOMPARE(w.repliesDue(), 1);
    // The client's reply comes once the sandbox's clock has moved, by the next poll.
    QVERIFY(w.fixture.advanceClock(61));
    QVERIFY(QTest::qWaitFor([&] { return w.wiring->messages()->rowCount() == 3; }, 10000));
    const Message reply = w.wiring->messages()->messageAt(2);
    QCOMPARE(reply.author, Message::Author::User);
    QVERIFY2(DemoReplier::replies().contains(reply.content), qPrintable(reply.content));
    QCOMPARE(w.wiring->receiver()->deliveries(), 0);
    // A client message while away: a notification, and the conversation stays unread.
    QCOMPARE(w.wiring->notifier()->sent(), notified + 1);
    QVERIFY(w.wiring->inboxModel()->entry(id)->unread() >= 1);
}

void TestUiChat::demoReplyArrivesByWebhook() {
    World w(demoLife());
    QVERIFY(w.setUp());
    QVERIFY(QTest::qWaitFor([&] { return w.wiring->receiver()->isRegistered(); }, 10000));
    const qint64 id = w.clientAsks();
    QVERIFY(id > 0);
    QVERIFY(w.indexClient());
    QVERIFY(w.open(id));
    // No poll during the test: what arrives, arrives by webhook.
    w.wiring->timeline()->setPollIntervals(600000, 600000);
    w.wiring->setAwayForTests(1);
    const int before = w.wiring->messages()->rowCount();
    const int delivered = w.wiring->receiver()->deliveries();
    const int notified = w.wiring->notifier()->sent();
    QVERIFY(w.say(id, u"Bonjour ! Une professeure est libre le mercredi à 17 h."_s, false));
    QVERIFY(QTest::qWaitFor([&] { return w.wiring->messages()->rowCount() == before + 1; }, 10000));
    QCOMPARE(w.wiring->receiver()->deliveries(), delivered + 1);
    QCOMPARE(w.repliesDue(), 1);
    QVERIFY(w.fixture.advanceClock(61));
    QVERIFY(QTest::qWaitFor([&] { return w.wiring->messages()->rowCount() == before + 2; }, 10000));
    QCOMPARE(w.wiring->receiver()->deliveries(), delivered + 2);
    const Message reply = w.wiring->messages()->messageAt(before + 1);
    QCOMPARE(reply.author, Message::Author::User);
    QVERIFY2(DemoReplier::replies().contains(reply.content), qPrintable(reply.content));
    QCOMPARE(w.wiring->notifier()->sent(), notified + 1);
    QVERIFY(w.wiring->inboxModel()->entry(id)->unread() >= 1);
}

void TestUiChat::conversationActions() {
    World w;
    QVERIFY(w.setUp());
    const qint64 id = w.longConversation(3);
    QVERIFY(w.indexClient());
    QVERIFY(w.open(id));
    ChatPane *pane = w.wiring->chatPane();
    // The subject, edited in place.
    pane->subjectEdit()->setFocus();
    pane->subjectEdit()->setText(u"Garde de chat (3 jours)"_s);
    QTest::keyClick(pane->subjectEdit(), Qt::Key_Return);
    QVERIFY(QTest::qWaitFor(
        [&] {
            return w.wiring->inboxModel()->entry(id)->conversation.subject
                   == u"Garde de chat (3 jours)"_s;
        },
        10000));
    QCOMPARE(w.serverConversation(id).value(u"subject"_s).toString(), u"Garde de chat (3 jours)"_s);
    // A blank subject is refused here, and nothing is sent.
    pane->subjectEdit()->setText(u"   "_s);
    QTest::keyClick(pane->subjectEdit(), Qt::Key_Return);
    QVERIFY(pane->findChild<QLabel *>(u"chatError"_s)->isVisible());
    QCOMPARE(w.serverConversation(id).value(u"subject"_s).toString(), u"Garde de chat (3 jours)"_s);
    // Stars, with the keyboard.
    pane->ratingStars()->setFocus();
    QTest::keyClick(pane->ratingStars(), Qt::Key_4);
    QVERIFY(QTest::qWaitFor(
        [&] { return w.serverConversation(id).value(u"rating"_s).toInt() == 4; }, 10000));
    // Close, then reopen (each once the previous edit is done).
    QVERIFY(QTest::qWaitFor([&] { return pane->closeButton()->isEnabled(); }, 10000));
    pane->closeButton()->click();
    QVERIFY(QTest::qWaitFor(
        [&] { return w.serverConversation(id).value(u"status"_s).toString() == u"CLOSED"_s; },
        10000));
    QVERIFY(
        QTest::qWaitFor([&] { return pane->closeButton()->text().contains(u"open"_s); }, 10000));
    QVERIFY(QTest::qWaitFor([&] { return pane->closeButton()->isEnabled(); }, 10000));
    pane->closeButton()->click();
    QVERIFY(QTest::qWaitFor(
        [&] { return w.serverConversation(id).value(u"status"_s).toString() != u"CLOSED"_s; },
        10000));
    // The server commits before it answers: the inbox follows once the answer is in.
    QVERIFY(QTest::qWaitFor(
        [&] { return w.wiring->inboxModel()->entry(id)->conversation.isOpen(); }, 10000));
}

void TestUiChat::replyByKeyboard() {
    World w;
    QVERIFY(w.setUp());
    const qint64 id = w.clientAsks();
    QVERIFY(id > 0);
    QVERIFY(w.indexClient());
    ConversationsPage *page = w.wiring->page();
    QTreeView *inbox = page->inbox();
    QVERIFY(QTest::qWaitFor([&] { return w.wiring->inboxModel()->rowOfId(id) >= 0; }, 10000));
    // The conversation chosen in the inbox, then Enter: it opens with the cursor in its
    // composer, and Enter sends what is typed.
    inbox->setFocus();
    page->selectConversation(id);
    QTest::keyClick(inbox, Qt::Key_Return);
    QVERIFY(QTest::qWaitFor([&] { return w.wiring->timeline()->conversationId() == id; }, 10000));
    auto *composer = qobject_cast<Composer *>(page->chatPane()->composer());
    QVERIFY(composer);
    QVERIFY(QTest::qWaitFor([&] { return composer->editor()->hasFocus(); }, 5000));
    QTest::keyClicks(composer->editor(), u"Bonjour, je vous cherche cela."_s);
    QTest::keyClick(composer->editor(), Qt::Key_Return);
    QVERIFY(QTest::qWaitFor(
        [&] {
            const HttpResult r =
                w.fixture.get(u"/api/v0/conversations/%1/messages?size=10"_s.arg(id), w.token());
            for (const QJsonValue &v : r.array()) {
                if (v.toObject().value(u"content"_s).toString()
                    == u"Bonjour, je vous cherche cela."_s)
                    return true;
            }
            return false;
        },
        10000));
}

void TestUiChat::newConversationDialog() {
    World w;
    QVERIFY(w.setUp());
    auto *job = w.services->clients()->get(kClient);
    QSignalSpy finished(job, &ApiJob::finished);
    QVERIFY(finished.wait(10000));
    w.wiring->startNewConversation();
    auto *dialog = w.window->findChild<NewConversationDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    // Nothing chosen: errors next to the fields, nothing sent.
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QVERIFY(dialog->isVisible());
    dialog->clientEdit()->setText(u"camille.lefebvre@exemple.fr"_s);
    dialog->subjectEdit()->setText(u"Billets de train pour Lyon"_s);
    QSignalSpy opened(w.wiring, &ChatWiring::conversationOpened);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QVERIFY(opened.wait(10000));
    const qint64 id = opened.at(0).at(0).toLongLong();
    QCOMPARE(w.wiring->inboxModel()->entry(id)->conversation.subject,
             u"Billets de train pour Lyon"_s);
    QCOMPARE(w.wiring->chatPane()->conversationId(), id);
    QCOMPARE(w.serverConversation(id).value(u"status"_s).toString(), u"NEW"_s);
}

void TestUiChat::keyboardAndMnemonics_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("menus"); // the menus' mnemonics
    QTest::newRow("en") << u"en"_s << u"fevth"_s;
    QTest::newRow("fr") << u"fr"_s << u"féaod"_s;
}

void TestUiChat::keyboardAndMnemonics() {
    QFETCH(QString, language);
    QFETCH(QString, menus);
    useLanguage(language);
    World w;
    QVERIFY(w.setUp());
    ConversationsPage *page = w.wiring->page();
    QVERIFY(page);
    // Every label with a mnemonic has a buddy, and no letter is used twice on the
    // page (nor by the menus).
    QSet<QChar> used;
    for (const QChar c : menus)
        used.insert(c);
    const auto check = [&used](const QString &text) {
        const int amp = int(text.indexOf(u'&'));
        if (amp < 0 || amp + 1 >= text.size())
            return true;
        const QChar letter = text.at(amp + 1).toLower();
        if (used.contains(letter))
            return false;
        used.insert(letter);
        return true;
    };
    for (QLabel *label : page->findChildren<QLabel *>()) {
        if (!label->text().contains(u'&'))
            continue;
        QVERIFY2(label->buddy(), qPrintable(label->text()));
        QVERIFY2(check(label->text()), qPrintable(label->text()));
    }
    for (QPushButton *button : page->findChildren<QPushButton *>())
        QVERIFY2(check(button->text()), qPrintable(button->text()));
    // Named for assistive technology.
    QVERIFY(!page->inbox()->accessibleName().isEmpty());
    QVERIFY(!page->chatPane()->timeline()->accessibleName().isEmpty());
    QVERIFY(!page->chatPane()->ratingStars()->accessibleName().isEmpty());
    QVERIFY(!page->searchEdit()->accessibleName().isEmpty());
    useLanguage(u"en"_s);
}

void TestUiChat::screenshots_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("dark");
    QTest::newRow("fr light") << u"fr"_s << false;
    QTest::newRow("fr dark") << u"fr"_s << true;
    QTest::newRow("en light") << u"en"_s << false;
    QTest::newRow("en dark") << u"en"_s << true;
}

void TestUiChat::screenshots() {
    QFETCH(QString, language);
    QFETCH(bool, dark);
    if (qEnvironmentVariable("JOBBERS_SCREENSHOTS").isEmpty())
        QSKIP("set JOBBERS_SCREENSHOTS=DIR to grab the Conversations page");
    useLanguage(language);
    QLocale::setDefault(QLocale(language == u"fr"_s ? u"fr_FR"_s : u"en_GB"_s));
    const QPalette light = QApplication::palette();
    // Back to English and the light palette whatever happens below.
    const auto restore = qScopeGuard([light] {
        QApplication::setPalette(light);
        useLanguage(u"en"_s);
        QLocale::setDefault(QLocale(u"en_GB"_s));
    });
    if (dark)
        QApplication::setPalette(darkPalette());
    World w;
    QVERIFY(w.setUp());
    // What the shell shows once signed in (the shell itself is not part of this test).
    w.window->statusPanel()->setConnection(StatusPanel::Connection::Connected);
    w.window->statusPanel()->setToken(StatusPanel::Token::Valid);
    w.window->setEnterprise(20, {u"Sous conciergerie #1"_s, u"Sous conciergerie #2"_s});
    const qint64 id = w.longConversation(60);
    QVERIFY(id > 0);
    // The (empty) directory read from the local file first, as at the app's start.
    QVERIFY(QTest::qWaitFor([&] { return !w.services->directory()->isLoading(); }, 10000));
    auto *job = w.services->clients()->get(kClient);
    QSignalSpy finished(job, &ApiJob::finished);
    QVERIFY(finished.wait(10000));
    QVERIFY(w.indexClient());
    // A few more clients in the inbox.
    for (qint64 c : {40302, 40303, 40304, 40305}) {
        auto *more = w.services->clients()->get(c);
        QSignalSpy done(more, &ApiJob::finished);
        QVERIFY(done.wait(10000));
        w.wiring->sweep()->checkNow(c);
    }
    QVERIFY(
        QTest::qWaitFor([&] { return w.wiring->index()->clientChecked(40305).isValid(); }, 10000));
    ConversationsPage *page = w.wiring->page();
    page->stateCombo()->setCurrentIndex(0);
    // As the user would (the setting is kept from an earlier run): the sweep's line
    // then says what it knows now.
    auto *budget = page->findChild<QSpinBox *>(u"requestBudget"_s);
    budget->setValue(31);
    budget->setValue(30);
    // A desktop window's size, so that both panes have room.
    w.window->resize(1440, 860);
    const QString suffix = u"-%1-%2"_s.arg(language, dark ? u"dark"_s : u"light"_s);
    w.shoot(u"conversations-inbox"_s + suffix);
    QVERIFY(w.open(id));
    TimelineView *view = w.wiring->chatPane()->timeline();
    // Every image on screen once, so that its thumbnail is asked for and cached.
    QVERIFY(QTest::qWaitFor(
        [&] {
            for (int r = 0; r < w.wiring->messages()->rowCount(); ++r) {
                const QUrl url = w.wiring->messages()->messageAt(r).mediaUrl;
                if (url.isValid() && url.fileName().endsWith(u".png"_s)
                    && w.wiring->media()->thumbnailState(url) != MediaCache::State::Ready) {
                    view->scrollTo(w.wiring->messages()->index(r));
                    view->viewport()->repaint();
                    return false;
                }
            }
            return true;
        },
        10000));
    view->scrollToNewest();
    // Up among the images and files.
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum() - 350);
    w.shoot(u"conversations-timeline"_s + suffix);
}

QTEST_MAIN(TestUiChat)
#include "tst_ui_chat.moc"
