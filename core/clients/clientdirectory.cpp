#include "clientdirectory.h"

#include "clients/client.h"
#include "clients/clientsmodel.h"
#include "clients/clientsservice.h"

ClientDirectory::ClientDirectory(ClientsModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model) {}

void ClientDirectory::setStore(LocalStore *store) {
    m_store = store;
}

void ClientDirectory::load() {
    // Filled in once LocalStore lands (storage is another engineer's area).
}

void ClientDirectory::watch(ClientsService *service) {
    connect(service, &ClientsService::clientLoaded, this,
            [this](quint64, const Client &c) { recordClient(c); });
    connect(service, &ClientsService::clientCreated, this,
            [this](quint64, const Client &c, const QString &) { recordClient(c); });
    connect(service, &ClientsService::clientUpdated, this,
            [this](quint64, const Client &c) { recordClient(c); });
    connect(service, &ClientsService::clientDeactivated, this,
            [this](quint64, const QString &idOrEmail, const QDateTime &leavingDate) {
                recordDeactivated(idOrEmail, leavingDate);
            });
}

void ClientDirectory::recordClient(const Client &client) {
    DirectoryEntry e;
    e.client = client;
    e.detailed = true;
    e.lastSeen = QDateTime::currentDateTime();
    m_model->upsert(e);
    Q_EMIT clientRecorded(client.email);
}

void ClientDirectory::recordEmails(const QStringList &emails) {
    const QDateTime now = QDateTime::currentDateTime();
    for (const QString &email : emails) {
        DirectoryEntry e;
        e.client.email = email.trimmed();
        e.lastSeen = now;
        if (m_model->upsert(e) >= 0)
            Q_EMIT clientRecorded(e.client.email);
    }
}

void ClientDirectory::recordDeactivated(const QString &idOrEmail, const QDateTime &) {
    bool isId = false;
    const qint64 id = idOrEmail.toLongLong(&isId);
    const int row = isId ? m_model->rowOfClientId(id) : m_model->rowOfEmail(idOrEmail);
    if (row < 0)
        return;
    DirectoryEntry e = m_model->entryAt(row);
    e.client.active = false;
    e.lastSeen = QDateTime::currentDateTime();
    m_model->upsert(e);
    Q_EMIT clientRecorded(e.client.email);
}

bool ClientDirectory::contains(const QString &email) const {
    return m_model->rowOfEmail(email) >= 0;
}
