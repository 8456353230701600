#include "../core/tst_core_outbox_world.h"

#include "chat/attachmentstrip.h"
#include "chat/attachmentstripchip.h"
#include "chat/composer.h"
#include "chat/composeredit.h"
#include "ui.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QImage>
#include <QLabel>
#include <QLayout>
#include <QMimeData>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using State = OutboxItem::State;

namespace {
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

// A drag from a file manager, entered then dropped on widget (the viewport for a text
// field: QAbstractScrollArea takes drops there).
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

// A Composer on a LocalStore file and an Outbox that is not started (nothing is sent):
// enough for the widget's own behaviour.
struct Bench {
    QTemporaryDir dir;
    ApiClient api;
    ConversationsService service{&api};
    OutboxServiceTransport transport{&service};
    LocalStore store;
    std::unique_ptr<Outbox> outbox;
    std::unique_ptr<Composer> composer;
    QString path() const { return dir.filePath(u"local.sqlite"_s); }
    bool open() {
        if (!store.open(path()))
            return false;
        outbox = std::make_unique<Outbox>(&store, &transport);
        composer = std::make_unique<Composer>(&store, outbox.get());
        composer->resize(640, 160);
        composer->setConversationId(u"41"_s);
        composer->show();
        return QTest::qWaitForWindowExposed(composer.get());
    }
};
} // namespace

// The composer widget offscreen: growing, the send key setting, the sender, drafts kept
// across a restart (on disk as soon as saved, so a kill keeps them too), files by the
// picker, by drop and by paste through one routine, refusals with their reason, the
// keyboard; then end to end against the sandbox: a text and two files (one dropped, one
// pasted) all in the conversation. With JOBBERS_SCREENSHOTS=DIR, the composer with a
// strip of files, an upload in progress and a failed file with Retry, in English and
// French.
class TestUiComposer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void growsThenScrolls();
    void sendKey_data();
    void sendKey();
    void senderIsTheAgentUnlessChosen();
    void draftSavedAsOneTypesAndRestored();
    void attachByThePicker();
    void dropAndPasteGoThroughOneRoutine();
    void refusedFilesSayWhy();
    void keyboardAndNames();
    void textAndTwoFilesEndToEnd();
    void screenshots();
};

void TestUiComposer::growsThenScrolls() {
    Bench b;
    QVERIFY(b.open());
    ComposerEdit *edit = b.composer->editor();
    const int one = edit->height();
    b.composer->setText(u"un\ndeux\ntrois"_s);
    QTRY_VERIFY(edit->height() > one);
    const int three = edit->height();
    b.composer->setText(QStringList(20, u"ligne"_s).join(u'\n'));
    QTRY_VERIFY(edit->height() > three);
    const int most = edit->height();
    QVERIFY(edit->verticalScrollBar()->maximum() > 0); // it scrolls from there
    b.composer->setText(QStringList(40, u"ligne"_s).join(u'\n'));
    QCOMPARE(edit->height(), most);
    QVERIFY(most < one * ComposerEdit::maxLines());
    b.composer->setText(QString());
    QTRY_COMPARE(edit->height(), one);
}

void TestUiComposer::sendKey_data() {
    QTest::addColumn<AppSettings::SendKey>("setting");
    QTest::addColumn<int>("modifiers");
    QTest::addColumn<bool>("sends");
    QTest::newRow("Enter setting: Enter sends") << AppSettings::SendKey::Enter << 0 << true;
    QTest::newRow("Enter setting: Shift+Enter is a new line")
        << AppSettings::SendKey::Enter << int(Qt::ShiftModifier) << false;
    QTest::newRow("Ctrl+Enter setting: Enter is a new line")
        << AppSettings::SendKey::CtrlEnter << 0 << false;
    QTest::newRow("Ctrl+Enter setting: Ctrl+Enter sends")
        << AppSettings::SendKey::CtrlEnter << int(Qt::ControlModifier) << true;
    QTest::newRow("Ctrl+Enter setting: Shift+Enter is a new line")
        << AppSettings::SendKey::CtrlEnter << int(Qt::ShiftModifier) << false;
}

void TestUiComposer::sendKey() {
    QFETCH(AppSettings::SendKey, setting);
    QFETCH(int, modifiers);
    QFETCH(bool, sends);
    Bench b;
    QVERIFY(b.open());
    b.composer->setSendKey(setting);
    QSignalSpy sent(b.composer.get(), &Composer::sent);
    b.composer->editor()->setFocus();
    QTest::keyClicks(b.composer->editor(), u"Bonsoir"_s);
    QTest::keyClick(b.composer->editor(), Qt::Key_Return, Qt::KeyboardModifiers(modifiers));
    QCOMPARE(sent.size(), sends ? 1 : 0);
    QCOMPARE(b.composer->text(), sends ? QString() : u"Bonsoir\n"_s);
    QCOMPARE(b.outbox->items().size(), sends ? 1 : 0);
    if (sends)
        QCOMPARE(b.outbox->items().first().text(), u"Bonsoir"_s);
}

void TestUiComposer::senderIsTheAgentUnlessChosen() {
    Bench b;
    QVERIFY(b.open());
    QCOMPARE(b.composer->sender(), OutboxItem::Sender::Agent);
    b.composer->setText(u"De l'agent"_s);
    QVERIFY(b.composer->send());
    b.composer->senderBox()->setCurrentIndex(
        b.composer->senderBox()->findData(int(OutboxItem::Sender::Client)));
    QCOMPARE(b.composer->sender(), OutboxItem::Sender::Client);
    b.composer->setText(u"Du client"_s);
    QVERIFY(b.composer->send());
    const QList<OutboxItem> items = b.outbox->items();
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(0).sender, OutboxItem::Sender::Agent);
    QCOMPARE(items.at(1).sender, OutboxItem::Sender::Client);
    QCOMPARE(b.store.outboxItem(items.at(1).id)->sender, OutboxItem::Sender::Client);
    // Another conversation: back to the agent; the client is chosen each time.
    b.composer->setConversationId(u"42"_s);
    QCOMPARE(b.composer->sender(), OutboxItem::Sender::Agent);
}

void TestUiComposer::draftSavedAsOneTypesAndRestored() {
    Bench b;
    QVERIFY(b.open());
    QSignalSpy saved(b.composer.get(), &Composer::draftSaved);
    b.composer->editor()->setFocus();
    QTest::keyClicks(b.composer->editor(), u"Bonjour Madame, votre"_s);
    QCOMPARE(saved.size(), 0); // debounced: not one write per key
    QVERIFY(saved.wait(5000));
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().first().toString(), u"41"_s);
    // On disk already: another connection to the file sees it, as the next start after
    // a kill would (nothing is written at exit).
    {
        LocalStore other;
        QVERIFY(other.open(b.path()));
        QCOMPARE(other.draft(u"41"_s), u"Bonjour Madame, votre"_s);
    }
    // Another conversation keeps its own draft; coming back restores this one.
    b.composer->setConversationId(u"42"_s);
    QCOMPARE(b.composer->text(), QString());
    QTest::keyClicks(b.composer->editor(), u"Autre"_s);
    b.composer->setConversationId(u"41"_s); // saves 42's at once
    QCOMPARE(b.composer->text(), u"Bonjour Madame, votre"_s);
    QCOMPARE(b.store.draft(u"42"_s), u"Autre"_s);
    // A new composer on the file (a restart) shows it.
    Composer again(&b.store, b.outbox.get());
    again.setConversationId(u"42"_s);
    QCOMPARE(again.text(), u"Autre"_s);
    // Sent: the draft is gone.
    QVERIFY(b.composer->send());
    QCOMPARE(b.store.draft(u"41"_s), QString());
}

void TestUiComposer::attachByThePicker() {
    Bench b;
    QVERIFY(b.open());
    const QString a = writeFile(b.dir, u"menu.pdf"_s, 1200);
    const QString c = writeFile(b.dir, u"devis.txt"_s, 300);
    QTest::mouseClick(b.composer->attachButton(), Qt::LeftButton);
    auto *dialog = b.composer->findChild<QFileDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->fileMode(), QFileDialog::ExistingFiles);
    Q_EMIT dialog->filesSelected({a, c});
    dialog->close();
    QCOMPARE(b.composer->files(), (QStringList{a, c}));
    QCOMPARE(b.composer->strip()->chipCount(), 2);
    QVERIFY(b.composer->strip()->isVisible());
    // Remove by its button.
    QTest::mouseClick(b.composer->strip()->chipForFile(a)->removeButton(), Qt::LeftButton);
    QCOMPARE(b.composer->files(), QStringList{c});
}

void TestUiComposer::dropAndPasteGoThroughOneRoutine() {
    Bench b;
    QVERIFY(b.open());
    const QString a = writeFile(b.dir, u"plan.pdf"_s, 4000);
    const QString c = writeFile(b.dir, u"photo.png"_s, 0);
    QVERIFY(sampleImage(Qt::darkCyan).save(c));
    // Two files dragged from a file manager onto the text field.
    auto *drag = new QMimeData;
    drag->setUrls({QUrl::fromLocalFile(a), QUrl::fromLocalFile(c)});
    QVERIFY(simulateDrop(b.composer->editor()->viewport(), drag));
    delete drag;
    QCOMPARE(b.composer->files(), (QStringList{a, c}));
    QCOMPARE(b.composer->text(), QString()); // no path typed into the text
    QSignalSpy thumb(b.composer->strip()->chipForFile(c), &AttachmentStripChip::thumbnailReady);
    QVERIFY(thumb.wait(5000));
    QVERIFY(b.composer->strip()->chipForFile(c)->hasThumbnail());
    // A screenshot pasted with Ctrl+V: kept as a PNG beside the store until sent.
    QApplication::clipboard()->setImage(sampleImage(Qt::darkRed));
    if (!QApplication::clipboard()->mimeData()
        || !QApplication::clipboard()->mimeData()->hasImage())
        QSKIP("this platform has no clipboard");
    b.composer->editor()->setFocus();
    QTest::keyClick(b.composer->editor(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(b.composer->files().size(), 3);
    const QString pasted = b.composer->files().last();
    QVERIFY(pasted.startsWith(b.composer->spoolDirectory()));
    QCOMPARE(QImage(pasted).pixelColor(0, 0), QColor(Qt::darkRed));
    // Removed from the strip before sending: not kept.
    QTest::mouseClick(b.composer->strip()->chipForFile(pasted)->removeButton(), Qt::LeftButton);
    QVERIFY(!QFileInfo::exists(pasted));
    QTest::keyClick(b.composer->editor(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(b.composer->files().size(), 3);
    // Files copied in a file manager, pasted: the same routine as a drop.
    auto *copied = new QMimeData;
    const QString d = writeFile(b.dir, u"facture.pdf"_s, 900);
    copied->setUrls({QUrl::fromLocalFile(d)});
    QApplication::clipboard()->setMimeData(copied);
    QTest::keyClick(b.composer->editor(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(b.composer->files().size(), 4);
    QCOMPARE(b.composer->files().last(), d);
    // Plain text is pasted as text.
    QApplication::clipboard()->setText(u"Bien reçu."_s);
    QTest::keyClick(b.composer->editor(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(b.composer->text(), u"Bien reçu."_s);
    QCOMPARE(b.composer->files().size(), 4);
}

void TestUiComposer::refusedFilesSayWhy() {
    Bench b;
    QVERIFY(b.open());
    b.composer->setMaxFileBytes(1000);
    const QString ok = writeFile(b.dir, u"petit.txt"_s, 10);
    const QString big = writeFile(b.dir, u"gros.bin"_s, 5000);
    const QString empty = writeFile(b.dir, u"vide.txt"_s, 0);
    QCOMPARE(b.composer->addFiles({ok, big, empty, b.dir.filePath(u"absent.pdf"_s)}), 1);
    const QString why = b.composer->refusal();
    QVERIFY2(why.contains(u"gros.bin"_s) && why.contains(u"more than the"_s), qPrintable(why));
    QVERIFY2(why.contains(u"vide.txt"_s) && why.contains(u"empty"_s), qPrintable(why));
    QVERIFY2(why.contains(u"absent.pdf"_s) && why.contains(u"cannot be found"_s), qPrintable(why));
    QCOMPARE(b.composer->files(), QStringList{ok});
    QVERIFY(b.outbox->items().isEmpty()); // nothing sent, nothing queued
}

void TestUiComposer::keyboardAndNames() {
    Bench b;
    QVERIFY(b.open());
    b.composer->addFiles({writeFile(b.dir, u"menu.pdf"_s, 100)});
    b.composer->setText(u"x"_s);
    const QList<QWidget *> controls{
        b.composer->attachButton(), b.composer->editor(), b.composer->senderBox(),
        b.composer->sendButton(),
        b.composer->strip()->chipForFile(b.composer->files().first())->removeButton()};
    for (QWidget *w : controls) {
        QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
        QVERIFY(w->focusPolicy() & Qt::TabFocus);
    }
    QCOMPARE(b.composer->strip()
                 ->chipForFile(b.composer->files().first())
                 ->removeButton()
                 ->accessibleName(),
             u"Remove menu.pdf"_s);
    // Tab walks attach → text → sender → send.
    b.composer->attachButton()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), b.composer->editor());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), b.composer->senderBox());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), b.composer->sendButton());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space); // Send by keyboard
    QCOMPARE(b.outbox->items().size(), 2);
}

void TestUiComposer::textAndTwoFilesEndToEnd() {
    OutboxWorld w;
    QVERIFY2(w.ok(), qPrintable(w.error()));
    const qint64 c = w.newConversation(u"Dîner du 14"_s);
    QVERIFY(c > 0);
    QVERIFY(w.openOutbox());
    Composer composer(w.store.get(), w.outbox.get());
    composer.resize(640, 200);
    composer.setConversationId(QString::number(c));
    composer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&composer));
    const QString menu = writeFile(w.dir, u"menu-du-14.pdf"_s, 150 * 1024, 'm');
    auto *drag = new QMimeData;
    drag->setUrls({QUrl::fromLocalFile(menu)});
    QVERIFY(simulateDrop(&composer, drag)); // onto the composer, outside the text field
    delete drag;
    auto *paste = new QMimeData;
    paste->setImageData(sampleImage(Qt::darkGreen));
    QVERIFY(composer.insertMimeData(paste)); // what Ctrl+V hands over
    delete paste;
    QCOMPARE(composer.files().size(), 2);
    const QString pasted = composer.files().last();
    QVERIFY(pasted.startsWith(composer.spoolDirectory()));
    composer.editor()->setFocus();
    QTest::keyClicks(composer.editor(), u"Voici le menu et le plan de table."_s);
    QSignalSpy sent(w.outbox.get(), &Outbox::itemSent);
    QTest::keyClick(composer.editor(), Qt::Key_Return);
    QVERIFY(composer.files().isEmpty());
    QCOMPARE(composer.strip()->chipCount(), 2); // now as uploads of the conversation
    QVERIFY(w.settle());
    QCOMPARE(sent.size(), 3);
    QTRY_COMPARE(composer.strip()->chipCount(), 0);
    const QList<Message> messages = w.conversation(c);
    QCOMPARE(messages.size(), 3);
    QCOMPARE(messages.at(0).content, u"Voici le menu et le plan de table."_s);
    QCOMPARE(messages.at(0).author, Message::Author::Business);
    QVERIFY(messages.at(1).mediaUrl.path().endsWith(u"/menu-du-14.pdf"_s));
    QVERIFY(messages.at(2).mediaUrl.path().endsWith(u".png"_s));
    QCOMPARE(messages.at(2).type, u"image/png"_s);
    // The pasted image was the outbox's to keep: gone once sent. The dropped file is the
    // user's own: untouched.
    QVERIFY(!QFileInfo::exists(pasted));
    QVERIFY(QFileInfo::exists(menu));
}

void TestUiComposer::screenshots() {
    const QString out = qEnvironmentVariable("JOBBERS_SCREENSHOTS");
    if (out.isEmpty())
        QSKIP("set JOBBERS_SCREENSHOTS=DIR to grab the composer");
    for (const QString &language : {u"en"_s, u"fr"_s}) {
        if (language == u"fr"_s)
            QVERIFY(JobbersUi::installTranslations(language));
        SandboxOptions options = OutboxWorld::quietOptions();
        options.maxUploadBytes = 64LL << 20;
        OutboxWorld w(options);
        QVERIFY2(w.ok(), qPrintable(w.error()));
        QVERIFY(w.openOutbox(false)); // started below, after the strip is filled
        Composer composer(w.store.get(), w.outbox.get());
        composer.resize(760, 250);
        composer.setConversationId(u"901"_s);
        composer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&composer));
        const QString photo = w.dir.filePath(u"salle-de-reception.jpg"_s);
        QVERIFY(sampleImage(QColor(0x3b, 0x6e, 0x8f)).save(photo));
        composer.addFiles({photo, writeFile(w.dir, u"menu-anniversaire.pdf"_s, 184 * 1024),
                           writeFile(w.dir, u"plan-de-table.xlsx"_s, 23 * 1024)});
        QSignalSpy thumb(composer.strip()->chipForFile(photo),
                         &AttachmentStripChip::thumbnailReady);
        QVERIFY(thumb.wait(5000));
        composer.setText(language == u"fr"_s
                             ? u"Bonjour Madame Marchand,\nvoici le menu et le plan de table."_s
                             : u"Dear Ms Marchand,\nplease find the menu and the seating plan."_s);
        const auto fit = [&composer] {
            QApplication::sendPostedEvents(); // the layout requests of the new chips
            composer.resize(760, composer.sizeHint().height());
            composer.layout()->activate();
        };
        fit();
        QVERIFY(composer.grab().save(out + u"/composer-strip-%1.png"_s.arg(language)));

        // An upload in progress and a failed one, with Retry.
        const qint64 conversation = w.newConversation(u"Anniversaire"_s);
        composer.setConversationId(QString::number(conversation));
        w.setFaults(1.0, 0);
        QVERIFY(w.outbox->queueFile(QString::number(conversation),
                                    writeFile(w.dir, u"devis-traiteur.pdf"_s, 90 * 1024),
                                    OutboxItem::Sender::Agent));
        w.outbox->start();
        QVERIFY(w.settle());
        w.setFaults(0, 0);
        composer.setText(language == u"fr"_s ? u"Le devis suit."_s : u"The quote follows."_s);
        fit();
        // Grabbed from the progress signal itself, once 40 % is out (the strip has
        // already taken that report: it was connected first).
        bool grabbed = false;
        connect(w.outbox.get(), &Outbox::uploadProgress, &composer,
                [&](qint64, qint64 sentBytes, qint64 total) {
                    if (grabbed || total <= 0 || sentBytes * 10 < total * 4)
                        return;
                    fit();
                    grabbed =
                        composer.grab().save(out + u"/composer-upload-%1.png"_s.arg(language));
                });
        QVERIFY(w.outbox->queueFile(QString::number(conversation),
                                    writeFile(w.dir, u"visite-des-lieux.mp4"_s, 40LL << 20),
                                    OutboxItem::Sender::Agent));
        QTRY_VERIFY_WITH_TIMEOUT(grabbed, 20000);
        w.outbox.reset(); // stops the upload
    }
}

QTEST_MAIN(TestUiComposer)
#include "tst_ui_composer.moc"
