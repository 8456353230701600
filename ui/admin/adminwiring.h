#pragma once

#include <QObject>
#include <QPointer>
#include <QUrl>

class ActivityLog;
class AdminPage;
class ApiClient;
class BoxesService;
class ClientLocationLinks;
class ConnectionTest;
class ConnectionTestDialog;
class EnterpriseService;
class LocalStore;
class MainWindow;
class OwnWebhooks;
class WebhookListModel;
class WebhooksService;

// Builds the Administration section and plugs it into the shell: the Admin page (its
// tabs built when first shown), F5 for its webhook lists, and the connection test
// dialog for Tools > Test the connection, the status bar and the settings. The
// activity log starts recording at once, so it holds the whole session. One line in
// main() is all it takes.
class AdminWiring : public QObject {
    Q_OBJECT
public:
    // localDatabase: the LocalStore file (the desk's client-location links; the client
    // directory for completion). own: the registry of the application's own webhooks,
    // shared with the rooms that register one (a new one when null).
    AdminWiring(ApiClient *api, MainWindow *window, const QString &localDatabase,
                OwnWebhooks *own = nullptr);

    AdminPage *page() const { return m_page; }
    ActivityLog *activityLog() const { return m_log; }
    OwnWebhooks *ownWebhooks() const { return m_own; }
    ClientLocationLinks *links() const { return m_links; }
    ConnectionTest *connectionTest() const { return m_test; }
    // Shows the connection test over parent and runs it (one dialog at a time).
    ConnectionTestDialog *showConnectionTest(QWidget *parent);

private:
    void onSignedIn();

    ApiClient *m_api;
    ActivityLog *m_log;
    OwnWebhooks *m_own;
    WebhooksService *m_webhooks;
    BoxesService *m_boxes;
    EnterpriseService *m_enterprise;
    LocalStore *m_store;
    ClientLocationLinks *m_links;
    WebhookListModel *m_messageHooks;
    WebhookListModel *m_boxHooks;
    ConnectionTest *m_test;
    AdminPage *m_page;
    QPointer<ConnectionTestDialog> m_dialog;
    QUrl m_accountServer;
};
