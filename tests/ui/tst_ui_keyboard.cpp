#include "admin/connectiontest.h"
#include "admin/connectiontestdialog.h"
#include "chat/newconversationdialog.h"
#include "clients/clientdirectory.h"
#include "clients/clientfilterproxy.h"
#include "clients/clientformdialog.h"
#include "clients/clientimport.h"
#include "clients/clientrecordpanel.h"
#include "clients/clientsmodel.h"
#include "clients/clientspage.h"
#include "clients/clientswiring.h"
#include "clients/directoryfeeder.h"
#include "clients/importdialog.h"
#include "mnemonicscheck.h"
#include "net/apiclient.h"
#include "net/apireply.h"
#include "passes/passassigner.h"
#include "passes/passespage.h"
#include "passes/passeswiring.h"
#include "passes/passstockfeeder.h"
#include "sandboxfixture.h"
#include "shell/appservices.h"
#include "shell/logindialog.h"
#include "shell/mainwindow.h"
#include "shell/settingsdialog.h"
#include "shell/statuspanel.h"
#include "storage/localstore.h"
#include "taborder.h"
#include "tasks/taskregistry.h"
#include "ui.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
// Key presses sent where the focus is, as a person at the keyboard would, counted.
// Typing the data itself is not counted; Tab from one typed field to the next is counted
// apart (moves), every other key is an action: shortcuts, mnemonics, Enter, Esc, Down.
struct Keys {
    int actions = 0;
    int moves = 0;

    static QWidget *target() {
        if (QWidget *popup = QApplication::activePopupWidget())
            return popup;
        if (QWidget *focus = QApplication::focusWidget())
            return focus;
        return QApplication::activeWindow();
    }
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
        ++actions;
        QTest::keyClick(target(), key, modifiers);
    }
    // Alt and the underlined letter of text (a button's or a label's, in whatever
    // language the UI is in).
    void alt(const QString &text) {
        const QChar letter = mnemonicOf(text).toUpper();
        QVERIFY2(!letter.isNull(), qPrintable(text));
        press(Qt::Key(letter.unicode()), Qt::AltModifier);
    }
    void next() {
        ++moves;
        QTest::keyClick(target(), Qt::Key_Tab);
    }
    static void type(const QString &text) { QTest::keyClicks(target(), text); }
};

struct Count {
    QString task;
    int actions;
    int moves;
};

QMessageBox *openMessageBox() {
    const QWidgetList tops = QApplication::topLevelWidgets();
    for (QWidget *w : tops) {
        if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible())
            return box;
    }
    return nullptr;
}

QAbstractButton *buttonWithRole(QMessageBox *box, QMessageBox::ButtonRole role) {
    for (QAbstractButton *b : box->buttons()) {
        if (box->buttonRole(b) == role)
            return b;
    }
    return nullptr;
}
} // namespace

// Every daily task of the Clients and Passes rooms done with the keyboard only, on the
// real shell against the sandbox, offscreen: the key presses are counted (typing the
// data aside) and each task must take at most 8. On the way, each dialog's Tab order is
// walked (top to bottom, left to right). With JOBBERS_SCREENSHOTS=DIR (and
// JOBBERS_LANG=fr|en) every dialog met is grabbed to DIR/<room>-<what>-<lang>.png.
class TestUiKeyboard : public QObject {
    Q_OBJECT
private:
    SandboxFixture m_fixture;
    QTemporaryDir m_dir;
    ApiClient m_api;
    TaskRegistry m_tasks;
    std::unique_ptr<AppServices> m_services;
    std::unique_ptr<MainWindow> m_window;
    ClientsWiring *m_clients = nullptr;
    PassesWiring *m_passes = nullptr;
    QList<Count> m_counts;
    QString m_shots;
    QString m_lang;
    QPointer<QWidget> m_lastDialog;

    ClientsPage *clientsPage() const { return m_clients->clientsPage(); }
    PassesPage *passesPage() const { return m_passes->passesPage(); }
    void tally(const QString &task, const Keys &keys) {
        m_counts.append({task, keys.actions, keys.moves});
        qInfo("%s: %d key actions, %d Tabs between typed fields", qPrintable(task), keys.actions,
              keys.moves);
    }
    void shoot(QWidget *w, const QString &name) {
        if (m_shots.isEmpty() || !w)
            return;
        QTest::qWait(60); // lay out and paint before the grab (no answer is awaited)
        const QString path = u"%1/%2-%3.png"_s.arg(m_shots, name, m_lang);
        QVERIFY2(w->grab().save(path), qPrintable(path));
    }
    static bool tabInOrder(QWidget *window) {
        const QStringList p = tabOrderProblems(window);
        if (!p.isEmpty())
            qWarning("%s: %s", window->metaObject()->className(), qPrintable(p.join(u'\n')));
        return p.isEmpty();
    }
    QString newServerClient(const QString &email, qint64 enterprise = 20) {
        const QJsonObject body{{u"email"_s, email},
                               {u"first_name"_s, u"Camille"_s},
                               {u"last_name"_s, u"Martin"_s},
                               {u"phone_prefix"_s, u"+33"_s},
                               {u"phone"_s, u"612345678"_s},
                               {u"address"_s, u"8 rue des Lilas"_s},
                               {u"zip_code"_s, u"69003"_s},
                               {u"city"_s, u"Lyon"_s},
                               {u"country"_s, u"FR"_s},
                               {u"cgu"_s, true},
                               {u"optin"_s, false}};
        const HttpResult r =
            m_fixture.postJson(u"/oneapi/v0/clients"_s, body, m_fixture.token(enterprise));
        return r.status == 200 ? email : QString();
    }
    // Types the create form's fields from the first name on (the email is in).
    void fillNewClient(Keys &keys, const QString &first, const QString &last) {
        const QStringList values = {first,
                                    last,
                                    {}, // gender
                                    {}, // phone prefix, +33 already
                                    u"698765432"_s,
                                    u"12 quai Perrache"_s,
                                    u"69002"_s,
                                    u"Lyon"_s,
                                    {},  // country, France already
                                    {},  // group
                                    {}}; // mailings
        for (const QString &v : values) {
            Keys::type(v);
            keys.next();
        }
        // The conditions, the last field.
        keys.press(Qt::Key_Space);
    }
    ClientFormDialog *waitForForm(QSignalSpy &opened, int count) {
        if (!WaitForSpy(opened, count))
            return nullptr;
        auto *form =
            qobject_cast<ClientFormDialog *>(opened.at(count - 1).at(0).value<QWidget *>());
        return form && focused(form) ? form : nullptr;
    }
    // The window is active and the focus inside it (what keys reach).
    static bool focused(QWidget *window) {
        return QTest::qWaitFor(
            [window] {
                return QApplication::focusWidget()
                       && QApplication::focusWidget()->window() == window;
            },
            10000);
    }
    static bool WaitForSpy(QSignalSpy &spy, int count) {
        return QTest::qWaitFor([&] { return spy.size() >= count; }, 15000);
    }

private Q_SLOTS:
    void initTestCase();
    void init();
    void findByEmailAndOpen();
    void createClient();
    void fixServerFieldError();
    void deactivate();
    void copySignInLink();
    void assignPassWithConfirmation();
    void assignFromRecord();
    void completeEmailInAssign();
    void importCsv();
    void otherDialogsTabInOrder();
    void tabOrderCheckSeesDisorder();
    void tablesLetTabGo();
    void cleanupTestCase();
};

void TestUiKeyboard::initTestCase() {
    QVERIFY2(m_fixture.ok(), qPrintable(m_fixture.error()));
    m_shots = qEnvironmentVariable("JOBBERS_SCREENSHOTS");
    m_lang = qEnvironmentVariable("JOBBERS_LANG", u"en"_s);
    if (!m_shots.isEmpty())
        QVERIFY(JobbersUi::installTranslations(m_lang));
    m_services = std::make_unique<AppServices>(&m_api, &m_tasks, m_dir.filePath(u"local.sqlite"_s));
    m_window = std::make_unique<MainWindow>(&m_tasks);
    m_clients = new ClientsWiring(m_services.get(), m_window.get());
    m_passes = new PassesWiring(m_services.get(), m_window.get());
    m_api.setBaseUrl(m_fixture.baseUrl());
    m_api.setCredentials(u"demo-20-key"_s, u"demo-20-secret"_s);
    QSignalSpy fed(m_clients->feeder(), &DirectoryFeeder::finished);
    m_api.authenticate();
    QVERIFY(fed.wait(30000));
    QVERIFY(QTest::qWaitFor([this] { return passesPage()->stockCombo()->count() > 0; }, 10000));
    // What the shell shows once signed in (the shell's controller is not part of this).
    m_window->setDemo(true);
    m_window->statusPanel()->setConnection(StatusPanel::Connection::Connected);
    m_window->statusPanel()->setToken(StatusPanel::Token::Valid);
    m_window->setEnterprise(
        20, {u"Sous conciergerie #1 Demonstration"_s, u"Sous conciergerie #2 Demonstration"_s});
    m_window->resize(1100, 720);
    m_window->setCurrentSection(MainWindow::Section::Clients);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    // Each page's mnemonics move to a field of their own, in the language shown, and
    // none is a letter of the menu bar's (Alt+letter would then only focus the button).
    QStringList menus;
    for (const QAction *menu : m_window->menuBar()->actions())
        menus << menu->text();
    for (QWidget *page :
         {static_cast<QWidget *>(clientsPage()), static_cast<QWidget *>(passesPage())}) {
        const QStringList p = mnemonicProblems(page, menus);
        QVERIFY2(p.isEmpty(), qPrintable(p.join(u'\n')));
    }
    shoot(m_window.get(), u"clients-page"_s);
}

// Each task starts from the main window, nothing else open.
void TestUiKeyboard::init() {
    const QWidgetList tops = QApplication::topLevelWidgets();
    for (QWidget *w : tops) {
        if (w != m_window.get() && w->isVisible() && qobject_cast<QDialog *>(w)) {
            w->close();
            w->deleteLater();
        }
    }
    QTRY_VERIFY(!openMessageBox());
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

// Ctrl+F, the email, Enter looks it up on the API (the directory does not know it yet),
// Enter opens it; Esc closes the unchanged record.
void TestUiKeyboard::findByEmailAndOpen() {
    const QString email = newServerClient(u"camille.martin.kb@example.fr"_s);
    QVERIFY(!email.isEmpty());
    QVERIFY(!m_clients->directory()->contains(email));
    QSignalSpy opened(clientsPage(), &ClientsPage::dialogOpened);
    Keys keys;
    keys.press(Qt::Key_F, Qt::ControlModifier);
    Keys::type(email);
    QVERIFY(!clientsPage()->lookupText().isEmpty());
    keys.press(Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(m_clients->directory()->contains(email), 10000);
    QTRY_COMPARE(clientsPage()->proxy()->rowCount(), 1);
    keys.press(Qt::Key_Return);
    ClientFormDialog *form = waitForForm(opened, 1);
    QVERIFY(form);
    QVERIFY(!form->isCreate());
    // The record: what the API knows and the form cannot change.
    ClientRecordPanel *record = form->recordPanel();
    QVERIFY(record->valueText(u"id"_s).toLongLong() > 0);
    QVERIFY(!record->valueText(u"group"_s).isEmpty());
    QVERIFY(!record->valueText(u"registered"_s).isEmpty());
    QVERIFY(!record->valueText(u"lastLogin"_s).isEmpty());
    QVERIFY(!record->valueText(u"subscriptionEnd"_s).isEmpty());
    QVERIFY(!record->valueText(u"state"_s).isEmpty());
    QVERIFY(!form->isReadOnly());
    QVERIFY(tabInOrder(form));
    shoot(form, u"clients-record"_s);
    QPointer<ClientFormDialog> guard(form);
    keys.press(Qt::Key_Escape);
    QTRY_VERIFY(!guard);
    tally(u"Find a client by email (looked up on the API), open it, close it"_s, keys);
}

// Looked up first (no such client), then Ctrl+N: the form has the email and the
// focus on the first name.
void TestUiKeyboard::createClient() {
    const QString email = u"nina.keyboard@example.fr"_s;
    QSignalSpy opened(clientsPage(), &ClientsPage::dialogOpened);
    Keys keys;
    keys.press(Qt::Key_F, Qt::ControlModifier);
    Keys::type(email);
    keys.press(Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(clientsPage()->messageText().contains(email)
                                 && clientsPage()->lookupText().isEmpty() == false,
                             10000);
    keys.press(Qt::Key_N, Qt::ControlModifier);
    ClientFormDialog *form = waitForForm(opened, 1);
    QVERIFY(form && form->isCreate());
    QCOMPARE(form->fields().value(u"email"_s).toString(), email);
    QVERIFY(!form->isChanged()); // typed for the staff, not by them
    QVERIFY(tabInOrder(form));
    fillNewClient(keys, u"Nina"_s, u"Clavier"_s);
    QSignalSpy saved(form, &ClientFormDialog::saved);
    keys.press(Qt::Key_Return);
    QVERIFY(saved.wait(10000));
    QVERIFY(!form->shownPassword().isEmpty());
    shoot(form, u"clients-created"_s);
    QPointer<ClientFormDialog> guard(form);
    keys.press(Qt::Key_Escape);
    QTRY_VERIFY(!guard);
    QVERIFY(m_clients->directory()->contains(email));
    tally(u"Create a client (after looking the email up)"_s, keys);
}

// The email belongs to another enterprise: the server says so under Email, with the
// focus there; Ctrl+A, the right email, Enter.
void TestUiKeyboard::fixServerFieldError() {
    const QString taken = newServerClient(u"deja.ailleurs.kb@example.fr"_s, 280);
    QVERIFY(!taken.isEmpty());
    QSignalSpy opened(clientsPage(), &ClientsPage::dialogOpened);
    clientsPage()->searchField()->clear();
    Keys typing;
    typing.press(Qt::Key_N, Qt::ControlModifier);
    ClientFormDialog *form = waitForForm(opened, 1);
    QVERIFY(form);
    Keys::type(taken);
    typing.next();
    fillNewClient(typing, u"Paul"_s, u"Erreur"_s);
    typing.press(Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!form->fieldErrorText(u"email"_s).isEmpty(), 10000);
    shoot(form, u"clients-field-error"_s);
    QCOMPARE(QApplication::focusWidget()->accessibleName().isEmpty(), false);
    // What the fix takes, from the error on.
    Keys keys;
    keys.press(Qt::Key_A, Qt::ControlModifier);
    Keys::type(u"paul.erreur.kb@example.fr"_s);
    QSignalSpy saved(form, &ClientFormDialog::saved);
    keys.press(Qt::Key_Return);
    QVERIFY(saved.wait(10000));
    QPointer<ClientFormDialog> guard(form);
    keys.press(Qt::Key_Escape);
    QTRY_VERIFY(!guard);
    tally(u"Fix a server field error (from the error shown)"_s, keys);
}

// Ctrl+F, the email, Enter opens the record, Alt+D asks, the question's own mnemonic
// confirms; the record turns read-only.
void TestUiKeyboard::deactivate() {
    const QString email = u"nina.keyboard@example.fr"_s;
    QSignalSpy opened(clientsPage(), &ClientsPage::dialogOpened);
    Keys keys;
    keys.press(Qt::Key_F, Qt::ControlModifier);
    Keys::type(email);
    QTRY_COMPARE(clientsPage()->proxy()->rowCount(), 1);
    keys.press(Qt::Key_Return);
    ClientFormDialog *form = waitForForm(opened, 1);
    QVERIFY(form);
    QSignalSpy deactivated(form, &ClientFormDialog::deactivated);
    auto *deactivateButton = form->findChild<QPushButton *>(u"deactivate"_s);
    QVERIFY(deactivateButton);
    keys.alt(deactivateButton->text());
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = openMessageBox()) != nullptr);
    QVERIFY(focused(box));
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
    QVERIFY(tabInOrder(box));
    shoot(box, u"clients-deactivate-question"_s);
    keys.alt(buttonWithRole(box, QMessageBox::DestructiveRole)->text());
    QVERIFY(deactivated.wait(10000));
    QVERIFY(form->isReadOnly());
    // Offscreen there is no window manager to give the focus back to the form when the
    // question closes; a desktop does (the form is the question's parent).
    QApplication::setActiveWindow(form);
    QVERIFY(focused(form));
    shoot(form, u"clients-record-inactive"_s);
    QPointer<ClientFormDialog> guard(form);
    keys.press(Qt::Key_Escape);
    QTRY_VERIFY(!guard);
    tally(u"Deactivate a client (find, open, confirm, close)"_s, keys);

    // Opened again, an inactive client is read-only from the start.
    clientsPage()->focusSearch();
    QTest::keyClick(clientsPage()->searchField(), Qt::Key_Return);
    form = waitForForm(opened, 2);
    QVERIFY(form && form->isReadOnly());
    QVERIFY(form->findChild<QLineEdit *>()->isReadOnly());
    QVERIFY(tabInOrder(form));
    form->close();
}

// Ctrl+F, the email, Down into the table, Alt+Y copies the one-time link.
void TestUiKeyboard::copySignInLink() {
    QGuiApplication::clipboard()->clear();
    Keys keys;
    keys.press(Qt::Key_F, Qt::ControlModifier);
    Keys::type(u"camille.martin.kb@example.fr"_s);
    QTRY_COMPARE(clientsPage()->proxy()->rowCount(), 1);
    keys.press(Qt::Key_Down);
    QCOMPARE(QApplication::focusWidget(), clientsPage()->view());
    keys.alt(clientsPage()->findChild<QPushButton *>(u"copySignInLink"_s)->text());
    QTRY_VERIFY_WITH_TIMEOUT(!QGuiApplication::clipboard()->text().isEmpty(), 10000);
    QVERIFY(QUrl(QGuiApplication::clipboard()->text()).isValid());
    tally(u"Copy a client's one-time sign-in link"_s, keys);
}

// From the client's row: Alt+P opens "Assign a pass" filled in, the stock focused;
// Alt+A asks (client, stock, price, end; Cancel is the default); the question's Alt+A
// assigns. A second Alt+A warns that it was just done.
void TestUiKeyboard::assignPassWithConfirmation() {
    const QString email = u"camille.martin.kb@example.fr"_s;
    QSignalSpy assigned(m_passes->assigner(), &PassAssigner::assigned);
    Keys keys;
    keys.press(Qt::Key_F, Qt::ControlModifier);
    Keys::type(email);
    QTRY_COMPARE(clientsPage()->proxy()->rowCount(), 1);
    keys.press(Qt::Key_Down);
    // The row's context menu (right click or the Menu key) has the same actions.
    QTableView *table = clientsPage()->view();
    QCOMPARE(table->contextMenuPolicy(), Qt::ActionsContextMenu);
    QStringList menu;
    for (const QAction *action : table->actions())
        menu << action->text();
    QVERIFY2(menu.contains(clientsPage()->assignPassButton()->text()),
             qPrintable(menu.join(u", "_s)));
    keys.alt(clientsPage()->assignPassButton()->text());
    // A mnemonic clicks its button a moment later (animateClick).
    QTRY_COMPARE(m_window->currentSection(), MainWindow::Section::Passes);
    QCOMPARE(passesPage()->emailField()->text(), email);
    QTRY_COMPARE(QApplication::focusWidget(), passesPage()->stockCombo());
    keys.alt(passesPage()->assignButton()->text());
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = passesPage()->confirmation()));
    QVERIFY(focused(box));
    QVERIFY(box->text().contains(email));
    QVERIFY(tabInOrder(box));
    shoot(box, u"passes-confirmation"_s);
    keys.alt(buttonWithRole(box, QMessageBox::AcceptRole)->text());
    QVERIFY(assigned.wait(10000));
    QVERIFY(passesPage()->resultText().contains(email));
    shoot(m_window.get(), u"passes-assigned"_s);
    tally(u"Assign a pass from the client's row, with confirmation"_s, keys);

    // Again at once: a warning first, its default is Cancel (Esc too).
    QTRY_VERIFY(passesPage()->assignButton()->isEnabled());
    QApplication::setActiveWindow(m_window.get()); // offscreen: no window manager
    QVERIFY(focused(m_window.get()));
    QTest::keyClick(m_window.get(),
                    Qt::Key(mnemonicOf(passesPage()->assignButton()->text()).toUpper().unicode()),
                    Qt::AltModifier);
    QTRY_VERIFY((box = passesPage()->confirmation()));
    QVERIFY(focused(box));
    QCOMPARE(box->icon(), QMessageBox::Warning);
    shoot(box, u"passes-repeat-warning"_s);
    QTest::keyClick(box, Qt::Key_Escape);
    QTRY_VERIFY(!passesPage()->confirmation());
    QCOMPARE(assigned.size(), 1);
}

// From the client's record: its Assign button closes the record and opens "Assign a
// pass" for that client; a changed record says to save first and stays open.
void TestUiKeyboard::assignFromRecord() {
    const QString email = u"camille.martin.kb@example.fr"_s;
    m_window->setCurrentSection(MainWindow::Section::Clients);
    passesPage()->emailField()->clear();
    QSignalSpy opened(clientsPage(), &ClientsPage::dialogOpened);
    Keys keys;
    keys.press(Qt::Key_F, Qt::ControlModifier);
    Keys::type(email);
    QTRY_COMPARE(clientsPage()->proxy()->rowCount(), 1);
    keys.press(Qt::Key_Return);
    ClientFormDialog *form = waitForForm(opened, 1);
    QVERIFY(form);
    QPointer<ClientFormDialog> guard(form);
    Keys::type(u"x"_s); // the email field has the focus: now the form is changed
    QVERIFY(form->isChanged());
    keys.alt(form->assignPassButton()->text());
    QTRY_VERIFY(!form->generalErrorText().isEmpty());
    QVERIFY(guard);
    QCOMPARE(m_window->currentSection(), MainWindow::Section::Clients);
    QTest::keyClick(Keys::target(), Qt::Key_Backspace);
    QVERIFY(!form->isChanged());
    keys.alt(form->assignPassButton()->text());
    QTRY_COMPARE(m_window->currentSection(), MainWindow::Section::Passes);
    QTRY_VERIFY(!guard);
    QCOMPARE(passesPage()->emailField()->text(), email);
}

// The client field of "Assign a pass" completes from the directory.
void TestUiKeyboard::completeEmailInAssign() {
    m_window->setCurrentSection(MainWindow::Section::Passes);
    passesPage()->emailField()->clear();
    Keys keys;
    keys.press(Qt::Key_C, Qt::AltModifier); // the label's buddy, in English
    if (QApplication::focusWidget() != passesPage()->emailField())
        passesPage()->emailField()->setFocus(); // another letter in this language
    Keys::type(u"camille.mar"_s);
    QCompleter *completer = passesPage()->emailField()->completer();
    QTRY_VERIFY(completer->popup()->isVisible());
    QVERIFY(completer->completionCount() >= 1);
    if (!m_shots.isEmpty()) {
        // The popup is a window of its own: painted over the window's grab, under the field.
        QTest::qWait(60);
        QPixmap shot = m_window->grab();
        QPainter painter(&shot);
        QLineEdit *field = passesPage()->emailField();
        painter.drawPixmap(field->mapTo(m_window.get(), QPoint(0, field->height())),
                           completer->popup()->grab());
        painter.end();
        QVERIFY(shot.save(u"%1/passes-completion-%2.png"_s.arg(m_shots, m_lang)));
    }
    keys.press(Qt::Key_Down);
    keys.press(Qt::Key_Return);
    QCOMPARE(passesPage()->emailField()->text(), u"camille.martin.kb@example.fr"_s);
    tally(u"Complete a client's email in Assign a pass"_s, keys);
}

// Ctrl+1, Alt+I, Alt+C opens the file dialog, the path and Enter load it, Alt+I
// imports, Esc closes.
void TestUiKeyboard::importCsv() {
    const QString path = m_dir.filePath(u"clients-novembre.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(u"email;first_name;last_name;phone_prefix;phone;address;zip_code;city;country;"
               u"cgu;optin\n"
               u"lea.import.kb@example.fr;Léa;Import;+33;612345678;1 rue A;69001;Lyon;FR;1;0\n"
               u"marc.import.kb@example.fr;Marc;Import;+33;698765432;2 rue B;75011;Paris;FR;"
               u"1;1\n"_s.toUtf8());
    file.close();
    QSignalSpy opened(clientsPage(), &ClientsPage::dialogOpened);
    Keys keys;
    keys.press(Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(m_window->currentSection(), MainWindow::Section::Clients);
    keys.alt(clientsPage()->findChild<QPushButton *>(u"importCsv"_s)->text());
    QVERIFY(WaitForSpy(opened, 1));
    auto *dialog = qobject_cast<ImportDialog *>(opened.at(0).at(0).value<QWidget *>());
    QVERIFY(dialog);
    QVERIFY(focused(dialog));
    QVERIFY(tabInOrder(dialog));
    keys.alt(dialog->findChild<QPushButton *>(u"chooseFile"_s)->text());
    QFileDialog *files = nullptr;
    QTRY_VERIFY((files = dialog->findChild<QFileDialog *>()) && files->isVisible());
    QVERIFY(focused(files));
    Keys::type(path);
    keys.press(Qt::Key_Return);
    QTRY_COMPARE(dialog->preview()->model()->rowCount(), 2);
    QApplication::setActiveWindow(dialog); // offscreen: no window manager (as above)
    QVERIFY(focused(dialog));
    QSignalSpy finished(dialog->import(), &ClientImport::finished);
    keys.alt(dialog->importButton()->text());
    QVERIFY(finished.wait(15000));
    QTRY_VERIFY(m_clients->directory()->contains(u"marc.import.kb@example.fr"_s));
    shoot(dialog, u"clients-import"_s);
    QPointer<ImportDialog> guard(dialog);
    keys.press(Qt::Key_Escape);
    QTRY_VERIFY(!guard || !guard->isVisible());
    tally(u"Import a CSV file (path typed in the file dialog)"_s, keys);
}

// The shell's own dialogs walk in visual order too.
void TestUiKeyboard::otherDialogsTabInOrder() {
    LoginDialog login;
    login.show();
    QVERIFY(focused(&login));
    QVERIFY(tabInOrder(&login));
    login.close();
    SettingsDialog settings;
    settings.show();
    QVERIFY(focused(&settings));
    QVERIFY(tabInOrder(&settings));
    settings.close();
    NewConversationDialog conversation(m_clients->directory()->model());
    conversation.show();
    QVERIFY(focused(&conversation));
    QVERIFY(tabInOrder(&conversation));
    conversation.close();
    ConnectionTest test(&m_api, m_services->enterprise());
    ConnectionTestDialog connection(&test);
    connection.show();
    QVERIFY(focused(&connection));
    QVERIFY(tabInOrder(&connection));
    connection.close();
}

// The check itself: a field placed above another but reached after it is reported, and
// so is a table that keeps Tab for its cells.
void TestUiKeyboard::tabOrderCheckSeesDisorder() {
    QDialog dialog;
    auto *layout = new QVBoxLayout(&dialog);
    auto *top = new QLineEdit(&dialog);
    top->setObjectName(u"top"_s);
    auto *bottom = new QLineEdit(&dialog);
    bottom->setObjectName(u"bottom"_s);
    layout->addWidget(top);
    layout->addWidget(bottom);
    dialog.show();
    QVERIFY(focused(&dialog));
    top->setFocus();
    QVERIFY(tabOrderProblems(&dialog).isEmpty());
    // Three fields, the last two swapped: top, third, bottom is out of order.
    auto *third = new QLineEdit(&dialog);
    third->setObjectName(u"third"_s);
    layout->addWidget(third);
    third->show();
    QWidget::setTabOrder(top, third);
    QWidget::setTabOrder(third, bottom);
    QWidget::setTabOrder(bottom, top);
    top->setFocus();
    const QStringList problems = tabOrderProblems(&dialog);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.constFirst().contains(u"third"_s), qPrintable(problems.constFirst()));
    auto *table = new QTableWidget(3, 3, &dialog);
    layout->addWidget(table);
    table->show();
    table->setCurrentCell(0, 0);
    table->setFocus();
    QVERIFY(!tabOrderProblems(&dialog).isEmpty()); // Tab moves between its cells
}

// Tab leaves the tables of both pages (it does not walk their cells).
void TestUiKeyboard::tablesLetTabGo() {
    for (MainWindow::Section s : {MainWindow::Section::Clients, MainWindow::Section::Passes}) {
        m_window->setCurrentSection(s);
        QTableView *table =
            s == MainWindow::Section::Clients ? clientsPage()->view() : passesPage()->view();
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, 0));
        QCOMPARE(QApplication::focusWidget(), table);
        QTest::keyClick(table, Qt::Key_Tab);
        QVERIFY(QApplication::focusWidget() != table);
    }
}

void TestUiKeyboard::cleanupTestCase() {
    QString table = u"\n| task | key actions | Tabs between typed fields |\n|---|---|---|\n"_s;
    for (const Count &c : std::as_const(m_counts))
        table += u"| %1 | %2 | %3 |\n"_s.arg(c.task).arg(c.actions).arg(c.moves);
    qInfo("%s", qPrintable(table));
    for (const Count &c : std::as_const(m_counts))
        QVERIFY2(c.actions <= 8, qPrintable(c.task));
    m_window.reset();
}

QTEST_MAIN(TestUiKeyboard)
#include "tst_ui_keyboard.moc"
