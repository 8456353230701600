#pragma once

#include "signinflow.h"

#include <QObject>
#include <QPointer>

class ApiClient;
class ConnectionMonitor;
class LoginDialog;
class MainWindow;

// Ties the shell together: signs in (from the dialog, or directly in demo mode),
// puts the session's enterprise and groups on the window, keeps the status bar in
// step with the client, and runs sign-out and the settings dialog. Every dialog is
// shown with open(): nothing here waits in a nested event loop.
class ShellController : public QObject {
    Q_OBJECT
public:
    ShellController(ApiClient *client, MainWindow *window, QObject *parent = nullptr);
    ~ShellController() override;

    // Demo mode and tests: signs in with these credentials, no dialog, nothing stored.
    void signInDirectly(const QUrl &baseUrl, const QString &apiKey, const QString &secret);
    // Normal start: the sign-in dialog, prefilled from the settings.
    void start();
    void showLoginDialog();
    // Asks for confirmation (and whether to forget the stored secret), then signs out.
    void requestSignOut();
    void signOut(bool forgetSecret);
    void showSettings();

    bool isSignedIn() const { return m_signedIn; }
    SessionInfo session() const { return m_session; }
    LoginDialog *loginDialog() const;

Q_SIGNALS:
    void signedIn(const SessionInfo &info);
    void signInFailed(const ApiError &error);
    void signedOut();
    // The user closed the sign-in dialog without signing in.
    void loginCancelled();

private:
    void onSucceeded(const SessionInfo &info);
    void onFailed(const ApiError &error);
    void onSessionExpired(const ApiError &error);

    ApiClient *m_client;
    QPointer<MainWindow> m_window;
    SignInFlow *m_flow;
    ConnectionMonitor *m_monitor;
    QPointer<LoginDialog> m_dialog;
    SessionInfo m_session;
    bool m_signedIn = false;
    bool m_remember = false;
};
