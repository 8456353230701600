#pragma once

#include <QDateTime>
#include <QObject>
#include <QStringList>

class Client;
class ClientsModel;
class ClientsService;
class LocalStore;

// The app's own list of every client it has seen, since the API cannot list them:
// created, fetched, updated or deactivated through ClientsService, listed in a
// month's stats (nologin_clients), or met in a conversation. It feeds the
// ClientsModel one client at a time and, when a LocalStore is set, keeps the list
// across restarts.
class ClientDirectory : public QObject {
    Q_OBJECT
public:
    explicit ClientDirectory(ClientsModel *model, QObject *parent = nullptr);

    ClientsModel *model() const { return m_model; }
    void setStore(LocalStore *store);
    // Reads the stored directory into the model (one reset: this is the initial load).
    void load();
    // Records what every call of service brings back.
    void watch(ClientsService *service);

    void recordClient(const Client &client);
    // Clients known only by their email (stats, conversations).
    void recordEmails(const QStringList &emails);
    void recordDeactivated(const QString &idOrEmail, const QDateTime &leavingDate);

    bool contains(const QString &email) const;

Q_SIGNALS:
    void clientRecorded(const QString &email);

private:
    ClientsModel *m_model;
    LocalStore *m_store = nullptr; // not owned
};
