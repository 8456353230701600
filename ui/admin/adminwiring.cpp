#include "adminwiring.h"

#include "adminpage.h"
#include "connectiontestdialog.h"
#include "connectiontestpanel.h"
#include "shell/appservices.h"
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

AdminWiring::AdminWiring(AppServices *services, MainWindow *window, OwnWebhooks *own)
    : QObject(window)
    , m_services(services)
    , m_window(window)
    , m_log(new ActivityLog(this))
    , m_own(own ? own : new OwnWebhooks(this))
    , m_webhooks(new WebhooksService(services->api(), this))
    , m_boxes(new BoxesService(services->api(), this))
    , m_links(new ClientLocationLinks(this)) {
    m_log->watch(services->api());
    // The links this desk made live in the application's file (memory only when it
    // cannot be opened); the client directory there gives the completion.
    m_links->setStore(services->store());
    m_messageHooks = new WebhookListModel(OwnWebhooks::Kind::Message, m_webhooks, m_own, this);
    m_boxHooks = new WebhookListModel(OwnWebhooks::Kind::Box, m_webhooks, m_own, this);
    m_test = new ConnectionTest(services->api(), services->enterprise(), this);

    window->setPageFactory(MainWindow::Section::Admin, [this] {
        AdminPage::Parts parts;
        parts.messageWebhooks = m_messageHooks;
        parts.boxWebhooks = m_boxHooks;
        parts.boxes = m_boxes;
        parts.links = m_links;
        parts.directory = m_services->store();
        parts.connectionTest = m_test;
        parts.activityLog = m_log;
        return new AdminPage(parts);
    });
    window->setSectionActions(MainWindow::Section::Admin, MainWindow::SectionAction::Refresh);
    connect(window, &MainWindow::refreshRequested, this, [this](MainWindow::Section s) {
        if (s == MainWindow::Section::Admin)
            page()->refresh();
    });
    connect(window, &MainWindow::connectionTestRequested, this, &AdminWiring::showConnectionTest);
    connect(services, &AppServices::sessionStarted, this, &AdminWiring::onSessionStarted);
}

AdminPage *AdminWiring::page() const {
    return qobject_cast<AdminPage *>(m_window->ensurePage(MainWindow::Section::Admin));
}

void AdminWiring::onSessionStarted(const QUrl &server) {
    // The links are kept per server and enterprise; a silent renewal on the same server
    // changes neither.
    if (server == m_accountServer)
        return;
    m_services->enterprise()
        ->current()
        ->onResult(this,
                   [this, server](qint64 id) {
                       m_accountServer = server;
                       m_links->setAccount(ClientLocationLinks::accountFor(server, id));
                   })
        ->onFailure(this, [](const ApiError &) {
            // The list stays as it was; the next session asks again.
        });
    if (m_window->isPageBuilt(MainWindow::Section::Admin))
        page()->refresh();
}

ConnectionTestDialog *AdminWiring::showConnectionTest(QWidget *parent) {
    if (m_dialog && m_dialog->parentWidget() != parent) {
        m_dialog->close(); // deleted later: a new one goes over the new parent
        m_dialog = nullptr;
    }
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
