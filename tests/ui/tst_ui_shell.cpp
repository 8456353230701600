#include "auth/authservice.h"
#include "auth/session.h"
#include "clients/clientsservice.h"
#include "net/apiclient.h"
#include "net/apierror.h"
#include "sandboxfixture.h"
#include "shell/appsettings.h"
#include "shell/failurenotice.h"
#include "shell/logindialog.h"
#include "shell/mainwindow.h"
#include "shell/overviewheader.h"
#include "shell/progressarea.h"
#include "shell/settingsdialog.h"
#include "shell/shellcontroller.h"
#include "shell/statuspanel.h"
#include "tasks/taskregistry.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTest>

// The shell: window, sections and shortcuts, restored state, progress area, and
// sign-in against the sandbox over loopback HTTP.
class TestUiShell : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void mainWindowBuilds();
    void sectionsSwitchWithShortcuts();
    void setPageReplacesPlaceholder();
    void stateRestoredAcrossInstances();
    void progressAreaShowsTaskAndCancels();
    void loginValidatesBeforeSending_data();
    void loginValidatesBeforeSending();
    void wrongSecretShowsWrongCredentials();
    void unreachableHostShowsNetworkMessage();
    void signInShowsEnterpriseAndGroups();
    void cancelWhileSigningInKeepsDialog();
    void unavailableKeychainOnStartAsks();
    void settingsRefuseBadUrlAndStore();
    void unhandledFailureShowsInStatusBar();

private:
    static void fillAndSubmit(LoginDialog *dialog, const QString &url, const QString &key,
                              const QString &secret);
};

void TestUiShell::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<ApiError>();
    qRegisterMetaType<Session>();
    QCoreApplication::setOrganizationName(QStringLiteral("JobbersTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_ui_shell"));
}

void TestUiShell::init() {
    AppSettings::reset();
}

void TestUiShell::mainWindowBuilds() {
    TaskRegistry tasks;
    MainWindow window(&tasks);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("sectionList"));
    QVERIFY(sidebar);
    QCOMPARE(sidebar->count(), MainWindow::SectionCount);
    QVERIFY(!sidebar->accessibleName().isEmpty());
    for (int i = 0; i < sidebar->count(); ++i) {
        QVERIFY(!sidebar->item(i)->icon().isNull());
        QVERIFY(!sidebar->item(i)->data(Qt::AccessibleTextRole).toString().isEmpty());
    }
    QVERIFY(window.page(MainWindow::Section::Admin));
    QCOMPARE(window.findClientAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_F));
    QCOMPARE(window.newAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_N));
    QCOMPARE(window.refreshAction()->shortcut(), QKeySequence(Qt::Key_F5));
    QCOMPARE(window.quitAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Q));
    QVERIFY(!window.progressArea()->isVisible()); // idle: no room taken
    QCOMPARE(window.overviewHeader()->enterpriseId(), 0);
    window.setDemo(true);
    QVERIFY(window.windowTitle().contains(QStringLiteral("Demo")));
}

void TestUiShell::sectionsSwitchWithShortcuts() {
    TaskRegistry tasks;
    MainWindow window(&tasks);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QSignalSpy changed(&window, &MainWindow::sectionChanged);
    const QList<MainWindow::Section> order = {
        MainWindow::Section::Admin, MainWindow::Section::Passes, MainWindow::Section::Clients,
        MainWindow::Section::Conversations, MainWindow::Section::Stats};
    for (MainWindow::Section s : order) {
        QTest::keyClick(&window, Qt::Key(Qt::Key_1 + int(s)), Qt::ControlModifier);
        QCOMPARE(window.currentSection(), s);
        QVERIFY(window.sectionAction(s)->isChecked());
    }
    QVERIFY(changed.count() >= order.size() - 1);

    QSignalSpy refresh(&window, &MainWindow::refreshRequested);
    QTest::keyClick(&window, Qt::Key_F5);
    QCOMPARE(refresh.count(), 1);
    QCOMPARE(refresh.at(0).at(0).value<MainWindow::Section>(), MainWindow::Section::Stats);
    QSignalSpy find(&window, &MainWindow::findClientRequested);
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(find.count(), 1);
    QCOMPARE(window.currentSection(), MainWindow::Section::Clients);
}

void TestUiShell::setPageReplacesPlaceholder() {
    TaskRegistry tasks;
    MainWindow window(&tasks);
    window.setCurrentSection(MainWindow::Section::Passes);
    auto *page = new QLabel(QStringLiteral("passes page"));
    window.setPage(MainWindow::Section::Passes, page);
    QCOMPARE(window.page(MainWindow::Section::Passes), page);
    QCOMPARE(window.currentSection(), MainWindow::Section::Passes);
    QVERIFY(window.page(MainWindow::Section::Stats) != page);
}

void TestUiShell::stateRestoredAcrossInstances() {
    TaskRegistry tasks;
    QList<int> sizes;
    {
        MainWindow first(&tasks);
        first.show();
        QVERIFY(QTest::qWaitForWindowExposed(&first));
        first.resize(930, 610);
        first.setCurrentSection(MainWindow::Section::Conversations);
        auto *splitter = first.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        QVERIFY(splitter);
        splitter->setSizes({240, 690});
        sizes = splitter->sizes();
        first.close(); // saves
    }
    MainWindow second(&tasks);
    second.show();
    QVERIFY(QTest::qWaitForWindowExposed(&second));
    QCOMPARE(second.currentSection(), MainWindow::Section::Conversations);
    QCOMPARE(second.size(), QSize(930, 610));
    QCOMPARE(second.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(), sizes);
}

void TestUiShell::progressAreaShowsTaskAndCancels() {
    TaskRegistry tasks;
    MainWindow window(&tasks);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ProgressArea *area = window.progressArea();
    QVERIFY(!area->isVisible());

    bool cancelled = false;
    TaskRegistry::TaskId id = 0;
    id = tasks.add(QStringLiteral("Importing clients"), [&] {
        cancelled = true;
        tasks.finish(id);
    });
    tasks.setProgress(id, 25, 100);
    QTRY_VERIFY(area->isVisible());
    QWidget *row = area->rowFor(id);
    QVERIFY(row);
    auto *bar = row->findChild<QProgressBar *>();
    QVERIFY(bar);
    QCOMPARE(bar->value() * 100 / bar->maximum(), 25);
    auto *title = row->findChild<QLabel *>(QStringLiteral("title"));
    QCOMPARE(title->text(), QStringLiteral("Importing clients"));
    auto *cancel = row->findChild<QPushButton *>(QStringLiteral("cancel"));
    QVERIFY(cancel && cancel->isVisible());
    QVERIFY(!cancel->accessibleName().isEmpty());

    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(cancelled);
    QVERIFY(tasks.isIdle());
    QTRY_VERIFY(!area->isVisible());

    // A task without a cancel callback shows no Cancel button.
    const TaskRegistry::TaskId busy = tasks.add(QStringLiteral("Loading statistics"));
    QTRY_VERIFY(area->isVisible());
    QVERIFY(!area->rowFor(busy)->findChild<QPushButton *>()->isVisible());
    tasks.finish(busy);
    QTRY_VERIFY(!area->isVisible());
}

void TestUiShell::fillAndSubmit(LoginDialog *dialog, const QString &url, const QString &key,
                                const QString &secret) {
    dialog->findChild<QLineEdit *>(QStringLiteral("baseUrl"))->setText(url);
    dialog->findChild<QLineEdit *>(QStringLiteral("apiKey"))->setText(key);
    dialog->findChild<QLineEdit *>(QStringLiteral("secret"))->setText(secret);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("signIn")), Qt::LeftButton);
}

void TestUiShell::loginValidatesBeforeSending_data() {
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

void TestUiShell::loginValidatesBeforeSending() {
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

void TestUiShell::wrongSecretShowsWrongCredentials() {
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

void TestUiShell::unreachableHostShowsNetworkMessage() {
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

void TestUiShell::signInShowsEnterpriseAndGroups() {
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

void TestUiShell::cancelWhileSigningInKeepsDialog() {
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

void TestUiShell::unavailableKeychainOnStartAsks() {
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

void TestUiShell::settingsRefuseBadUrlAndStore() {
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
void TestUiShell::unhandledFailureShowsInStatusBar() {
    SandboxFixture sandbox;
    QVERIFY2(sandbox.ok(), qPrintable(sandbox.error()));
    ApiClient client;
    AuthService auth(&client, nullptr);
    TaskRegistry tasks;
    MainWindow window(&tasks);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ShellController shell(&auth, &window);
    QSignalSpy signedIn(&shell, &ShellController::signedIn);
    shell.signInDirectly(sandbox.baseUrl(), QStringLiteral("demo-20-key"),
                         QStringLiteral("demo-20-secret"));
    QVERIFY(signedIn.wait(10000));
    FailureNotice *notice = window.failureNotice();
    QVERIFY(!notice->isVisible());
    QSignalSpy unhandled(&client, &ApiClient::unhandledFailure);
    ClientsService service(&client);

    // Nobody attached anything: the status bar says it, with the call in the tooltip.
    service.get(QStringLiteral("nobody.one@example.test"));
    QVERIFY(unhandled.wait(10000));
    QVERIFY(notice->isVisible());
    QCOMPARE(notice->count(), 1);
    QVERIFY2(notice->text().startsWith(QStringLiteral("Failed:")), qPrintable(notice->text()));
    QVERIFY2(notice->details().contains(QStringLiteral("GET /oneapi/v0/clients/")),
             qPrintable(notice->details()));
    QVERIFY2(notice->details().contains(QStringLiteral("HTTP 404")), qPrintable(notice->details()));

    // The same failure again, from a caller that has gone: counted on the same line.
    {
        QObject page;
        service.get(QStringLiteral("nobody.two@example.test"))
            ->onFailure(&page, [](const ApiError &) {});
    }
    QVERIFY(unhandled.wait(10000));
    QCOMPARE(notice->count(), 2);
    QVERIFY2(notice->text().contains(QStringLiteral("2")), qPrintable(notice->text()));
    QVERIFY(notice->details().contains(QStringLiteral("nobody.two")));
    QCOMPARE(window.findChildren<QDialog *>().size(), 0); // never a dialog

    // A caller that handles its failure: nothing in the status bar.
    notice->dismiss();
    QVERIFY(!notice->isVisible());
    QObject page;
    bool handled = false;
    Job<Client> *job = service.get(QStringLiteral("nobody.three@example.test"));
    QSignalSpy finished(job, &ApiJob::finished);
    job->onFailure(&page, [&](const ApiError &) { handled = true; });
    QVERIFY(finished.wait(10000));
    QVERIFY(handled);
    QCOMPARE(unhandled.size(), 2);
    QVERIFY(!notice->isVisible());
    QCOMPARE(notice->count(), 0);
}

QTEST_MAIN(TestUiShell)
#include "tst_ui_shell.moc"
