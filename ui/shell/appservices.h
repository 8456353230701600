#pragma once

#include <QObject>
#include <QUrl>

class ApiClient;
class ClientDirectory;
class ClientsModel;
class ClientsService;
class EnterpriseService;
class LocalStore;
class PassesService;
class StatsService;
class TaskRegistry;

// What the rooms share, built once by main() (and by tests the same way): the API
// client and the task list it is given, the local data file, one service per API
// area, and the client directory, the app's own list of clients that the clients,
// passes, stats and chat rooms all read or feed. Each room's wiring takes what it
// needs from here, so that no room builds another's classes. Each time a token is
// obtained the enterprise's groups are reloaded into the directory; a sign-out
// empties it.
class AppServices : public QObject {
    Q_OBJECT
public:
    // localDatabase: the LocalStore file (client directory, pending pass references). A
    // file that cannot be opened leaves the directory in memory only.
    AppServices(ApiClient *api, TaskRegistry *tasks, const QString &localDatabase,
                QObject *parent = nullptr);
    ~AppServices() override;

    ApiClient *api() const { return m_api; }
    TaskRegistry *tasks() const { return m_tasks; }
    LocalStore *store() const { return m_store; }
    ClientsService *clients() const { return m_clients; }
    PassesService *passes() const { return m_passes; }
    StatsService *stats() const { return m_stats; }
    EnterpriseService *enterprise() const { return m_enterprise; }
    ClientDirectory *directory() const { return m_directory; }

Q_SIGNALS:
    // A token was obtained from server: a sign-in, or a silent renewal.
    void sessionStarted(const QUrl &server);
    // Signed out: the directory is empty (and read again from the local file at the next
    // sign-in); rooms clear what they show of the enterprise.
    void sessionEnded();

private:
    ApiClient *m_api;
    TaskRegistry *m_tasks;
    LocalStore *m_store;
    ClientsService *m_clients;
    PassesService *m_passes;
    StatsService *m_stats;
    EnterpriseService *m_enterprise;
    ClientsModel *m_model;
    ClientDirectory *m_directory;
    bool m_ended = false;
};
