#include "auth/authservice.h"
#include "auth/session.h"
#include "mnemonicscheck.h"
#include "net/apiclient.h"
#include "net/apierror.h"
#include "sandboxfixture.h"
#include "shell/appsettings.h"
#include "shell/logindialog.h"
#include "shell/mainwindow.h"
#include "shell/overviewheader.h"
#include "shell/settingsdialog.h"
#include "shell/shellcontroller.h"
#include "shell/statuspanel.h"
#include "tasks/taskregistry.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
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
QTEST_MAIN(TestUiSignIn)
#include "tst_ui_signin.moc"
