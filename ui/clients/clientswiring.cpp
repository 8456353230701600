#include "clientswiring.h"

#include "clientspage.h"
#include "passes/passespage.h"
#include "shell/mainwindow.h"

#include "clients/clientdirectory.h"
#include "clients/clientsmodel.h"
#include "clients/clientsservice.h"
#include "clients/directoryfeeder.h"
#include "enterprise/enterpriseservice.h"
#include "net/apiclient.h"
#include "passes/passassigner.h"
#include "passes/passesservice.h"
#include "stats/statsservice.h"
#include "storage/localstore.h"

#include <QAction>

ClientsWiring::ClientsWiring(ApiClient *api, TaskRegistry *tasks, MainWindow *window,
                             const QString &localDatabase)
    : QObject(window)
    , m_clients(new ClientsService(api, this))
    , m_passes(new PassesService(api, this))
    , m_enterprise(new EnterpriseService(api, this))
    , m_stats(new StatsService(api, this))
    , m_model(new ClientsModel(this))
    , m_directory(new ClientDirectory(m_model, this)) {
    // One LocalStore for the directory and the pass references; a file it cannot open
    // leaves both working in memory only (the assigner then refuses to send).
    m_store = new LocalStore(this);
    m_store->open(localDatabase);
    m_directory->setStore(m_store);
    m_assigner = new PassAssigner(m_passes, m_clients, m_store, this);
    m_directory->watch(m_clients);
    m_directory->watch(m_stats);
    m_directory->load(tasks);
    m_feeder = new DirectoryFeeder(m_directory, m_stats, m_clients, tasks, this);
    m_clientsPage = new ClientsPage(m_clients, m_directory, tasks);
    m_passesPage = new PassesPage(m_passes, m_clients, m_assigner, m_model);
    window->setPage(MainWindow::Section::Clients, m_clientsPage);
    window->setPage(MainWindow::Section::Passes, m_passesPage);

    connect(window, &MainWindow::findClientRequested, this, [this, window] {
        window->setCurrentSection(MainWindow::Section::Clients);
        m_clientsPage->focusSearch();
    });
    connect(window, &MainWindow::newRequested, this, [this](MainWindow::Section s) {
        if (s == MainWindow::Section::Clients)
            m_clientsPage->newClient();
    });
    connect(window, &MainWindow::refreshRequested, this, [this](MainWindow::Section s) {
        if (s == MainWindow::Section::Clients)
            m_clientsPage->refresh();
        else if (s == MainWindow::Section::Passes)
            m_passesPage->refresh();
    });
    connect(api, &ApiClient::tokenChanged, this, [this, api](bool hasToken) {
        if (hasToken)
            onSignedIn(api->baseUrl());
    });
}

void ClientsWiring::onSignedIn(const QUrl &server) {
    m_enterprise->groups()->onResult(
        this, [this](const QList<Group> &groups) { m_clientsPage->setGroups(groups); });
    m_passesPage->refresh();
    // Once per server and run, not on every silent re-authentication.
    if (server != m_fedFrom) {
        m_fedFrom = server;
        m_feeder->start();
    }
}
