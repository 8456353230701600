#include "passeswiring.h"

#include "passespage.h"
#include "shell/appservices.h"
#include "shell/mainwindow.h"

#include "clients/clientdirectory.h"
#include "passes/passassigner.h"
#include "passes/passstockfeeder.h"

PassesWiring::PassesWiring(AppServices *services, MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_stock(new PassStockFeeder(services->passes(), this))
    // The local data file that cannot be opened leaves the assigner refusing to send.
    , m_assigner(
          new PassAssigner(services->passes(), services->clients(), services->store(), this)) {
    window->setPageFactory(MainWindow::Section::Passes, [this, services] {
        return new PassesPage(m_stock, m_assigner, services->passes(),
                              services->directory()->model());
    });
    window->setSectionActions(MainWindow::Section::Passes, MainWindow::SectionAction::Refresh);
    connect(window, &MainWindow::refreshRequested, this, [this](MainWindow::Section s) {
        if (s == MainWindow::Section::Passes)
            passesPage()->refresh();
    });
    connect(services, &AppServices::sessionStarted, this, [this] { m_stock->refresh(); });
    connect(services, &AppServices::sessionEnded, m_stock, &PassStockFeeder::clear);
    // From a client's row or record: the form filled in, the stock next to choose.
    connect(window, &MainWindow::assignPassRequested, this, [this](const QString &email) {
        m_window->setCurrentSection(MainWindow::Section::Passes);
        passesPage()->prepareAssignment(email);
    });
}

PassesPage *PassesWiring::passesPage() const {
    return qobject_cast<PassesPage *>(m_window->ensurePage(MainWindow::Section::Passes));
}
