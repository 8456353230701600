#include "clientswiring.h"

#include "clientspage.h"
#include "shell/appservices.h"
#include "shell/mainwindow.h"

#include "clients/clientdirectory.h"
#include "clients/directoryfeeder.h"

ClientsWiring::ClientsWiring(AppServices *services, MainWindow *window)
    : QObject(window)
    , m_services(services)
    , m_window(window)
    , m_feeder(new DirectoryFeeder(services->directory(), services->stats(), services->clients(),
                                   services->tasks(), this)) {
    window->setPageFactory(MainWindow::Section::Clients, [this, services] {
        auto *page = new ClientsPage(services->clients(), services->directory(), services->tasks());
        // The passes room answers, through the shell: no room wires another's classes.
        connect(page, &ClientsPage::assignPassRequested, m_window,
                &MainWindow::assignPassRequested);
        // The first fill's progress on the page too (the shell's progress area has it).
        connect(m_feeder, &DirectoryFeeder::progressed, page, &ClientsPage::setFillProgress);
        connect(m_feeder, &DirectoryFeeder::finished, page,
                [page] { page->setFillProgress(0, 0); });
        if (m_feeder->isRunning())
            page->setFillProgress(m_feeder->done(), m_feeder->total());
        return page;
    });
    connect(window, &MainWindow::findClientRequested, this, [this] {
        m_window->setCurrentSection(MainWindow::Section::Clients);
        clientsPage()->focusSearch();
    });
    window->setSectionActions(MainWindow::Section::Clients,
                              MainWindow::SectionAction::New | MainWindow::SectionAction::Refresh);
    connect(window, &MainWindow::newRequested, this, [this](MainWindow::Section s) {
        if (s == MainWindow::Section::Clients)
            clientsPage()->newClient();
    });
    connect(window, &MainWindow::refreshRequested, this, [this](MainWindow::Section s) {
        if (s == MainWindow::Section::Clients)
            clientsPage()->refresh();
    });
    connect(services, &AppServices::sessionStarted, this, &ClientsWiring::onSessionStarted);
    // Signed out: the directory was emptied; nothing of the old session may refill it,
    // and the next sign-in feeds it again.
    connect(services, &AppServices::sessionEnded, this, [this] {
        m_feeder->cancel();
        m_fedFrom = QUrl();
        if (auto *page = qobject_cast<ClientsPage *>(m_window->page(MainWindow::Section::Clients)))
            page->closeQuietDialogs();
    });
}

ClientsPage *ClientsWiring::clientsPage() const {
    return qobject_cast<ClientsPage *>(m_window->ensurePage(MainWindow::Section::Clients));
}

ClientDirectory *ClientsWiring::directory() const {
    return m_services->directory();
}

void ClientsWiring::onSessionStarted(const QUrl &server) {
    // Once per server and run, not on every silent re-authentication.
    if (server != m_fedFrom) {
        m_fedFrom = server;
        m_feeder->start();
    }
}
