#include "auth/authservice.h"
#include "auth/session.h"
#include "clients/clientsservice.h"
#include "net/apiclient.h"
#include "net/apierror.h"
#include "sandboxfixture.h"
#include "shell/appsettings.h"
#include "shell/failurenotice.h"
#include "shell/mainwindow.h"
#include "shell/overviewheader.h"
#include "shell/progressarea.h"
#include "shell/shellcontroller.h"
#include "shell/statuspanel.h"
#include "tasks/taskregistry.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QListWidget>
#include <QMap>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTest>

// The shell: window, sections and shortcuts, pages built when first shown, restored
// state, progress area, and failures nobody handled in the status bar. Sign-in and
// settings: tst_ui_signin.
class TestUiShell : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void mainWindowBuilds();
    void sectionsSwitchWithShortcuts();
    void setPageReplacesPlaceholder();
    void pagesBuiltWhenFirstShown();
    void stateRestoredAcrossInstances();
    void progressAreaShowsTaskAndCancels();
    void unhandledFailureShowsInStatusBar();
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
    // The title ends with the application's name, so that the window system does not
    // add it a second time; it says so once, demo or not.
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Jobbers Back Office"));
    const auto namedOnce = [&window] {
        const QString title = window.windowTitle();
        return title.endsWith(QGuiApplication::applicationDisplayName())
               && title.count(QGuiApplication::applicationDisplayName()) == 1;
    };
    window.setDemo(false);
    QVERIFY2(namedOnce(), qPrintable(window.windowTitle()));
    window.setDemo(true);
    QVERIFY(window.windowTitle().contains(QStringLiteral("Demo")));
    QVERIFY2(namedOnce(), qPrintable(window.windowTitle()));
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

    // New and Refresh follow what the current section's room says its page answers
    // to: a section nobody declared (a placeholder) has both disabled, and F5 does
    // nothing there.
    QSignalSpy refresh(&window, &MainWindow::refreshRequested);
    QSignalSpy created(&window, &MainWindow::newRequested);
    QVERIFY(!window.refreshAction()->isEnabled());
    QVERIFY(!window.newAction()->isEnabled());
    QTest::keyClick(&window, Qt::Key_F5);
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(refresh.count(), 0);
    QCOMPARE(created.count(), 0);
    window.setSectionActions(MainWindow::Section::Stats, MainWindow::SectionAction::Refresh);
    window.setSectionActions(MainWindow::Section::Clients,
                             MainWindow::SectionAction::New | MainWindow::SectionAction::Refresh);
    QVERIFY(window.refreshAction()->isEnabled());
    QVERIFY(!window.newAction()->isEnabled()); // Stats makes nothing new
    QTest::keyClick(&window, Qt::Key_F5);
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(refresh.count(), 1);
    QCOMPARE(refresh.at(0).at(0).value<MainWindow::Section>(), MainWindow::Section::Stats);
    QCOMPARE(created.count(), 0);
    window.setCurrentSection(MainWindow::Section::Admin);
    QVERIFY(!window.refreshAction()->isEnabled());
    window.setCurrentSection(MainWindow::Section::Clients);
    QVERIFY(window.newAction()->isEnabled());
    window.setCurrentSection(MainWindow::Section::Stats);
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

void TestUiShell::pagesBuiltWhenFirstShown() {
    TaskRegistry tasks;
    MainWindow window(&tasks);
    window.setCurrentSection(MainWindow::Section::Clients);
    QMap<MainWindow::Section, int> built;
    auto factory = [&built](MainWindow::Section s) {
        return [&built, s]() -> QWidget * {
            ++built[s];
            return new QLabel(MainWindow::sectionKey(s));
        };
    };
    QSignalSpy builtSpy(&window, &MainWindow::pageBuilt);
    // The current section's page is needed at once; the others wait to be shown.
    window.setPageFactory(MainWindow::Section::Clients, factory(MainWindow::Section::Clients));
    window.setPageFactory(MainWindow::Section::Passes, factory(MainWindow::Section::Passes));
    window.setPageFactory(MainWindow::Section::Stats, factory(MainWindow::Section::Stats));
    QCOMPARE(built.value(MainWindow::Section::Clients), 1);
    QCOMPARE(built.value(MainWindow::Section::Passes), 0);
    QVERIFY(window.isPageBuilt(MainWindow::Section::Clients));
    QVERIFY(!window.isPageBuilt(MainWindow::Section::Passes));
    QVERIFY(!qobject_cast<QLabel *>(window.page(MainWindow::Section::Passes))); // placeholder

    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(built.value(MainWindow::Section::Passes), 0); // showing the window is not enough
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(window.currentSection(), MainWindow::Section::Passes);
    QCOMPARE(built.value(MainWindow::Section::Passes), 1);
    auto *passes = qobject_cast<QLabel *>(window.page(MainWindow::Section::Passes));
    QVERIFY(passes);
    QCOMPARE(passes->text(), QStringLiteral("passes"));
    QVERIFY(passes->isVisible());
    // Once only, however often it is shown.
    window.setCurrentSection(MainWindow::Section::Clients);
    window.setCurrentSection(MainWindow::Section::Passes);
    QCOMPARE(built.value(MainWindow::Section::Passes), 1);

    // A room that needs its page before it is shown (e.g. a find into it) builds it.
    QCOMPARE(built.value(MainWindow::Section::Stats), 0);
    QWidget *stats = window.ensurePage(MainWindow::Section::Stats);
    QCOMPARE(built.value(MainWindow::Section::Stats), 1);
    QCOMPARE(window.page(MainWindow::Section::Stats), stats);
    QCOMPARE(window.currentSection(), MainWindow::Section::Passes); // not switched to
    QCOMPARE(window.ensurePage(MainWindow::Section::Stats), stats);
    QCOMPARE(built.value(MainWindow::Section::Stats), 1);
    QCOMPARE(builtSpy.size(), 3);
    // A section without a factory keeps its placeholder.
    QVERIFY(!window.isPageBuilt(MainWindow::Section::Admin));
    QVERIFY(window.ensurePage(MainWindow::Section::Admin));
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
