#include "clientdirectory.h"

#include "clients/client.h"
#include "clients/clientsmodel.h"
#include "clients/clientsservice.h"
#include "clients/directoryrecord.h"
#include "enterprise/enterpriseservice.h"
#include "stats/statsservice.h"
#include "storage/localstore.h"
#include "tasks/taskregistry.h"

#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace {
Q_LOGGING_CATEGORY(lcDirectory, "jobbers.clients.directory", QtInfoMsg)

// In the worker: its own LocalStore (its own connection, since a QSqlDatabase belongs
// to the thread that opened it), then every key computed there too, so that the UI
// thread only swaps the rows in.
ClientsModel::Batch readDirectory(const QString &path, const QHash<qint64, QString> &groupNames) {
    QList<DirectoryEntry> entries;
    {
        LocalStore store;
        if (!store.open(path)) {
            qCWarning(lcDirectory).noquote() << "directory not loaded:" << store.errorString();
            return {};
        }
        const QList<StoredClient> stored = store.allClients();
        entries.reserve(stored.size());
        for (const StoredClient &s : stored)
            entries.append(DirectoryRecord::fromStored(s));
    }
    return ClientsModel::prepare(std::move(entries), groupNames);
}
} // namespace

ClientDirectory::ClientDirectory(ClientsModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model) {}

ClientDirectory::~ClientDirectory() = default;

void ClientDirectory::setStore(LocalStore *store) {
    m_store = store;
}

LocalStore *ClientDirectory::store() const {
    return m_store;
}

void ClientDirectory::load(TaskRegistry *tasks) {
    if (m_loading) {
        // A clear() came during the read: that batch is dropped, this one follows it.
        m_loadAgain = m_generation != m_loadingGeneration;
        m_loadAgainTasks = tasks;
        return;
    }
    if (!m_store || !m_store->isOpen())
        return;
    m_loading = true;
    m_loadingGeneration = m_generation;
    QPointer<TaskRegistry> registry(tasks);
    const TaskRegistry::TaskId task = tasks ? tasks->add(tr("Loading the client directory")) : 0;
    auto *watcher = new QFutureWatcher<ClientsModel::Batch>(this);
    connect(watcher, &QFutureWatcher<ClientsModel::Batch>::finished, this,
            [this, watcher, registry, task] {
                ClientsModel::Batch batch = watcher->result();
                watcher->deleteLater();
                m_loading = false;
                if (registry && task)
                    registry->finish(task);
                if (m_loadingGeneration != m_generation) {
                    // Signed out meanwhile: these clients are not shown.
                    if (std::exchange(m_loadAgain, false))
                        load(m_loadAgainTasks);
                    return;
                }
                const int count = int(batch.rows.size());
                m_model->setBatch(std::move(batch));
                Q_EMIT loaded(count);
            });
    watcher->setFuture(QtConcurrent::run(readDirectory, m_store->path(), m_model->groupNames()));
}

void ClientDirectory::clear() {
    ++m_generation;
    m_loadAgain = false;
    m_groups.clear();
    m_model->clear();
    Q_EMIT groupsChanged();
}

void ClientDirectory::watch(ClientsService *service) {
    connect(service, &ClientsService::clientLoaded, this, &ClientDirectory::recordClient);
    connect(service, &ClientsService::clientCreated, this, &ClientDirectory::recordClient);
    connect(service, &ClientsService::clientUpdated, this, &ClientDirectory::recordClient);
    connect(service, &ClientsService::clientDeactivated, this, &ClientDirectory::recordDeactivated);
}

void ClientDirectory::watch(StatsService *stats) {
    connect(stats, &StatsService::statsLoaded, this, [this](const MonthStats &month) {
        QStringList emails;
        for (const StatsEntry &e : month.entries)
            emails += e.nologinEmails;
        recordEmails(emails);
    });
}

void ClientDirectory::watch(EnterpriseService *enterprise) {
    connect(enterprise, &EnterpriseService::groupsLoaded, this, &ClientDirectory::setGroups);
}

void ClientDirectory::setGroups(const QList<Group> &groups) {
    m_groups = groups;
    QHash<qint64, QString> names;
    for (const Group &g : groups)
        names.insert(g.groupId, g.name);
    m_model->setGroupNames(names);
    Q_EMIT groupsChanged();
}

void ClientDirectory::persist(const DirectoryEntry &entry) {
    if (m_store && m_store->isOpen())
        m_store->upsertClient(DirectoryRecord::toStored(entry));
}

void ClientDirectory::recordClient(const Client &client) {
    DirectoryEntry e;
    e.client = client;
    e.detailed = true;
    e.lastSeen = QDateTime::currentDateTime();
    const int row = m_model->upsert(e);
    if (row < 0)
        return;
    persist(m_model->entryAt(row));
    Q_EMIT clientRecorded(client.email);
}

void ClientDirectory::recordEmails(const QStringList &emails) {
    const QDateTime now = QDateTime::currentDateTime();
    QList<DirectoryEntry> entries;
    entries.reserve(emails.size());
    for (const QString &email : emails) {
        DirectoryEntry e;
        e.client.email = email.trimmed();
        e.lastSeen = now;
        entries.append(std::move(e));
    }
    // One pass over the model for all of them (a month of statistics brings hundreds).
    const QList<int> rows = m_model->upsertAll(entries);
    QList<StoredClient> stored;
    QStringList recorded;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows.at(i) < 0)
            continue;
        // What the model kept: a detailed record stays detailed in the store too.
        stored.append(DirectoryRecord::toStored(m_model->entryAt(rows.at(i))));
        recorded.append(entries.at(i).client.email);
    }
    if (m_store && m_store->isOpen() && !stored.isEmpty())
        m_store->upsertClients(stored);
    for (const QString &email : std::as_const(recorded))
        Q_EMIT clientRecorded(email);
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
    persist(m_model->entryAt(row));
    Q_EMIT clientRecorded(e.client.email);
}

bool ClientDirectory::contains(const QString &email) const {
    return m_model->rowOfEmail(email) >= 0;
}
