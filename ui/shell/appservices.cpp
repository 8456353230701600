#include "appservices.h"

#include "clients/clientdirectory.h"
#include "clients/clientsmodel.h"
#include "clients/clientsservice.h"
#include "enterprise/enterpriseservice.h"
#include "net/apiclient.h"
#include "passes/passesservice.h"
#include "stats/statsservice.h"
#include "storage/localstore.h"

#include <utility>

AppServices::AppServices(ApiClient *api, TaskRegistry *tasks, const QString &localDatabase,
                         QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_tasks(tasks)
    , m_store(new LocalStore(this))
    , m_clients(new ClientsService(api, this))
    , m_passes(new PassesService(api, this))
    , m_stats(new StatsService(api, this))
    , m_enterprise(new EnterpriseService(api, this))
    , m_model(new ClientsModel(this))
    , m_directory(new ClientDirectory(m_model, this)) {
    m_store->open(localDatabase);
    m_directory->setStore(m_store);
    m_directory->watch(m_clients);
    m_directory->watch(m_stats);
    m_directory->watch(m_enterprise);
    m_directory->load(tasks);
    connect(api, &ApiClient::tokenChanged, this, [this](bool hasToken) {
        if (!hasToken) {
            // Signed out (a renewal keeps its token until the new one comes): nothing of
            // the clients stays on screen behind the sign-in dialog.
            m_directory->clear();
            m_ended = true;
            Q_EMIT sessionEnded();
            return;
        }
        if (std::exchange(m_ended, false))
            m_directory->load(m_tasks);
        // Nobody waits on this one: a failure goes to the shell's status bar.
        m_enterprise->groups();
        Q_EMIT sessionStarted(m_api->baseUrl());
    });
}

AppServices::~AppServices() = default;
