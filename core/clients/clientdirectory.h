#pragma once

#include "enterprise/group.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QStringList>

class Client;
class ClientsModel;
class ClientsService;
class EnterpriseService;
class LocalStore;
class StatsService;
class TaskRegistry;
struct DirectoryEntry;

// The app's own list of every client it has seen, since the API cannot list them:
// created, fetched, updated or deactivated through ClientsService, listed in a
// month's stats (nologin_clients), or met in a conversation. It feeds the
// ClientsModel (a list of emails in one pass: ClientsModel::upsertAll) and, when a
// LocalStore is set, keeps the list across restarts.
//
// Conversations: whoever lists conversations calls recordEmails() with the emails of
// the clients met there (the hook for the chat area).
class ClientDirectory : public QObject {
    Q_OBJECT
public:
    explicit ClientDirectory(ClientsModel *model, QObject *parent = nullptr);
    ~ClientDirectory() override;

    ClientsModel *model() const { return m_model; }
    void setStore(LocalStore *store);
    LocalStore *store() const;
    // Reads the stored directory in a worker thread, with its own connection to the
    // store's file, and moves it into the model in one reset: the window is usable
    // while 100,000 clients load. Shown as a task when tasks is given. Clients
    // recorded meanwhile are kept. Emits loaded() when done.
    void load(TaskRegistry *tasks = nullptr);
    bool isLoading() const { return m_loading; }
    // Empties the model and the groups (sign-out: no client stays on screen); the
    // stored directory is kept for load() at the next sign-in. A load() running is
    // dropped.
    void clear();
    // Records what every call of service brings back.
    void watch(ClientsService *service);
    // Records the emails of each month's nologin_clients that stats answers.
    void watch(StatsService *stats);
    // Takes the enterprise's groups each time they are loaded: names in the model,
    // the list for forms and imports.
    void watch(EnterpriseService *enterprise);

    void setGroups(const QList<Group> &groups);
    const QList<Group> &groups() const { return m_groups; }

    void recordClient(const Client &client);
    // Clients known only by their email (stats, conversations), all in one model update.
    void recordEmails(const QStringList &emails);
    void recordDeactivated(const QString &idOrEmail, const QDateTime &leavingDate);

    bool contains(const QString &email) const;

Q_SIGNALS:
    void clientRecorded(const QString &email);
    void loaded(int count);
    // setGroups() or clear(): names to show, a column to fit.
    void groupsChanged();

private:
    void persist(const DirectoryEntry &entry);

    ClientsModel *m_model;
    QPointer<LocalStore> m_store; // not owned
    QList<Group> m_groups;
    bool m_loading = false;
    int m_generation = 0;        // bumped by clear()
    int m_loadingGeneration = 0; // of the load() in flight
    bool m_loadAgain = false;
    QPointer<TaskRegistry> m_loadAgainTasks;
};
