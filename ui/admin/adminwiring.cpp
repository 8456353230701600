#include "adminwiring.h"

#include "adminpage.h"
#include "connectiontestdialog.h"
#include "connectiontestpanel.h"
#include "shell/mainwindow.h"

#include "admin/boxesservice.h"
#include "admin/clientlocationlinks.h"
#include "admin/connectiontest.h"
#include "admin/ownwebhooks.h"
#include "admin/webhooklistmodel.h"
#include "admin/webhooksservice.h"
#include "enterprise/enterpriseservice.h"
#include "net/activitylog.h"
#include "net/apiclient.h"
#include "net/apijob.h"
#include "storage/localstore.h"

AdminWiring::AdminWiring(ApiClient *api, MainWindow *window, const QString &localDatabase,
                         OwnWebhooks *own)
    : QObject(window)
    , m_api(api)
    , m_log(new ActivityLog(this))
    , m_own(own ? own : new OwnWebhooks(this))
    , m_webhooks(new WebhooksService(api, this))
    , m_boxes(new BoxesService(api, this))
    , m_enterprise(new EnterpriseService(api, this))
    , m_store(new LocalStore(this))
    , m_links(new ClientLocationLinks(this)) {
    m_log->watch(api);
    // Its own connection to the application's file: the links are written here, the
    // client directory (fed by the Clients section) is read for completion. A file it
    // cannot open leaves the links in memory only.
    m_store->open(localDatabase);
    m_links->setStore(m_store);
    m_messageHooks = new WebhookListModel(OwnWebhooks::Kind::Message, m_webhooks, m_own, this);
    m_boxHooks = new WebhookListModel(OwnWebhooks::Kind::Box, m_webhooks, m_own, this);
    m_test = new ConnectionTest(api, m_enterprise, this);

    AdminPage::Parts parts;
    parts.messageWebhooks = m_messageHooks;
    parts.boxWebhooks = m_boxHooks;
    parts.boxes = m_boxes;
    parts.links = m_links;
    parts.directory = m_store;
    parts.connectionTest = m_test;
    parts.activityLog = m_log;
    m_page = new AdminPage(parts);
    window->setPage(MainWindow::Section::Admin, m_page);

    connect(window, &MainWindow::refreshRequested, this, [this](MainWindow::Section s) {
        if (s == MainWindow::Section::Admin)
            m_page->refresh();
    });
    connect(window, &MainWindow::connectionTestRequested, this, &AdminWiring::showConnectionTest);
    connect(api, &ApiClient::tokenChanged, this, [this](bool hasToken) {
        if (hasToken)
            onSignedIn();
    });
}

void AdminWiring::onSignedIn() {
    // The links are kept per server and enterprise; a silent re-authentication to the
    // same server changes neither.
    if (m_api->baseUrl() == m_accountServer)
        return;
    const QUrl server = m_api->baseUrl();
    m_enterprise->current()
        ->onResult(this,
                   [this, server](qint64 id) {
                       m_accountServer = server;
                       m_links->setAccount(ClientLocationLinks::accountFor(server, id));
                   })
        ->onFailure(this, [](const ApiError &) {
            // The list stays as it was; the next sign-in asks again.
        });
    if (m_page->isBuilt())
        m_page->refresh();
}

ConnectionTestDialog *AdminWiring::showConnectionTest(QWidget *parent) {
    if (m_dialog && m_dialog->parentWidget() != parent)
        m_dialog->close();
    if (!m_dialog) {
        m_dialog = new ConnectionTestDialog(m_test, parent);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    m_dialog->panel()->run();
    return m_dialog;
}
