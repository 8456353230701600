#pragma once

#include <QObject>

class ApiClient;
class ClientDirectory;
class ClientsModel;
class ClientsPage;
class ClientsService;
class EnterpriseService;
class LocalStore;
class MainWindow;
class PassAssigner;
class PassesPage;
class PassesService;
class TaskRegistry;

// Builds the Clients and Passes pages with their services and plugs them into the
// shell: its find (Ctrl+F), new (Ctrl+N) and refresh (F5) actions, and a reload of
// groups and stock each time a session starts. One line in main() is all it takes.
class ClientsWiring : public QObject {
    Q_OBJECT
public:
    // localDatabase: the LocalStore file (client directory, pending pass references).
    ClientsWiring(ApiClient *api, TaskRegistry *tasks, MainWindow *window,
                  const QString &localDatabase);

    ClientsPage *clientsPage() const { return m_clientsPage; }
    PassesPage *passesPage() const { return m_passesPage; }
    ClientDirectory *directory() const { return m_directory; }
    LocalStore *store() const { return m_store; }

private:
    void onSignedIn();

    ClientsService *m_clients;
    PassesService *m_passes;
    EnterpriseService *m_enterprise;
    ClientsModel *m_model;
    LocalStore *m_store;
    ClientDirectory *m_directory;
    PassAssigner *m_assigner;
    ClientsPage *m_clientsPage;
    PassesPage *m_passesPage;
    quint64 m_groupsRequest = 0;
};
