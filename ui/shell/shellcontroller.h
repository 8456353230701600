#pragma once

#include "auth/session.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class ApiError;
class AuthService;
class ConnectionMonitor;
class LoginDialog;
class MainWindow;

// Ties the shell to AuthService: signs in (from the keychain on start, from the
// dialog, or directly in demo mode), puts the session's enterprise and groups on the
// window, keeps the status bar in step with the client (failures that no caller
// handled included: FailureNotice), and runs sign-out and the settings dialog. Every dialog is
// shown with open(): nothing here waits in a nested event loop.
class ShellController : public QObject {
    Q_OBJECT
public:
    ShellController(AuthService *auth, MainWindow *window, QObject *parent = nullptr);
    ~ShellController() override;

    // Demo mode and tests: signs in with these credentials, no dialog, nothing stored.
    void signInDirectly(const QUrl &baseUrl, const QString &apiKey, const QString &secret);
    // Normal start: from the keychain without asking when "remember me" was ticked,
    // else (or if that fails) the sign-in dialog.
    void start();
    void showLoginDialog();
    // Asks for confirmation (and whether to forget the stored secret), then signs out.
    void requestSignOut();
    void signOut(bool forgetSecret);
    void showSettings();

    bool isSignedIn() const;
    LoginDialog *loginDialog() const;

Q_SIGNALS:
    void signedIn(const Session &session);
    void signInFailed(const ApiError &error);
    void signedOut();
    // The user closed the sign-in dialog without signing in (the window shows its
    // signed-out page, with a way back).
    void loginCancelled();

private:
    void onSignedIn(const Session &session);
    void onFailed(const ApiError &error);
    void onSignedOut();

    AuthService *m_auth;
    QPointer<MainWindow> m_window;
    ConnectionMonitor *m_monitor;
    QPointer<LoginDialog> m_dialog;
    bool isDemo() const;

    bool m_fromKeychain = false;
    QUrl m_directUrl; // signInDirectly's, offered again by the dialog in demo mode
    QString m_directKey;
    bool m_expired = false;
};
