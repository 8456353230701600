#pragma once

#include <QWidget>

class ActivityLog;
class ActivityLogView;
class BoxesService;
class BoxTagsPanel;
class ClientLocationLinks;
class ClientLocationsPanel;
class ConnectionTest;
class ConnectionTestPanel;
class LocalStore;
class QTabWidget;
class WebhookListModel;
class WebhooksPanel;

// The Administration section: message webhooks, box webhooks, box tags, client
// locations, the connection test and the activity log, one tab each. AdminWiring
// registers it as the section's page factory: built when the section is first shown.
class AdminPage : public QWidget {
    Q_OBJECT
public:
    // What the tabs show; owned by AdminWiring.
    struct Parts {
        WebhookListModel *messageWebhooks = nullptr;
        WebhookListModel *boxWebhooks = nullptr;
        BoxesService *boxes = nullptr;
        ClientLocationLinks *links = nullptr;
        LocalStore *directory = nullptr; // for client completion; may be null
        ConnectionTest *connectionTest = nullptr;
        ActivityLog *activityLog = nullptr;
    };
    enum class Tab { MessageWebhooks, BoxWebhooks, BoxTags, ClientLocations, Connection, Activity };
    Q_ENUM(Tab)

    explicit AdminPage(const Parts &parts, QWidget *parent = nullptr);

    // F5, and each new session: the webhook lists again.
    void refresh();
    void setCurrentTab(Tab tab);

    WebhooksPanel *messageWebhooksPanel() const { return m_messageHooks; }
    WebhooksPanel *boxWebhooksPanel() const { return m_boxHooks; }
    BoxTagsPanel *boxTagsPanel() const { return m_tags; }
    ClientLocationsPanel *clientLocationsPanel() const { return m_locations; }
    ConnectionTestPanel *connectionTestPanel() const { return m_connection; }
    ActivityLogView *activityLogView() const { return m_activity; }
    QTabWidget *tabs() const { return m_tabs; }

private:
    Parts m_parts;
    QTabWidget *m_tabs = nullptr;
    WebhooksPanel *m_messageHooks = nullptr;
    WebhooksPanel *m_boxHooks = nullptr;
    BoxTagsPanel *m_tags = nullptr;
    ClientLocationsPanel *m_locations = nullptr;
    ConnectionTestPanel *m_connection = nullptr;
    ActivityLogView *m_activity = nullptr;
};
