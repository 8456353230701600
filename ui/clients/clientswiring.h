#pragma once

#include <QObject>
#include <QPointer>
#include <QUrl>

class AppServices;
class ClientDirectory;
class ClientsPage;
class DirectoryFeeder;
class MainWindow;

// The clients room in the shell: registers the Clients page (built when first shown)
// and plugs it into the shell's find (Ctrl+F), new (Ctrl+N) and refresh (F5) actions;
// the page's "Assign a pass" goes to the shell (MainWindow::assignPassRequested). On the
// first sign-in to a server, the directory is fed from the last 12 months of statistics
// (DirectoryFeeder), its progress shown on the page. One line in main() is all it takes.
class ClientsWiring : public QObject {
    Q_OBJECT
public:
    ClientsWiring(AppServices *services, MainWindow *window);

    // The page, built now if it was not yet.
    ClientsPage *clientsPage() const;
    ClientDirectory *directory() const;
    DirectoryFeeder *feeder() const { return m_feeder; }

private:
    void onSessionStarted(const QUrl &server);

    AppServices *m_services;
    QPointer<MainWindow> m_window;
    DirectoryFeeder *m_feeder;
    QUrl m_fedFrom;
};
