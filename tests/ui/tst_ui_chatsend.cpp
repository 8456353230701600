// The writing side of the Conversations room as the app wires it (AppServices,
// MainWindow, ChatWiring and its ComposerWiring), offscreen, against the sandbox over
// loopback: a text typed and sent, two files dropped on the pane and one pasted, all
// three in the timeline as sent messages and on the server exactly once; an upload
// failed by the sandbox's fault rate shown Failed in the timeline with its reason,
// then Retry (by mouse, and by keyboard) ending Sent; an upload in the shell's
// progress area, cancelled there. With JOBBERS_SCREENSHOTS=DIR it also grabs the
// composer with files, an upload in progress and a failed message, in both languages.
#include "servicetest.h"

#include "chat/attachmentstrip.h"
#include "chat/attachmentstripchip.h"
#include "chat/chatpane.h"
#include "chat/chatwiring.h"
#include "chat/composer.h"
#include "chat/composeredit.h"
#include "chat/composerwiring.h"
#include "chat/conversationindex.h"
#include "chat/conversationsmodel.h"
#include "chat/conversationsservice.h"
#include "chat/conversationtimeline.h"
#include "chat/inboxsweep.h"
#include "chat/messagesmodel.h"
#include "chat/outbox.h"
#include "chat/timelinerowsmodel.h"
#include "chat/timelineview.h"
#include "clients/clientsservice.h"
#include "net/apiclient.h"
#include "net/apireply.h"
#include "sandboxfixture.h"
#include "sandboxserver.h"
#include "shell/appservices.h"
#include "shell/mainwindow.h"
#include "shell/progressarea.h"
#include "storage/localstore.h"
#include "tasks/taskregistry.h"
#include "ui.h"

#include <QApplication>
#include <QClipboard>
#include <QImage>
#include <QMimeData>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;
using State = OutboxItem::State;

namespace {
constexpr qint64 kClient = 40301; // camille.lefebvre@exemple.fr, enterprise 20

QString writeFile(const QTemporaryDir &dir, const QString &name, qint64 size, char fill = 'x') {
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly))
        return {};
    const QByteArray chunk(64 * 1024, fill);
    for (qint64 left = size; left > 0; left -= chunk.size())
        f.write(chunk.constData(), qMin<qint64>(left, chunk.size()));
    return f.fileName();
}

QImage sampleImage(const QColor &color) {
    QImage image(320, 200, QImage::Format_RGB32);
    image.fill(color);
    QPainter p(&image);
    p.fillRect(40, 40, 120, 80, Qt::white);
    return image;
}

int countText(const QList<Message> &messages, const QString &text) {
    return int(std::count_if(messages.cbegin(), messages.cend(), [&](const Message &m) {
        return !m.isAttachment() && m.content == text;
    }));
}

int countMedia(const QList<Message> &messages, const QUrl &url) {
    return int(std::count_if(messages.cbegin(), messages.cend(),
                             [&](const Message &m) { return m.mediaUrl == url; }));
}

// A drag from a file manager, entered then dropped on widget.
bool simulateDrop(QWidget *widget, QMimeData *mime) {
    const QPoint at = widget->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(widget, &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent drop(QPointF(at), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(widget, &drop);
    return drop.isAccepted();
}

// The app, wired as main() does, signed in to an in-process sandbox.
struct World {
    static SandboxOptions quiet() {
        SandboxOptions o;
        o.logRequests = false;
        return o;
    }
    explicit World(SandboxOptions options = quiet())
        : m_own(std::make_unique<SandboxFixture>(options))
        , fixture(*m_own)
        , storeFile(dir.filePath(u"local.sqlite"_s)) {}
    // The app started again: the same sandbox, the same local data file.
    World(SandboxFixture &shared, const QString &localData)
        : fixture(shared)
        , storeFile(localData) {}

    bool setUp() {
        if (!fixture.ok())
            return false;
        api.setBaseUrl(fixture.baseUrl());
        api.setCredentials(u"demo-20-key"_s, u"demo-20-secret"_s);
        services = std::make_unique<AppServices>(&api, &tasks, storeFile);
        window = std::make_unique<MainWindow>(&tasks);
        window->setDemo(true);
        wiring = new ChatWiring(services.get(), window.get());
        QSignalSpy authenticated(api.authenticate(), &ApiReply::finished);
        authenticated.wait(10000);
        window->resize(1200, 760);
        window->show();
        window->setCurrentSection(MainWindow::Section::Conversations);
        if (!api.hasToken() || !QTest::qWaitForWindowExposed(window.get()))
            return false;
        // Signed in: the outbox runs.
        return QTest::qWaitFor([&] { return outbox()->isStarted(); }, 10000);
    }

    Outbox *outbox() const { return wiring->writing()->outbox(); }
    Composer *composer() const { return wiring->writing()->composer(); }
    TimelineView *view() const { return wiring->chatPane()->timeline(); }
    TimelineRowsModel *rows() const { return wiring->writing()->rows(); }

    // A new conversation of the demo client, listed in the inbox and open.
    qint64 openNew(const QString &subject) {
        auto *job = wiring->conversations()->create(kClient, subject);
        const auto created = await(job);
        if (!created.ok())
            return 0;
        const qint64 id = created->id;
        wiring->sweep()->checkNow(kClient);
        if (!QTest::qWaitFor([&] { return wiring->inboxModel()->entry(id).has_value(); }, 10000))
            return 0;
        wiring->openConversation(id);
        if (!QTest::qWaitFor(
                [&] {
                    return wiring->timeline()->conversationId() == id
                           && wiring->timeline()->isLoaded();
                },
                10000))
            return 0;
        return id;
    }

    // The conversation as the server has it (faults off for the read).
    QList<Message> serverMessages(qint64 id) {
        const FaultRates before = fixture.server().faultRates();
        fixture.server().setFaultRates({});
        ConversationsService service(&api);
        const auto page = await(service.messages(id, 200));
        fixture.server().setFaultRates(before);
        return page.ok() ? *page : QList<Message>();
    }

    // Waits until the outbox has nothing left for the conversation.
    bool allSent(qint64 id, int timeoutMs = 20000) {
        return QTest::qWaitFor([&] { return outbox()->items(QString::number(id)).isEmpty(); },
                               timeoutMs);
    }

    // The timeline's row showing this text or file name, -1 if none.
    int rowOf(const QString &what) const {
        for (int r = 0; r < rows()->rowCount(); ++r) {
            const QModelIndex i = rows()->index(r, 0);
            if (i.data(Qt::DisplayRole).toString() == what)
                return r;
        }
        return -1;
    }

    // inSignal: called from a network signal, where running the event loop would
    // re-enter the request: the window is laid out and grabbed as it is.
    void shoot(const QString &name, bool inSignal = false) {
        const QString out = qEnvironmentVariable("JOBBERS_SCREENSHOTS");
        if (out.isEmpty())
            return;
        view()->doItemsLayout();
        if (!inSignal)
            QApplication::processEvents();
        window->grab().save(out + u"/"_s + name + u".png"_s);
    }

    std::unique_ptr<SandboxFixture> m_own;
    SandboxFixture &fixture;
    QTemporaryDir dir; // files to send
    QString storeFile;
    TaskRegistry tasks;
    ApiClient api;
    std::unique_ptr<AppServices> services;
    std::unique_ptr<MainWindow> window;
    ChatWiring *wiring = nullptr; // owned by the window
};
} // namespace

class TestUiChatSend : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void textDropAndPasteEndSentOnce();
    void draftFollowsTheConversation();
    void failedUploadRetriesToSent();
    void uploadInTheProgressAreaCancelled();
    void unsentAndDraftAfterARestart();
    void screenshots_data();
    void screenshots();
};

void TestUiChatSend::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(u"JobbersTests"_s);
    QApplication::setApplicationName(u"tst_ui_chatsend"_s);
}

void TestUiChatSend::init() {
    QSettings().clear(); // Enter sends, 10 MB per file
}

void TestUiChatSend::textDropAndPasteEndSentOnce() {
    World w;
    QVERIFY(w.setUp());
    const qint64 id = w.openNew(u"Devis du traiteur"_s);
    QVERIFY(id > 0);
    Composer *composer = w.composer();
    QVERIFY(composer);
    QVERIFY(w.wiring->chatPane()->composer() == composer);
    QCOMPARE(composer->conversationId(), QString::number(id));

    // A text, typed and sent with Enter (the default send key).
    composer->editor()->setFocus();
    QTest::keyClicks(composer->editor(), u"Voici le devis et le menu."_s);
    QTest::keyClick(composer->editor(), Qt::Key_Return);
    // Two files dragged onto the timeline (the pane passes them to the composer), one
    // image pasted into the text field.
    const QString menu = writeFile(w.dir, u"menu.pdf"_s, 40 * 1024, 'm');
    const QString quote = writeFile(w.dir, u"devis.txt"_s, 3000, 'd');
    auto *drag = new QMimeData;
    drag->setUrls({QUrl::fromLocalFile(menu), QUrl::fromLocalFile(quote)});
    QVERIFY(simulateDrop(w.view()->viewport(), drag));
    delete drag;
    QCOMPARE(composer->files(), (QStringList{menu, quote}));
    auto *copied = new QMimeData;
    copied->setImageData(sampleImage(Qt::darkCyan));
    QApplication::clipboard()->setMimeData(copied);
    if (!QApplication::clipboard()->mimeData()
        || !QApplication::clipboard()->mimeData()->hasImage())
        QSKIP("this platform has no clipboard");
    QTest::keyClick(composer->editor(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(composer->files().size(), 3);
    const QString pastedName = QFileInfo(composer->files().last()).fileName();
    // Each sent item gives way to its message in one go: when the outbox says it is
    // sent, the message is in the timeline and the item's row is gone (nothing painted
    // in between: no flicker, no moment with both).
    int sent = 0;
    QStringList swapProblems;
    connect(w.outbox(), &Outbox::itemSent, this, [&](const OutboxItem &item, const Message &m) {
        ++sent;
        if (w.wiring->messages()->rowOfId(m.id) < 0)
            swapProblems << u"message %1 not in the timeline"_s.arg(m.id);
        for (int r = 0; r < w.rows()->rowCount(); ++r) {
            if (w.rows()->index(r, 0).data(TimelineRowsModel::OutboxIdRole).toLongLong() == item.id)
                swapProblems << u"item %1 still shown"_s.arg(item.id);
        }
    });
    composer->sendButton()->click();
    // Queued at once, shown after the messages.
    QCOMPARE(w.rows()->rowCount(), 4);
    QVERIFY(w.rows()->index(0, 0).data(TimelineRowsModel::PendingRole).toBool());
    QVERIFY(composer->files().isEmpty());

    // Everything waits in the timeline, after the messages, until sent.
    QVERIFY(w.allSent(id));
    QCOMPARE(sent, 4);
    QVERIFY2(swapProblems.isEmpty(), qPrintable(swapProblems.join(u'\n')));
    const QList<Message> server = w.serverMessages(id);
    QCOMPARE(server.size(), 4);
    QCOMPARE(countText(server, u"Voici le devis et le menu."_s), 1);
    // The timeline shows the server's messages, once each, and no unsent row.
    QVERIFY(QTest::qWaitFor([&] { return w.wiring->messages()->rowCount() == 4; }, 10000));
    QCOMPARE(w.rows()->rowCount(), 4);
    for (const Message &m : server) {
        QCOMPARE(m.author, Message::Author::Business);
        QVERIFY(w.wiring->messages()->rowOfId(m.id) >= 0);
        if (m.isAttachment())
            QCOMPARE(countMedia(server, m.mediaUrl), 1);
    }
    QStringList names;
    for (int r = 0; r < w.rows()->rowCount(); ++r) {
        QVERIFY(!w.rows()->index(r, 0).data(TimelineRowsModel::PendingRole).toBool());
        names << w.rows()->index(r, 0).data(Qt::DisplayRole).toString();
    }
    QCOMPARE(names, (QStringList{u"Voici le devis et le menu."_s, u"menu.pdf"_s, u"devis.txt"_s,
                                 pastedName}));
    // A poll brings the same messages again: still once each.
    w.wiring->timeline()->poke();
    QSignalSpy loaded(w.wiring->conversations(), &ConversationsService::messagesLoaded);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(w.rows()->rowCount(), 4);
}

void TestUiChatSend::draftFollowsTheConversation() {
    World w;
    QVERIFY(w.setUp());
    const qint64 first = w.openNew(u"Fleurs"_s);
    QVERIFY(first > 0);
    QTest::keyClicks(w.composer()->editor(), u"Des roses"_s);
    const qint64 second = w.openNew(u"Taxi"_s);
    QVERIFY(second > 0);
    QCOMPARE(w.composer()->conversationId(), QString::number(second));
    QCOMPARE(w.composer()->text(), QString());
    w.wiring->openConversation(first);
    QVERIFY(QTest::qWaitFor([&] { return w.wiring->timeline()->conversationId() == first; }));
    QCOMPARE(w.composer()->text(), u"Des roses"_s);
    QCOMPARE(w.services->store()->draft(QString::number(first)), u"Des roses"_s);
    // The settings follow: Ctrl+Enter sends, Enter makes a new line.
    AppSettings settings;
    settings.setSendKey(AppSettings::SendKey::CtrlEnter);
    settings.setMaxAttachmentMegabytes(1);
    Q_EMIT w.window->settingsChanged();
    QTest::keyClick(w.composer()->editor(), Qt::Key_Return);
    QVERIFY(w.outbox()->items().isEmpty());
    QCOMPARE(w.outbox()->maxFileBytes(), qint64(1) << 20);
    QVERIFY(!w.outbox()->checkFile(writeFile(w.dir, u"gros.bin"_s, 2 << 20)).isEmpty());
}

void TestUiChatSend::failedUploadRetriesToSent() {
    World w;
    QVERIFY(w.setUp());
    const qint64 id = w.openNew(u"Photos de l'appartement"_s);
    QVERIFY(id > 0);
    // Every request fails (503) while the file goes out.
    FaultRates rates;
    rates.fail = 1.0;
    w.fixture.server().setFaultRates(rates);
    const QString photo = writeFile(w.dir, u"salon.jpg"_s, 20 * 1024, 's');
    QCOMPARE(w.composer()->addFiles({photo}), 1);
    QVERIFY(w.composer()->send());
    QVERIFY(QTest::qWaitFor(
        [&] {
            const auto items = w.outbox()->items(QString::number(id));
            return items.size() == 1 && items.first().state == State::Failed;
        },
        20000));
    // Failed, with the reason, in the timeline after the messages.
    int row = w.rowOf(u"salon.jpg"_s);
    QCOMPARE(row, w.rows()->rowCount() - 1);
    QModelIndex i = w.rows()->index(row, 0);
    QVERIFY(i.data(TimelineRowsModel::PendingRole).toBool());
    QCOMPARE(i.data(TimelineRowsModel::OutboxStateRole).toInt(), int(State::Failed));
    QVERIFY(!i.data(TimelineRowsModel::ErrorRole).toString().isEmpty());
    QVERIFY(i.data(TimelineRowsModel::StatusTextRole)
                .toString()
                .contains(i.data(TimelineRowsModel::ErrorRole).toString()));
    // Retry and Discard under it, named for assistive technology.
    QWidget *actions = w.view()->indexWidget(i);
    QVERIFY(actions);
    auto *retry = actions->findChild<QToolButton *>(u"retryButton"_s);
    auto *discard = actions->findChild<QToolButton *>(u"discardButton"_s);
    QVERIFY(retry && discard);
    QVERIFY(retry->accessibleName().contains(u"salon.jpg"_s));
    QVERIFY(!discard->accessibleName().isEmpty());
    QVERIFY(QTest::qWaitFor([&] { return retry->isVisible(); }));
    QCOMPARE(w.serverMessages(id).size(), 0);

    // Still failing: Retry by mouse fails again.
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(QTest::qWaitFor(
        [&] {
            const auto items = w.outbox()->items(QString::number(id));
            return items.size() == 1 && items.first().state == State::Failed;
        },
        20000));
    // The network is back: Retry by keyboard, on the current row (Enter).
    w.fixture.server().setFaultRates({});
    row = w.rowOf(u"salon.jpg"_s);
    QVERIFY(row >= 0);
    w.view()->setFocus();
    w.view()->setCurrentIndex(w.rows()->index(row, 0));
    QTest::keyClick(w.view(), Qt::Key_Return);
    QVERIFY(w.allSent(id));
    const QList<Message> server = w.serverMessages(id);
    QCOMPARE(server.size(), 1);
    QVERIFY(server.first().isAttachment());
    QVERIFY(QTest::qWaitFor([&] { return w.wiring->messages()->rowOfId(server.first().id) >= 0; }));
    QCOMPARE(w.rows()->rowCount(), 1);
    QVERIFY(!w.rows()->index(0, 0).data(TimelineRowsModel::PendingRole).toBool());

    // A failed text discarded with Delete leaves nothing.
    w.fixture.server().setFaultRates(rates);
    w.composer()->setText(u"Je vous rappelle demain."_s);
    QVERIFY(w.composer()->send());
    QVERIFY(QTest::qWaitFor(
        [&] {
            const auto items = w.outbox()->items(QString::number(id));
            return items.size() == 1 && items.first().state == State::Failed;
        },
        20000));
    row = w.rowOf(u"Je vous rappelle demain."_s);
    QVERIFY(row >= 0);
    w.view()->setCurrentIndex(w.rows()->index(row, 0));
    QTest::keyClick(w.view(), Qt::Key_Delete);
    QVERIFY(w.outbox()->items(QString::number(id)).isEmpty());
    QCOMPARE(w.rows()->rowCount(), 1);
    QCOMPARE(w.serverMessages(id).size(), 1);
}

void TestUiChatSend::uploadInTheProgressAreaCancelled() {
    SandboxOptions options = World::quiet();
    options.latencyMs = 1500; // the upload's answer comes late: there is time to cancel
    World w(options);
    QVERIFY(w.setUp());
    const qint64 id = w.openNew(u"Vidéo de la visite"_s);
    QVERIFY(id > 0);
    QSignalSpy progress(w.outbox(), &Outbox::uploadProgress);
    QVERIFY(w.composer()->addFiles({writeFile(w.dir, u"visite.mp4"_s, 6 << 20, 'v')}) == 1);
    QVERIFY(w.composer()->send());
    QVERIFY(progress.wait(10000));
    // In the shell's progress area, with Cancel.
    QCOMPARE(w.tasks.count(), 1);
    QWidget *row = w.window->progressArea()->rowFor(w.tasks.ids().first());
    QVERIFY(row);
    auto *cancel = row->findChild<QPushButton *>(u"cancel"_s);
    QVERIFY(cancel && cancel->isVisible());
    // And in the timeline, Uploading.
    const int r = w.rowOf(u"visite.mp4"_s);
    QVERIFY(r >= 0);
    QCOMPARE(w.rows()->index(r, 0).data(TimelineRowsModel::OutboxStateRole).toInt(),
             int(State::Uploading));
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(w.outbox()->items(QString::number(id)).isEmpty());
    QVERIFY(w.tasks.isIdle());
    QCOMPARE(w.rows()->rowCount(), 0);
    QVERIFY(w.serverMessages(id).isEmpty());
}

void TestUiChatSend::unsentAndDraftAfterARestart() {
    SandboxFixture sandbox(World::quiet());
    QVERIFY(sandbox.ok());
    QTemporaryDir home;
    const QString localData = home.filePath(u"local.sqlite"_s);
    const QString text = u"Les clés sont chez la gardienne."_s;
    qint64 id = 0;
    {
        World before(sandbox, localData);
        QVERIFY(before.setUp());
        id = before.openNew(u"Clés de l'appartement"_s);
        QVERIFY(id > 0);
        FaultRates rates;
        rates.fail = 1.0;
        sandbox.server().setFaultRates(rates);
        before.composer()->setText(text);
        QVERIFY(before.composer()->send());
        QVERIFY(QTest::qWaitFor(
            [&] {
                const auto items = before.outbox()->items(QString::number(id));
                return items.size() == 1 && items.first().state == State::Failed;
            },
            20000));
        // A draft being typed when the app goes.
        QTest::keyClicks(before.composer()->editor(), u"Elle est la jusqu'a 19 h"_s);
        sandbox.server().setFaultRates({});
    }
    // Started again: the failed message is where it was, with Retry; the draft is back.
    World after(sandbox, localData);
    QVERIFY(after.setUp());
    after.wiring->sweep()->checkNow(kClient);
    QVERIFY(
        QTest::qWaitFor([&] { return after.wiring->inboxModel()->entry(id).has_value(); }, 10000));
    after.wiring->openConversation(id);
    QVERIFY(QTest::qWaitFor([&] { return after.wiring->timeline()->isLoaded(); }, 10000));
    QCOMPARE(after.composer()->text(), u"Elle est la jusqu'a 19 h"_s);
    const int row = after.rowOf(text);
    QCOMPARE(row, after.rows()->rowCount() - 1);
    const QModelIndex i = after.rows()->index(row, 0);
    QCOMPARE(i.data(TimelineRowsModel::OutboxStateRole).toInt(), int(State::Failed));
    QWidget *actions = after.view()->indexWidget(i);
    QVERIFY(actions);
    auto *retry = actions->findChild<QToolButton *>(u"retryButton"_s);
    QVERIFY(retry);
    QVERIFY(QTest::qWaitFor([&] { return retry->isVisible(); }));
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(after.allSent(id));
    QCOMPARE(countText(after.serverMessages(id), text), 1);
    QVERIFY(QTest::qWaitFor([&] { return after.rowOf(text) >= 0; }));
    QVERIFY(
        !after.rows()->index(after.rowOf(text), 0).data(TimelineRowsModel::PendingRole).toBool());
}

void TestUiChatSend::screenshots_data() {
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << u"en"_s;
    QTest::newRow("fr") << u"fr"_s;
}

void TestUiChatSend::screenshots() {
    QFETCH(QString, language);
    if (qEnvironmentVariable("JOBBERS_SCREENSHOTS").isEmpty())
        QSKIP("set JOBBERS_SCREENSHOTS=DIR to grab the composer and the outbox");
    JobbersUi::installTranslations(language);
    QLocale::setDefault(QLocale(language == u"fr"_s ? u"fr_FR"_s : u"en_GB"_s));
    SandboxOptions options = World::quiet();
    options.maxUploadBytes = 64 << 20;
    World w(options);
    QVERIFY(w.setUp());
    AppSettings().setMaxAttachmentMegabytes(64);
    Q_EMIT w.window->settingsChanged();
    // The client's name in the directory, for the inbox and the timeline.
    QVERIFY(await(w.services->clients()->get(kClient)).ok());
    const qint64 id = w.openNew(u"Anniversaire de Léa"_s);
    QVERIFY(id > 0);
    const auto say = [&](const QString &text, bool client) {
        const HttpResult r = w.fixture.postJson(u"/api/v0/conversations/%1/messages"_s.arg(id),
                                                {{u"type"_s, u"text"_s},
                                                 {u"content"_s, text},
                                                 {u"sender"_s, client ? u"client"_s : u"agent"_s}},
                                                w.fixture.token(20));
        return r.status == 200;
    };
    QVERIFY(say(u"Bonjour, je prépare l'anniversaire de ma fille samedi. Avez-vous un traiteur "
                "à me conseiller ?"_s,
                true));
    QVERIFY(say(u"Bonjour Camille ! Oui, je vous envoie leur menu et un devis."_s, false));
    w.wiring->timeline()->poke();
    QVERIFY(QTest::qWaitFor([&] { return w.wiring->messages()->rowCount() == 2; }, 10000));
    const QString suffix = u"-"_s + language;

    // The composer with a strip of files.
    Composer *composer = w.composer();
    const QString photo = w.dir.filePath(u"gateau.png"_s);
    QVERIFY(sampleImage(QColor(200, 120, 150)).save(photo));
    QCOMPARE(composer->addFiles({writeFile(w.dir, u"menu-traiteur.pdf"_s, 180 * 1024, 'm'),
                                 writeFile(w.dir, u"devis-2026-118.pdf"_s, 42 * 1024, 'd'), photo}),
             3);
    composer->setText(u"Voici le menu, le devis et une photo du gâteau."_s);
    if (!composer->strip()->chipForFile(photo)->hasThumbnail()) {
        QSignalSpy thumb(composer->strip()->chipForFile(photo),
                         &AttachmentStripChip::thumbnailReady);
        QVERIFY(thumb.wait(5000));
    }
    w.shoot(u"chat-composer-files"_s + suffix);

    // An upload in progress: timeline and progress area.
    composer->setText({});
    for (const QString &f : composer->files())
        composer->strip()->removeFile(f);
    bool shot = false;
    connect(w.outbox(), &Outbox::uploadProgress, this, [&](qint64, qint64 sent, qint64 total) {
        if (!shot && total > 0 && sent > total / 3) {
            shot = true;
            w.shoot(u"chat-uploading"_s + suffix, true);
        }
    });
    QCOMPARE(composer->addFiles({writeFile(w.dir, u"visite-salle.mp4"_s, 12 << 20, 'v')}), 1);
    QVERIFY(composer->send());
    QVERIFY(QTest::qWaitFor([&] { return shot; }, 20000));
    QVERIFY(w.allSent(id, 60000));

    // A failed message with Retry.
    FaultRates rates;
    rates.fail = 1.0;
    w.fixture.server().setFaultRates(rates);
    composer->setText(u"Je réserve pour 12 personnes ?"_s);
    QVERIFY(composer->send());
    QVERIFY(QTest::qWaitFor(
        [&] {
            const auto items = w.outbox()->items(QString::number(id));
            return items.size() == 1 && items.first().state == State::Failed;
        },
        20000));
    w.view()->scrollToNewest();
    w.shoot(u"chat-failed-retry"_s + suffix);
    w.fixture.server().setFaultRates({});
    JobbersUi::installTranslations(u"en"_s);
}

QTEST_MAIN(TestUiChatSend)
#include "tst_ui_chatsend.moc"
