#include "connectionmonitor.h"

#include "net/apiclient.h"
#include "statuspanel.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

ConnectionMonitor::ConnectionMonitor(ApiClient *client, StatusPanel *panel, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_panel(panel) {
    connect(client, &ApiClient::retryScheduled, this, [this](int attempt, int delayMs) {
        if (m_panel)
            m_panel->setReconnecting(attempt, delayMs);
    });
    connect(client, &ApiClient::tokenChanged, this, [this](bool hasToken) {
        if (!m_panel)
            return;
        if (hasToken)
            m_panel->setToken(StatusPanel::Token::Valid);
        else if (m_panel->token() != StatusPanel::Token::Expired)
            m_panel->setToken(StatusPanel::Token::None);
    });
    connect(client, &ApiClient::reauthenticating, this, [this] {
        if (m_panel && m_panel->token() == StatusPanel::Token::Valid)
            m_panel->setToken(StatusPanel::Token::Renewing);
    });
    connect(client, &ApiClient::sessionExpired, this, [this] {
        if (m_panel)
            m_panel->setToken(StatusPanel::Token::Expired);
    });
    connect(client->networkAccessManager(), &QNetworkAccessManager::finished, this,
            &ConnectionMonitor::onReplyFinished);
}

void ConnectionMonitor::signingIn() {
    if (!m_panel)
        return;
    m_panel->setConnection(StatusPanel::Connection::Connecting);
}

void ConnectionMonitor::signedIn() {
    if (!m_panel)
        return;
    m_panel->setConnection(StatusPanel::Connection::Connected);
    m_panel->setToken(StatusPanel::Token::Valid);
}

void ConnectionMonitor::signedOut() {
    if (!m_panel)
        return;
    m_panel->setConnection(StatusPanel::Connection::Offline);
    m_panel->setToken(StatusPanel::Token::None);
    m_panel->setEnterpriseId(0);
}

void ConnectionMonitor::onReplyFinished(QNetworkReply *reply) {
    if (!m_panel)
        return;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid()) {
        // No HTTP answer at all. A retry, if any, is announced by retryScheduled next.
        if (reply->error() != QNetworkReply::OperationCanceledError)
            m_panel->setConnection(StatusPanel::Connection::Offline);
        return;
    }
    const int code = status.toInt();
    if (code == 502 || code == 503) {
        // The host answers but the service behind it does not: not "connected".
        if (m_panel->connection() != StatusPanel::Connection::Reconnecting)
            m_panel->setConnection(StatusPanel::Connection::Offline);
        return;
    }
    m_panel->setConnection(StatusPanel::Connection::Connected);
}
