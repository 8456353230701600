#pragma once

#include <QObject>
#include <QPointer>

class ApiClient;
class QNetworkReply;
class StatusPanel;

// Turns what the ApiClient lives through into the status bar's connection and token
// states. It watches the client's one QNetworkAccessManager, so every request of
// every service counts without any of them knowing about the status bar.
class ConnectionMonitor : public QObject {
    Q_OBJECT
public:
    ConnectionMonitor(ApiClient *client, StatusPanel *panel, QObject *parent = nullptr);

    // Sign-in starts / ends: the states the client cannot tell by itself.
    void signingIn();
    void signedIn();
    void signedOut();

private:
    void onReplyFinished(QNetworkReply *reply);

    QPointer<ApiClient> m_client;
    QPointer<StatusPanel> m_panel;
};
