#include "adminpage.h"

#include "activitylogview.h"
#include "boxtagspanel.h"
#include "clientlocationspanel.h"
#include "connectiontestpanel.h"
#include "webhookspanel.h"

#include <QTabWidget>
#include <QVBoxLayout>

AdminPage::AdminPage(const Parts &parts, QWidget *parent)
    : QWidget(parent)
    , m_parts(parts) {
    setObjectName(QStringLiteral("adminPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("adminTabs"));
    m_tabs->setAccessibleName(tr("Administration"));
    m_tabs->setDocumentMode(true);
    m_messageHooks = new WebhooksPanel(
        m_parts.messageWebhooks,
        tr("Each message webhook receives a POST for every new message of the enterprise's "
           "conversations."),
        m_tabs);
    m_boxHooks = new WebhooksPanel(m_parts.boxWebhooks,
                                   tr("Each box webhook is told of the boxes' events."), m_tabs);
    m_tags = new BoxTagsPanel(m_parts.boxes, m_tabs);
    m_locations = new ClientLocationsPanel(m_parts.boxes, m_parts.links, m_parts.directory, m_tabs);
    m_connection = new ConnectionTestPanel(m_parts.connectionTest, m_tabs);
    m_activity = new ActivityLogView(m_parts.activityLog, m_tabs);
    // No mnemonics on the tabs (they would take letters from every tab's fields);
    // Ctrl+Tab and Ctrl+Shift+Tab go from tab to tab.
    m_tabs->addTab(m_messageHooks, tr("Message webhooks"));
    m_tabs->addTab(m_boxHooks, tr("Box webhooks"));
    m_tabs->addTab(m_tags, tr("Box tags"));
    m_tabs->addTab(m_locations, tr("Client locations"));
    m_tabs->addTab(m_connection, tr("Connection test"));
    m_tabs->addTab(m_activity, tr("Activity log"));
    layout->addWidget(m_tabs);
    refresh();
}

void AdminPage::refresh() {
    m_messageHooks->reload();
    m_boxHooks->reload();
}

void AdminPage::setCurrentTab(Tab tab) {
    m_tabs->setCurrentIndex(int(tab));
}
