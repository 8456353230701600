#pragma once

#include <QObject>
#include <QPointer>
#include <QUrl>

class ActivityLog;
class AdminPage;
class AppServices;
class BoxesService;
class ClientLocationLinks;
class ConnectionTest;
class ConnectionTestDialog;
class MainWindow;
class OwnWebhooks;
class WebhookListModel;
class WebhooksService;

// The admin room: the Administration section's page (built when first shown), F5 for
// its webhook lists, and the connection test dialog for Tools > Test the connection,
// the status bar and the settings. The activity log starts recording at once, so it
// holds the whole session. One line in main() is all it takes.
class AdminWiring : public QObject {
    Q_OBJECT
public:
    // own: the registry of the application's own webhooks, shared with the rooms that
    // register one (the conversations room); a new one when null.
    AdminWiring(AppServices *services, MainWindow *window, OwnWebhooks *own = nullptr);

    // Built on first use.
    AdminPage *page() const;
    ActivityLog *activityLog() const { return m_log; }
    OwnWebhooks *ownWebhooks() const { return m_own; }
    ClientLocationLinks *links() const { return m_links; }
    ConnectionTest *connectionTest() const { return m_test; }
    // Shows the connection test over parent and runs it (one dialog at a time).
    ConnectionTestDialog *showConnectionTest(QWidget *parent);

private:
    void onSessionStarted(const QUrl &server);

    AppServices *m_services;
    MainWindow *m_window;
    ActivityLog *m_log;
    OwnWebhooks *m_own;
    WebhooksService *m_webhooks;
    BoxesService *m_boxes;
    ClientLocationLinks *m_links;
    WebhookListModel *m_messageHooks;
    WebhookListModel *m_boxHooks;
    ConnectionTest *m_test;
    QPointer<ConnectionTestDialog> m_dialog;
    QUrl m_accountServer;
};
