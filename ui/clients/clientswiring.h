#pragma once

#include <QObject>
#include <QUrl>

class ApiClient;
class ClientDirectory;
class ClientsModel;
class ClientsPage;
class ClientsService;
class DirectoryFeeder;
class EnterpriseService;
class LocalStore;
class MainWindow;
class PassAssigner;
class PassesPage;
class PassesService;
class StatsService;
class TaskRegistry;

// Builds the Clients and Passes pages with their services and plugs them into the
// shell: its find (Ctrl+F), new (Ctrl+N) and refresh (F5) actions, and a reload of
// groups and stock each time a session starts. The directory loads from LocalStore in
// the background and, on the first sign-in to a server, is fed from the last 12 months
// of statistics (DirectoryFeeder). One line in main() is all it takes.
class ClientsWiring : public QObject {
    Q_OBJECT
public:
    // localDatabase: the LocalStore file (client directory, pending pass references).
    ClientsWiring(ApiClient *api, TaskRegistry *tasks, MainWindow *window,
                  const QString &localDatabase);

    ClientsPage *clientsPage() const { return m_clientsPage; }
    PassesPage *passesPage() const { return m_passesPage; }
    ClientDirectory *directory() const { return m_directory; }
    DirectoryFeeder *feeder() const { return m_feeder; }
    LocalStore *store() const { return m_store; }

private:
    void onSignedIn(const QUrl &server);

    ClientsService *m_clients;
    PassesService *m_passes;
    EnterpriseService *m_enterprise;
    StatsService *m_stats;
    ClientsModel *m_model;
    LocalStore *m_store;
    ClientDirectory *m_directory;
    DirectoryFeeder *m_feeder = nullptr;
    QUrl m_fedFrom;
    PassAssigner *m_assigner;
    ClientsPage *m_clientsPage;
    PassesPage *m_passesPage;
};
