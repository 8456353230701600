#include "stats/figurecard.h"
#include "stats/nologinview.h"
#include "stats/statsmonthview.h"
#include "stats/statspage.h"
#include "stats/statstrendsview.h"
#include "stats/statswiring.h"
#include "stats/tagschart.h"
#include "stats/trendchart.h"

#include "clients/clientsservice.h"
#include "net/apiclient.h"
#include "net/apireply.h"
#include "net/jsondecode.h"
#include "sandboxfixture.h"
#include "sandboxserver.h"
#include "shell/appservices.h"
#include "shell/mainwindow.h"
#include "stats/statscache.h"
#include "stats/statscsvwriter.h"
#include "stats/statsservice.h"
#include "stats/statstrendloader.h"
#include "stats/statstrendmodel.h"
#include "storage/localstore.h"
#include "tasks/taskregistry.h"
#include "ui.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;

// The Stats page against the sandbox over loopback: the last complete month by
// default and the current one marked, figure cards with the API's numbers, scopes,
// the clients who never signed in (open one, copy a sign-in link), the trends tab,
// exports; every control named for screen readers, labels with buddies, mnemonics
// unique. With JOBBERS_SCREENSHOTS=DIR (and JOBBERS_LANG=fr|en) the month view, the
// trends and the PDF report are grabbed there.
class TestUiStats : public QObject {
    Q_OBJECT
private:
    struct World {
        SandboxFixture fixture;
        ApiClient api;
        TaskRegistry tasks;
        QTemporaryDir dir;
        LocalStore store;
        std::unique_ptr<StatsService> stats;
        std::unique_ptr<ClientsService> clients;
        StatsCache cache;
        StatsTrendModel monthModel;
        StatsTrendModel trendModel;
        std::unique_ptr<StatsTrendLoader> monthLoader;
        std::unique_ptr<StatsTrendLoader> trendLoader;
        std::unique_ptr<StatsPage> page;
    };
    static bool setUp(World &w) {
        if (!w.fixture.ok() || !w.store.open(w.dir.filePath(u"local.sqlite"_s)))
            return false;
        w.api.setBaseUrl(w.fixture.baseUrl());
        w.api.setCredentials(u"demo-20-key"_s, u"demo-20-secret"_s);
        QSignalSpy authenticated(w.api.authenticate(), &ApiReply::finished);
        authenticated.wait(5000);
        w.stats = std::make_unique<StatsService>(&w.api);
        w.clients = std::make_unique<ClientsService>(&w.api);
        w.cache.setStore(&w.store);
        w.cache.setAccount(StatsCache::accountKey(w.fixture.baseUrl(), 20));
        w.monthLoader = std::make_unique<StatsTrendLoader>(w.stats.get(), &w.monthModel);
        w.trendLoader = std::make_unique<StatsTrendLoader>(w.stats.get(), &w.trendModel);
        for (StatsTrendLoader *l : {w.monthLoader.get(), w.trendLoader.get()}) {
            l->setCache(&w.cache);
            l->setTasks(&w.tasks);
        }
        w.page =
            std::make_unique<StatsPage>(w.monthLoader.get(), w.trendLoader.get(), w.clients.get());
        w.page->setGroupNames({{373, u"Sous conciergerie #1"_s}, {374, u"Sous conciergerie #2"_s}});
        w.page->setEnterpriseName(u"Conciergerie Démo"_s);
        w.page->resize(1200, 820);
        w.page->show();
        return w.api.hasToken() && QTest::qWaitForWindowExposed(w.page.get());
    }
    static bool settle(StatsTrendLoader *loader) {
        if (!loader->isRunning())
            return true;
        QSignalSpy finished(loader, &StatsTrendLoader::finished);
        return finished.wait(20000);
    }
    // The API's own answer for a month, raw.
    static QJsonArray apiMonth(World &w, const YearMonth &m) {
        return w.fixture
            .get(u"/oneapi/v0/stats?month=%1&year=%2"_s.arg(m.month).arg(m.year),
                 w.fixture.token(20))
            .data()
            .toArray();
    }

private Q_SLOTS:
    void initTestCase() {
        const QString lang = qEnvironmentVariable("JOBBERS_LANG", u"en"_s);
        QVERIFY(JobbersUi::installTranslations(lang) || lang == u"en"_s);
    }

    void opensOnTheLastCompleteMonth() {
        World w;
        QVERIFY(setUp(w));
        const YearMonth current = w.monthLoader->currentMonth();
        QCOMPARE(w.page->month(), current.previous());
        QVERIFY(!w.page->isCurrentMonthShown());
        QVERIFY(settle(w.monthLoader.get()));
        // The cards give the API's numbers for the enterprise.
        const QJsonObject e = apiMonth(w, current.previous()).at(0).toObject();
        const QList<FigureCard *> cards = w.page->monthView()->cards();
        QCOMPARE(cards.size(), 5);
        QCOMPARE(cards.at(0)->valueText(),
                 QLocale().toString(e.value("delta_requests"_L1).toInteger()));
        QCOMPARE(cards.at(2)->valueText(),
                 QLocale().toString(e.value("delta_clients"_L1).toInteger()));
        QVERIFY(!cards.at(0)->changeText().isEmpty());
        QVERIFY2(w.page->statusText().contains(QLocale().toString(
                     JsonDecode::dateTime(e.value("last_updated"_L1))->toLocalTime().date(),
                     QLocale::LongFormat)),
                 qPrintable(w.page->statusText()));
        // The groups side by side: the enterprise and its two groups.
        QCOMPARE(w.page->groupsTable()->model()->rowCount(), 3);
        QCOMPARE(w.page->scopeBox()->count(), 3);
        QCOMPARE(w.page->scopeBox()->itemText(1), u"Sous conciergerie #1"_s);

        // The current month is there, marked as still moving.
        if (current.year == w.page->yearBox()->value())
            QVERIFY(w.page->monthBox()->itemText(current.month - 1).contains(u"("_s));
        w.page->setMonth(current);
        QVERIFY(w.page->isCurrentMonthShown());
        QVERIFY(settle(w.monthLoader.get()));
        QCOMPARE(w.monthModel.stateOf(current), StatsTrendModel::MonthState::Loaded);
    }

    void scopeAndClientsWhoNeverSignedIn() {
        World w;
        QVERIFY(setUp(w));
        const YearMonth current = w.monthLoader->currentMonth();
        w.page->setMonth(current);
        QVERIFY(settle(w.monthLoader.get()));
        w.page->setScope(374);
        QCOMPARE(w.page->scope(), std::optional<qint64>(374));
        const QJsonArray api = apiMonth(w, current);
        QJsonObject group;
        for (const QJsonValue &v : api) {
            if (v.toObject().value("group_id"_L1).toInteger() == 374)
                group = v.toObject();
        }
        QCOMPARE(w.page->monthView()->cards().at(0)->valueText(),
                 QLocale().toString(group.value("delta_requests"_L1).toInteger()));
        NoLoginView *list = w.page->noLoginView();
        QStringList emails;
        for (const QJsonValue &v :
             group.value("nologin_clients"_L1).toObject().value("emails"_L1).toArray())
            emails.append(v.toString());
        QCOMPARE(list->emails(), emails);
        QVERIFY(!emails.isEmpty());
        w.page->setCurrentTab(StatsPage::Tab::NeverSignedIn);
        list->list()->setCurrentRow(0);
        QSignalSpy open(w.page.get(), &StatsPage::openClientRequested);
        list->openButton()->click();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().at(0).toString(), emails.first());
        // A sign-in link, from the API, to the clipboard.
        QApplication::clipboard()->clear();
        QSignalSpy clip(QApplication::clipboard(), &QClipboard::dataChanged);
        list->copyLinkButton()->click();
        QVERIFY(clip.wait(10000));
        QVERIFY2(QApplication::clipboard()->text().startsWith(w.fixture.baseUrl().toString()),
                 qPrintable(QApplication::clipboard()->text()));
        QVERIFY(list->message().contains(emails.first()));
    }

    void trendsTabLoadsWhenShown() {
        World w;
        QVERIFY(setUp(w));
        QVERIFY(settle(w.monthLoader.get()));
        QCOMPARE(w.trendModel.rowCount(), 0); // nothing until the tab is opened
        w.page->setCurrentTab(StatsPage::Tab::Trends);
        QVERIFY(w.trendLoader->isRunning());
        QVERIFY(settle(w.trendLoader.get()));
        QCOMPARE(w.trendModel.rowCount(), 12);
        QCOMPARE(w.trendModel.range().last(), w.page->month());
        QCOMPARE(w.trendModel.count(StatsTrendModel::MonthState::Loaded)
                     + w.trendModel.count(StatsTrendModel::MonthState::Cached),
                 12);
        QTest::qWait(0); // the charts redraw once per burst, from the event loop
        QCoreApplication::processEvents();
        for (TrendChart *chart : w.page->trendsView()->charts())
            QVERIFY(!chart->isShowingEmptyState());
        QVERIFY(!w.page->trendsView()->statusText().isEmpty());
        // Fewer months: the range follows.
        w.page->trendsView()->monthsBox()->setValue(6);
        QVERIFY(settle(w.trendLoader.get()));
        QCOMPARE(w.trendModel.rowCount(), 6);
    }

    void exportsFromThePage() {
        World w;
        QVERIFY(setUp(w));
        QVERIFY(settle(w.monthLoader.get()));
        QTemporaryDir out;
        QString error;
        const QString csv = out.filePath(u"month"_s);
        QVERIFY2(
            w.page->exportCsv(csv, StatsCsvWriter::defaultsFor(QLocale(QLocale::French)), &error),
            qPrintable(error));
        for (const QString &f : StatsCsvWriter::fileNames(csv))
            QVERIFY(QFileInfo(f).size() > 10);
        QVERIFY2(w.page->exportPdf(out.filePath(u"month.pdf"_s), &error), qPrintable(error));
        QVERIFY(QFileInfo(out.filePath(u"month.pdf"_s)).size() > 1000);
        QVERIFY2(w.page->exportChart(StatsPage::Chart::Tags, out.filePath(u"tags.png"_s), &error),
                 qPrintable(error));
        QVERIFY2(
            w.page->exportChart(StatsPage::Chart::Gender, out.filePath(u"gender.svg"_s), &error),
            qPrintable(error));
        QVERIFY(!QImage(out.filePath(u"tags.png"_s)).isNull());
    }

    // Every control has an accessible name, every label with a mnemonic a buddy, and no
    // two mnemonics of the page are the same letter.
    void accessibleAndKeyboardOperable() {
        World w;
        QVERIFY(setUp(w));
        QVERIFY(settle(w.monthLoader.get()));
        const QList<QWidget *> widgets = w.page->findChildren<QWidget *>();
        QHash<QChar, QString> mnemonics;
        const auto mnemonicOf = [](const QString &text) -> QChar {
            for (qsizetype i = 0; i + 1 < text.size(); ++i) {
                if (text.at(i) == u'&' && text.at(i + 1) != u'&')
                    return text.at(i + 1).toLower();
                if (text.at(i) == u'&')
                    ++i;
            }
            return {};
        };
        const auto add = [&](const QString &text) {
            const QChar m = mnemonicOf(text);
            if (m.isNull())
                return;
            QVERIFY2(!mnemonics.contains(m),
                     qPrintable(u"mnemonic %1 twice: %2, %3"_s.arg(m, mnemonics.value(m), text)));
            mnemonics.insert(m, text);
        };
        for (QWidget *wd : widgets) {
            // The parts Qt builds inside a control (a combo box's popup list) are its own.
            bool inner = qobject_cast<QHeaderView *>(wd) != nullptr;
            for (QWidget *p = wd->parentWidget(); p && p != w.page.get(); p = p->parentWidget())
                inner = inner || qobject_cast<QComboBox *>(p) || qobject_cast<QTabBar *>(p)
                        || qobject_cast<QAbstractItemView *>(p);
            if (inner)
                continue;
            if (qobject_cast<QAbstractButton *>(wd) || qobject_cast<QComboBox *>(wd)
                || qobject_cast<QAbstractSpinBox *>(wd) || qobject_cast<QAbstractItemView *>(wd))
                QVERIFY2(!wd->accessibleName().isEmpty(),
                         qPrintable(u"%1 without an accessible name"_s.arg(
                             QString::fromLatin1(wd->metaObject()->className()))));
            if (auto *label = qobject_cast<QLabel *>(wd);
                label && !mnemonicOf(label->text()).isNull()) {
                QVERIFY2(label->buddy(), qPrintable(label->text()));
                add(label->text());
            }
            if (auto *button = qobject_cast<QAbstractButton *>(wd))
                add(button->text());
        }
        for (int i = 0; i < w.page->tabs()->count(); ++i)
            add(w.page->tabs()->tabText(i));
        QVERIFY(mnemonics.size() >= 12);
        // The pickers by keyboard: Tab reaches them in reading order.
        w.page->activateWindow();
        w.page->monthBox()->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), w.page->yearBox());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), w.page->scopeBox());
        // The month changes from the keyboard.
        const YearMonth before = w.page->month();
        w.page->monthBox()->setFocus();
        QTest::keyClick(w.page->monthBox(), before.month == 1 ? Qt::Key_Down : Qt::Key_Up);
        QVERIFY(w.page->month() != before);
    }

    // The room in the shell: the page is built when its section is first shown, fills
    // from the API into the cache of the signed-in account, and "open client" leaves the
    // room through the wiring.
    void wiringBuildsThePageWhenShown() {
        SandboxFixture fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        QTemporaryDir dir;
        ApiClient api;
        TaskRegistry tasks;
        AppServices services(&api, &tasks, dir.filePath(u"local.sqlite"_s));
        MainWindow window(&tasks);
        StatsWiring wiring(&services, &window);
        QVERIFY(!window.isPageBuilt(MainWindow::Section::Stats));
        QSignalSpy account(&wiring, &StatsWiring::accountChanged);
        api.setBaseUrl(fixture.baseUrl());
        api.setCredentials(u"demo-20-key"_s, u"demo-20-secret"_s);
        api.authenticate();
        QVERIFY(account.wait(10000));
        QCOMPARE(account.first().at(0).toString(), StatsCache::accountKey(fixture.baseUrl(), 20));
        QVERIFY(!window.isPageBuilt(MainWindow::Section::Stats)); // nobody looked yet
        window.setCurrentSection(MainWindow::Section::Stats);
        QVERIFY(window.isPageBuilt(MainWindow::Section::Stats));
        StatsPage *page = wiring.statsPage();
        QVERIFY(page);
        QVERIFY(settle(wiring.monthLoader()));
        QVERIFY(wiring.cache()->load(page->month()));
        QSignalSpy open(&wiring, &StatsWiring::openClientRequested);
        Q_EMIT page->openClientRequested(u"someone@example.test"_s);
        QCOMPARE(open.size(), 1);
        // F5 on the section fetches the month again.
        QSignalSpy loaded(wiring.monthLoader(), &StatsTrendLoader::monthLoaded);
        Q_EMIT window.refreshRequested(MainWindow::Section::Stats);
        QVERIFY(settle(wiring.monthLoader()));
        QVERIFY(loaded.size() >= 2);
    }

    void screenshots() {
        const QString out = qEnvironmentVariable("JOBBERS_SCREENSHOTS");
        if (out.isEmpty())
            QSKIP("set JOBBERS_SCREENSHOTS=DIR (and JOBBERS_LANG=fr|en) to grab the page");
        const QString lang = qEnvironmentVariable("JOBBERS_LANG", u"en"_s);
        World w;
        QVERIFY(setUp(w));
        QVERIFY(settle(w.monthLoader.get()));
        QVERIFY(QDir().mkpath(out));
        QCoreApplication::processEvents();
        QVERIFY(w.page->grab().save(u"%1/stats-month-%2.png"_s.arg(out, lang)));
        w.page->setCurrentTab(StatsPage::Tab::Trends);
        QVERIFY(settle(w.trendLoader.get()));
        QTest::qWait(50); // let the charts lay out before the grab (no result is awaited)
        QVERIFY(w.page->grab().save(u"%1/stats-trends-%2.png"_s.arg(out, lang)));
        QVERIFY(w.page->exportPdf(u"%1/stats-report-%2.pdf"_s.arg(out, lang)));
    }
};

QTEST_MAIN(TestUiStats)
#include "tst_ui_stats.moc"
