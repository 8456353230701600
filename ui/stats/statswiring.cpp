#include "statswiring.h"

#include "shell/appservices.h"
#include "shell/mainwindow.h"
#include "shell/statuspanel.h"
#include "statspage.h"

#include "enterprise/enterpriseservice.h"
#include "net/apijob.h"
#include "stats/statscache.h"
#include "stats/statstrendloader.h"
#include "stats/statstrendmodel.h"

#include <QStatusBar>

StatsWiring::StatsWiring(AppServices *services, MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_services(services)
    , m_cache(new StatsCache(services->store()))
    , m_monthModel(new StatsTrendModel(this))
    , m_trendModel(new StatsTrendModel(this))
    , m_monthLoader(new StatsTrendLoader(services->stats(), m_monthModel, this))
    , m_trendLoader(new StatsTrendLoader(services->stats(), m_trendModel, this)) {
    for (StatsTrendLoader *loader : {m_monthLoader, m_trendLoader}) {
        loader->setCache(m_cache);
        loader->setTasks(services->tasks());
    }
    window->setPageFactory(MainWindow::Section::Stats, [this, services] {
        auto *page = new StatsPage(m_monthLoader, m_trendLoader, services->clients());
        page->setGroupNames(m_groupNames);
        connect(page, &StatsPage::openClientRequested, this, &StatsWiring::openClientRequested);
        // Where an export went, or why it did not, in the status bar.
        connect(page, &StatsPage::exported, this, [this](const QString &path) {
            if (m_window)
                m_window->statusBar()->showMessage(tr("Saved in %1").arg(path), 8000);
        });
        connect(page, &StatsPage::exportFailed, this, [this](const QString &error) {
            if (m_window)
                m_window->statusBar()->showMessage(error, 12000);
        });
        return page;
    });
    window->setSectionActions(MainWindow::Section::Stats, MainWindow::SectionAction::Refresh);
    connect(window, &MainWindow::refreshRequested, this, [this](MainWindow::Section s) {
        if (s == MainWindow::Section::Stats)
            statsPage()->refresh();
    });
    connect(services->enterprise(), &EnterpriseService::groupsLoaded, this,
            [this](const QList<Group> &groups) {
                m_groupNames.clear();
                for (const Group &g : groups)
                    m_groupNames.insert(g.groupId, g.name);
                if (m_window && m_window->isPageBuilt(MainWindow::Section::Stats))
                    statsPage()->setGroupNames(m_groupNames);
            });
    connect(services, &AppServices::sessionStarted, this, &StatsWiring::onSessionStarted);
}

StatsWiring::~StatsWiring() {
    delete m_cache;
}

StatsPage *StatsWiring::statsPage() const {
    return qobject_cast<StatsPage *>(m_window->ensurePage(MainWindow::Section::Stats));
}

// The cache is per account: known once the enterprise's id is (a renewal of the token
// on the same account changes nothing).
void StatsWiring::onSessionStarted(const QUrl &server) {
    // A failure is not handled here: it reaches the shell (without the id the figures
    // are fetched every time, never cached).
    m_services->enterprise()->current()->onResult(this, [this, server](qint64 enterpriseId) {
        const QString account = StatsCache::accountKey(server, enterpriseId);
        if (account == m_cache->account())
            return;
        m_cache->setAccount(account);
        Q_EMIT accountChanged(account);
        if (m_window && m_window->isPageBuilt(MainWindow::Section::Stats))
            statsPage()->reload();
    });
}
