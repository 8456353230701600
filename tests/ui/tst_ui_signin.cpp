#include "auth/authservice.h"
#include "auth/session.h"
#include "clients/clientdirectory.h"
#include "clients/clientformdialog.h"
#include "clients/clientsmodel.h"
#include "clients/clientspage.h"
#include "clients/clientswiring.h"
#include "mnemonicscheck.h"
#include "net/apiclient.h"
#include "net/apierror.h"
#include "passes/passeswiring.h"
#include "passes/passstockfeeder.h"
#include "passes/passstockmodel.h"
#include "sandboxcontext.h"
#include "sandboxfixture.h"
#include "sandboxserver.h"
#include "shell/appservices.h"
#include "shell/appsettings.h"
#include "shell/logindialog.h"
#include "shell/mainwindow.h"
#include "shell/overviewheader.h"
#include "shell/settingsdialog.h"
#include "shell/shellcontroller.h"
#include "shell/statuspanel.h"
#include "tasks/taskregistry.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// Signing in from the shell against the sandbox over loopback HTTP (the dialog, its
// errors next to their fields, cancel, the keychain on start) and the settings dialog.
class TestUiSignIn : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void loginValidatesBeforeSending_data();
    void loginValidatesBeforeSending();
    void wrongSecretShowsWrongCredentials();
    void unreachableHostShowsNetworkMessage();
    void signInShowsEnterpriseAndGroups();
    void cancelWhileSigningInKeepsDialog();
    void unavailableKeychainOnStartAsks();
    void settingsRefuseBadUrlAndStore();
    void dialogMnemonics();
    void unknownHostFailsFastUnclipped();
    void signOutLeavesNoClientOnScreen_data();
    void signOutLeavesNoClientOnScreen();
    void dismissedDialogLeavesAWayBack();
    void demoNeverWritesItsAddress();

private:
    static void fillAndSubmit(LoginDialog *dialog, const QString &url, const QString &key,
                              const QString &secret);
};

void TestUiSignIn::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<ApiError>();
    qRegisterMetaType<Session>();
    QCoreApplication::setOrganizationName(QStringLiteral("JobbersTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_ui_signin"));
}

void TestUiSignIn::init() {
    AppSettings::reset();
}

void TestUiSignIn::fillAndSubmit(LoginDialog *dialog, const QString &url, const QString &key,
                                 const QString &secret) {
    dialog->findChild<QLineEdit *>(QStringLiteral("baseUrl"))->setText(url);
    dialog->findChild<QLineEdit *>(QStringLiteral("apiKey"))->setText(key);
    dialog->findChild<QLineEdit *>(QStringLiteral("secret"))->setText(secret);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("signIn")), Qt::LeftButton);
}

void TestUiSignIn::loginValidatesBeforeSending_data() {
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("field");
    QTest::newRow("empty key") << "https://www.jobbers.com"
                               << ""
                               << "s"
                               << "apiKey";
    QTest::newRow("empty secret") << "https://www.jobbers.com"
                                  << "k"
                                  << ""
                                  << "secret";
    QTest::newRow("empty url") << ""
                               << "k"
                               << "s"
                               << "baseUrl";
    QTest::newRow("plain http") << "http://www.jobbers.com"
                                << "k"
                                << "s"
                                << "baseUrl";
    QTest::newRow("not a url") << "https://"
                               << "k"
                               << "s"
                               << "baseUrl";
}

void TestUiSignIn::loginValidatesBeforeSending() {
    QFETCH(QString, url);
    QFETCH(QString, key);
    QFETCH(QString, secret);
    QFETCH(QString, field);
    LoginDialog dialog;
    dialog.show();
    QSignalSpy requested(&dialog, &LoginDialog::signInRequested);
    fillAndSubmit(&dialog, url, key, secret);
    QCOMPARE(requested.count(), 0);
    QVERIFY(!dialog.isBusy());
    QVERIFY2(!dialog.fieldError(field).isEmpty(), qPrintable(field));
    // The message sits next to its field: same container, right below it.
    auto *edit = dialog.findChild<QLineEdit *>(field);
    auto *label = dialog.findChild<QLabel *>(field + QStringLiteral("Error"));
    QVERIFY(label && label->isVisible());
    QCOMPARE(label->parentWidget(), edit->parentWidget());
}

void TestUiSignIn::wrongSecretShowsWrongCredentials() {
    SandboxFixture sandbox;
    QVERIFY2(sandbox.ok(), qPrintable(sandbox.error()));
    ApiClient client;
    AuthService auth(&client, nullptr);
    TaskRegistry tasks;
    MainWindow window(&tasks);
    ShellController shell(&auth, &window);
    shell.showLoginDialog();
    LoginDialog *dialog = shell.loginDialog();
    QVERIFY(dialog);
    QSignalSpy failed(&shell, &ShellController::signInFailed);
    fillAndSubmit(dialog, sandbox.baseUrl().toString(), QStringLiteral("demo-20-key"),
                  QStringLiteral("not-the-secret"));
    QVERIFY(dialog->isBusy()); // answered asynchronously: the dialog stays responsive
    QVERIFY(failed.wait(10000));
    QVERIFY(!dialog->isBusy());
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->fieldError(QStringLiteral("secret")).contains(QStringLiteral("Wrong")),
             qPrintable(dialog->fieldError(QStringLiteral("secret"))));
    QVERIFY(!shell.isSignedIn());
    QCOMPARE(window.overviewHeader()->enterpriseId(), 0);
}

void TestUiSignIn::unreachableHostShowsNetworkMessage() {
    // A loopback port nobody listens on: refused at once, no retries for a sign-in.
    quint16 port = 0;
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.ok());
        port = sandbox.baseUrl().port();
    }
    ApiClient client;
    AuthService auth(&client, nullptr);
    TaskRegistry tasks;
    MainWindow window(&tasks);
    ShellController shell(&auth, &window);
    shell.showLoginDialog();
    QSignalSpy failed(&shell, &ShellController::signInFailed);
    fillAndSubmit(shell.loginDialog(), QStringLiteral("http://127.0.0.1:%1").arg(port),
                  QStringLiteral("demo-20-key"), QStringLiteral("demo-20-secret"));
    QVERIFY(failed.wait(30000));
    const QString message = shell.loginDialog()->fieldError(QStringLiteral("baseUrl"));
    QVERIFY2(message.contains(QStringLiteral("Cannot reach")), qPrintable(message));
    QCOMPARE(window.statusPanel()->connection(), StatusPanel::Connection::Offline);
}

void TestUiSignIn::signInShowsEnterpriseAndGroups() {
    SandboxFixture sandbox;
    QVERIFY2(sandbox.ok(), qPrintable(sandbox.error()));
    ApiClient client;
    TaskRegistry tasks;
    MainWindow window(&tasks);
    window.show();
    AuthService auth(&client, nullptr);
    ShellController shell(&auth, &window);
    shell.showLoginDialog();
    LoginDialog *dialog = shell.loginDialog();
    QSignalSpy signedIn(&shell, &ShellController::signedIn);
    fillAndSubmit(dialog, sandbox.baseUrl().toString(), QStringLiteral("demo-20-key"),
                  QStringLiteral("demo-20-secret"));
    QVERIFY(signedIn.wait(10000));
    QTRY_VERIFY(!dialog->isVisible());
    QVERIFY(shell.isSignedIn());

    QCOMPARE(window.overviewHeader()->enterpriseId(), 20);
    const auto *enterprise = window.findChild<QLabel *>(QStringLiteral("enterpriseLabel"));
    QVERIFY(enterprise->text().contains(QStringLiteral("20")));
    const auto *groups = window.findChild<QLabel *>(QStringLiteral("groupsLabel"));
    QVERIFY2(groups->text().contains(QStringLiteral("Sous conciergerie #1 Demonstration")),
             qPrintable(groups->text()));
    QVERIFY(groups->text().contains(QStringLiteral("Sous conciergerie #2 Demonstration")));
    QCOMPARE(window.statusPanel()->enterpriseId(), 20);
    QCOMPARE(window.statusPanel()->connection(), StatusPanel::Connection::Connected);
    QCOMPARE(window.statusPanel()->token(), StatusPanel::Token::Valid);
    // What was typed is kept for next time, but never the secret.
    QCOMPARE(AppSettings().lastApiKey(), QStringLiteral("demo-20-key"));
    QCOMPARE(AppSettings().baseUrl(), sandbox.baseUrl());

    shell.signOut(false);
    QCOMPARE(window.overviewHeader()->enterpriseId(), 0);
    QCOMPARE(window.statusPanel()->token(), StatusPanel::Token::None);
    QVERIFY(!client.hasToken());
}

void TestUiSignIn::cancelWhileSigningInKeepsDialog() {
    SandboxOptions slow;
    slow.latencyMs = 3000; // long enough to press Cancel while it waits
    SandboxFixture sandbox(slow);
    QVERIFY2(sandbox.ok(), qPrintable(sandbox.error()));
    ApiClient client;
    AuthService auth(&client, nullptr);
    TaskRegistry tasks;
    MainWindow window(&tasks);
    ShellController shell(&auth, &window);
    QSignalSpy signedIn(&shell, &ShellController::signedIn);
    shell.showLoginDialog();
    LoginDialog *dialog = shell.loginDialog();
    fillAndSubmit(dialog, sandbox.baseUrl().toString(), QStringLiteral("demo-20-key"),
                  QStringLiteral("demo-20-secret"));
    QVERIFY(dialog->isBusy());
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("cancel")), Qt::LeftButton);
    QVERIFY(!dialog->isBusy());
    QVERIFY(dialog->isVisible());  // still there for another try
    QVERIFY(!signedIn.wait(4000)); // the late answer is dropped
    QVERIFY(!shell.isSignedIn());
    QVERIFY(!client.hasToken());
}

void TestUiSignIn::unavailableKeychainOnStartAsks() {
    // "Remember me" was ticked last time, but there is no keychain to read from.
    AppSettings().setRememberMe(true);
    ApiClient client;
    AuthService auth(&client, nullptr);
    TaskRegistry tasks;
    MainWindow window(&tasks);
    ShellController shell(&auth, &window);
    QSignalSpy failed(&shell, &ShellController::signInFailed);
    shell.start();
    QVERIFY(failed.wait(10000));
    LoginDialog *dialog = shell.loginDialog();
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY2(dialog->formError().contains(QStringLiteral("keychain")),
             qPrintable(dialog->formError()));
}

// Every mnemonic of the sign-in and settings dialogs moves to a field of its own, and
// none shows a literal '&'.
void TestUiSignIn::dialogMnemonics() {
    LoginDialog login;
    QStringList p = mnemonicProblems(&login);
    QVERIFY2(p.isEmpty(), qPrintable(p.join(u'\n')));
    SettingsDialog settings;
    p = mnemonicProblems(&settings);
    QVERIFY2(p.isEmpty(), qPrintable(p.join(u'\n')));

    // The sign-in dialog opens on the first empty field: here the key, then the secret.
    login.show();
    login.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&login));
    QTRY_COMPARE(QApplication::focusWidget(),
                 login.findChild<QLineEdit *>(QStringLiteral("apiKey")));
    LoginDialog remembered;
    remembered.setApiKey(QStringLiteral("demo-20-key"));
    remembered.show();
    remembered.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&remembered));
    QTRY_COMPARE(QApplication::focusWidget(),
                 remembered.findChild<QLineEdit *>(QStringLiteral("secret")));
}

void TestUiSignIn::settingsRefuseBadUrlAndStore() {
    SettingsDialog dialog;
    auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("baseUrl"));
    QCOMPARE(url->text(), QStringLiteral("https://www.jobbers.com"));
    url->setText(QStringLiteral("http://example.com"));
    QVERIFY(!dialog.apply());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("baseUrlError"))->isVisibleTo(&dialog));
    url->setText(QStringLiteral("https://api.example.com"));
    QVERIFY(dialog.apply());
    QCOMPARE(AppSettings().baseUrl(), QUrl(QStringLiteral("https://api.example.com")));
    QCOMPARE(AppSettings().pollIntervalSeconds(), AppSettings::DefaultPollSeconds);
}

// A failure that no caller handled reaches the status bar, once per kind of failure
// with a count for repeats; one that its caller handled does not.

// A name no server has: the dialog says so within a few seconds (no retries), names the
// host, and the whole message is on screen (the dialog grows to it). Seen clipped to its
// first line without LoginDialog::fitMessages().
void TestUiSignIn::unknownHostFailsFastUnclipped() {
    ApiClient client;
    AuthService auth(&client, nullptr);
    TaskRegistry tasks;
    MainWindow window(&tasks);
    ShellController shell(&auth, &window);
    shell.showLoginDialog();
    LoginDialog *dialog = shell.loginDialog();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    const int heightBefore = dialog->height();
    QSignalSpy failed(&shell, &ShellController::signInFailed);
    QElapsedTimer clock;
    clock.start();
    fillAndSubmit(dialog, QStringLiteral("https://no-such-host.invalid"),
                  QStringLiteral("demo-20-key"), QStringLiteral("demo-20-secret"));
    QVERIFY(failed.wait(10000));
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(failed.at(0).at(0).value<ApiError>().isHostNotFound());
    const QString message = dialog->fieldError(QStringLiteral("baseUrl"));
    QVERIFY2(message.contains(QStringLiteral("no-such-host.invalid")), qPrintable(message));
    auto *label = dialog->findChild<QLabel *>(QStringLiteral("baseUrlError"));
    QVERIFY(label && label->isVisible());
    QApplication::processEvents();
    // Every line of the message fits in the label, and the label in the dialog.
    QVERIFY2(label->height() >= label->heightForWidth(label->width()),
             qPrintable(QStringLiteral("%1 < %2")
                            .arg(label->height())
                            .arg(label->heightForWidth(label->width()))));
    const QRect inDialog(label->mapTo(dialog, QPoint(0, 0)), label->size());
    QVERIFY(dialog->rect().contains(inDialog));
    QVERIFY(dialog->height() > heightBefore);
    // With JOBBERS_SCREENSHOTS=DIR, grabbed to look at.
    if (const QString out = qEnvironmentVariable("JOBBERS_SCREENSHOTS"); !out.isEmpty())
        QVERIFY(dialog->grab().save(out + QStringLiteral("/signin-unknown-host.png")));
}

// Signing out, or a session that expires and cannot be renewed, empties the directory
// and the stock of passes (nothing behind the dialog but the signed-out page) and
// closes the client forms that would lose nothing; a form with changes stays, to be
// saved once signed in again. Signing in again reads the directory back from the file.
void TestUiSignIn::signOutLeavesNoClientOnScreen_data() {
    QTest::addColumn<bool>("expires");
    QTest::newRow("signed out") << false;
    QTest::newRow("session expired") << true;
}

void TestUiSignIn::signOutLeavesNoClientOnScreen() {
    QFETCH(bool, expires);
    SandboxFixture sandbox;
    QVERIFY2(sandbox.ok(), qPrintable(sandbox.error()));
    QTemporaryDir dir;
    ApiClient client;
    AuthService auth(&client, nullptr);
    TaskRegistry tasks;
    AppServices services(&client, &tasks, dir.filePath(QStringLiteral("local.sqlite")));
    MainWindow window(&tasks);
    auto *clients = new ClientsWiring(&services, &window);
    auto *passes = new PassesWiring(&services, &window);
    ShellController shell(&auth, &window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy signedIn(&shell, &ShellController::signedIn);
    QSignalSpy stock(passes->stock(), &PassStockFeeder::stocksChanged);
    shell.signInDirectly(sandbox.baseUrl(), QStringLiteral("demo-20-key"),
                         QStringLiteral("demo-20-secret"));
    QVERIFY(signedIn.wait(10000));
    QVERIFY(!window.isSignedOut());
    QVERIFY(!stock.isEmpty() || stock.wait(10000));
    QVERIFY(passes->stock()->model()->rowCount() > 0);
    ClientsModel *model = services.directory()->model();
    services.directory()->recordEmails({QStringLiteral("vu.en.stats@example.fr")});
    QVERIFY(model->rowOfEmail(QStringLiteral("vu.en.stats@example.fr")) >= 0);
    ClientsPage *page = clients->clientsPage();
    QVERIFY(page->isVisible());
    // Two forms: one untouched, one with a change in it.
    page->newClient();
    page->newClient();
    const auto forms = page->findChildren<ClientFormDialog *>();
    QCOMPARE(forms.size(), 2);
    QPointer<ClientFormDialog> untouched = forms.at(0);
    QPointer<ClientFormDialog> changed = forms.at(1);
    QLineEdit *lastName = nullptr;
    for (QLineEdit *edit : changed->findChildren<QLineEdit *>()) {
        if (edit->accessibleName() == QStringLiteral("Last name"))
            lastName = edit;
    }
    QVERIFY(lastName);
    lastName->setText(QStringLiteral("Martin"));
    QVERIFY(changed->isChanged());

    if (expires) {
        // The secret was rotated elsewhere and the server forgot the token: the next call
        // gets a 401, and signing in again is refused.
        QSignalSpy expired(&client, &ApiClient::sessionExpired);
        client.setCredentials(QStringLiteral("demo-20-key"), QStringLiteral("rotated"));
        sandbox.server().context().tokens().revokeAll();
        client.get(QStringLiteral("/oneapi/v0/current"));
        QVERIFY(expired.wait(10000));
    } else {
        shell.signOut(false);
    }
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(passes->stock()->model()->rowCount(), 0);
    QVERIFY(window.isSignedOut());
    QVERIFY(!page->isVisible());
    QVERIFY(window.findChild<QWidget *>(QStringLiteral("signedOutPage"))->isVisible());
    QVERIFY(shell.loginDialog() && shell.loginDialog()->isVisible());
    QVERIFY(!window.findClientAction()->isEnabled());
    QTRY_VERIFY(!untouched || !untouched->isVisible());
    QVERIFY(changed && changed->isVisible());
    QCOMPARE(lastName->text(), QStringLiteral("Martin"));

    // Back in: the directory and the stock come back, the pages with them.
    QSignalSpy loaded(services.directory(), &ClientDirectory::loaded);
    stock.clear();
    fillAndSubmit(shell.loginDialog(), sandbox.baseUrl().toString(), QStringLiteral("demo-20-key"),
                  QStringLiteral("demo-20-secret"));
    QVERIFY(signedIn.wait(10000));
    QVERIFY(!loaded.isEmpty() || loaded.wait(10000));
    QVERIFY(model->rowOfEmail(QStringLiteral("vu.en.stats@example.fr")) >= 0);
    QVERIFY(!window.isSignedOut());
    QVERIFY(page->isVisible());
    QVERIFY(window.findClientAction()->isEnabled());
    QTRY_VERIFY(passes->stock()->model()->rowCount() > 0);
    changed->done(QDialog::Rejected);
}

// Esc on the sign-in dialog leaves a window that says it is signed out and offers the
// way back: its own button and File > Sign in (the Sign out action, renamed).
void TestUiSignIn::dismissedDialogLeavesAWayBack() {
    ApiClient client;
    AuthService auth(&client, nullptr);
    TaskRegistry tasks;
    MainWindow window(&tasks);
    window.setDemo(true); // main() quits on a cancelled dialog outside demo mode
    ShellController shell(&auth, &window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    shell.showLoginDialog();
    LoginDialog *dialog = shell.loginDialog();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QSignalSpy cancelled(&shell, &ShellController::loginCancelled);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QCOMPARE(cancelled.size(), 1);
    QVERIFY(!dialog->isVisible());
    QVERIFY(window.isSignedOut());
    QAction *action = window.signOutAction();
    QVERIFY2(action->text().contains(QStringLiteral("Sign &in")), qPrintable(action->text()));
    action->trigger();
    QVERIFY(dialog->isVisible());
    QTest::keyClick(dialog, Qt::Key_Escape);
    QVERIFY(!dialog->isVisible());
    auto *button = window.findChild<QPushButton *>(QStringLiteral("signInAgain"));
    QVERIFY(button && button->isVisible());
    if (const QString out = qEnvironmentVariable("JOBBERS_SCREENSHOTS"); !out.isEmpty())
        QVERIFY(window.grab().save(out + QStringLiteral("/signed-out.png")));
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(dialog->isVisible());
}

// Demo mode signs in to a sandbox whose address lives as long as the run: signing out
// and in again through the dialog (which offers that address) writes nothing to the
// user's settings.
void TestUiSignIn::demoNeverWritesItsAddress() {
    SandboxFixture sandbox;
    QVERIFY2(sandbox.ok(), qPrintable(sandbox.error()));
    const QUrl usersOwn(QStringLiteral("https://api.example.com"));
    AppSettings().setBaseUrl(usersOwn);
    AppSettings().setLastApiKey(QStringLiteral("users-own-key"));
    const bool remembered = AppSettings().rememberMe();
    ApiClient client;
    AuthService auth(&client, nullptr);
    TaskRegistry tasks;
    MainWindow window(&tasks);
    window.setDemo(true);
    ShellController shell(&auth, &window);
    QSignalSpy signedIn(&shell, &ShellController::signedIn);
    shell.signInDirectly(sandbox.baseUrl(), QStringLiteral("demo-20-key"),
                         QStringLiteral("demo-20-secret"));
    QVERIFY(signedIn.wait(10000));
    shell.signOut(false);
    LoginDialog *dialog = shell.loginDialog();
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->baseUrl(), sandbox.baseUrl()); // offered, not the user's
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("apiKey"))->text(),
             QStringLiteral("demo-20-key"));
    dialog->findChild<QLineEdit *>(QStringLiteral("secret"))
        ->setText(QStringLiteral("demo-20-secret"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("signIn")), Qt::LeftButton);
    QVERIFY(signedIn.wait(10000));
    QCOMPARE(AppSettings().baseUrl(), usersOwn);
    QCOMPARE(AppSettings().lastApiKey(), QStringLiteral("users-own-key"));
    QCOMPARE(AppSettings().rememberMe(), remembered);
}

QTEST_MAIN(TestUiSignIn)
#include "tst_ui_signin.moc"
