#include "shellcontroller.h"

#include "appsettings.h"
#include "connectionmonitor.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "net/apiclient.h"
#include "net/apierror.h"
#include "settingsdialog.h"
#include "statuspanel.h"

#include <QAction>
#include <QCheckBox>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

ShellController::ShellController(ApiClient *client, MainWindow *window, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_window(window)
    , m_flow(new SignInFlow(client, this))
    , m_monitor(new ConnectionMonitor(client, window->statusPanel(), this)) {
    connect(m_flow, &SignInFlow::succeeded, this, &ShellController::onSucceeded);
    connect(m_flow, &SignInFlow::failed, this, &ShellController::onFailed);
    connect(client, &ApiClient::sessionExpired, this, &ShellController::onSessionExpired);
    connect(window, &MainWindow::signOutRequested, this, &ShellController::requestSignOut);
    connect(window, &MainWindow::settingsRequested, this, &ShellController::showSettings);
}

ShellController::~ShellController() = default;

LoginDialog *ShellController::loginDialog() const {
    return m_dialog.data();
}

void ShellController::signInDirectly(const QUrl &baseUrl, const QString &apiKey,
                                     const QString &secret) {
    m_remember = false;
    m_monitor->signingIn();
    m_window->statusBar()->showMessage(tr("Signing in…"));
    m_flow->start(baseUrl, apiKey, secret);
}

void ShellController::start() {
    showLoginDialog();
}

void ShellController::showLoginDialog() {
    if (!m_dialog) {
        m_dialog = new LoginDialog(m_window);
        const AppSettings settings;
        m_dialog->setBaseUrl(settings.baseUrl());
        m_dialog->setApiKey(settings.lastApiKey());
        m_dialog->setRemember(settings.rememberMe());
        connect(m_dialog, &LoginDialog::signInRequested, this,
                [this](const QUrl &url, const QString &key, const QString &secret, bool remember) {
                    m_remember = remember;
                    m_monitor->signingIn();
                    m_flow->start(url, key, secret);
                });
        connect(m_dialog, &LoginDialog::cancelRequested, m_flow, &SignInFlow::abort);
        connect(m_dialog, &QDialog::rejected, this, [this] {
            if (!m_signedIn)
                Q_EMIT loginCancelled();
        });
    }
    m_dialog->open();
}

void ShellController::onSucceeded(const SessionInfo &info) {
    m_session = info;
    m_signedIn = true;
    QStringList names;
    for (const Group &g : info.groups)
        names.append(g.name);
    m_window->setEnterprise(info.enterpriseId, names);
    m_monitor->signedIn();
    m_window->statusBar()->showMessage(tr("Signed in to enterprise %1").arg(info.enterpriseId),
                                       5000);
    if (m_dialog) {
        AppSettings settings;
        settings.setBaseUrl(m_dialog->baseUrl());
        settings.setLastApiKey(m_dialog->apiKey());
        settings.setRememberMe(m_dialog->remember());
        m_dialog->signInSucceeded();
    }
    Q_EMIT signedIn(info);
}

void ShellController::onFailed(const ApiError &error) {
    m_monitor->signedOut();
    if (m_dialog && m_dialog->isVisible())
        m_dialog->showSignInError(error);
    else if (error.kind != ApiError::Kind::Cancelled)
        m_window->statusBar()->showMessage(tr("Signing in failed: %1").arg(error.message));
    Q_EMIT signInFailed(error);
}

void ShellController::onSessionExpired(const ApiError &error) {
    Q_UNUSED(error)
    m_signedIn = false;
    m_window->statusBar()->showMessage(tr("The session has expired: sign in again."));
    showLoginDialog();
}

void ShellController::requestSignOut() {
    auto *box =
        new QMessageBox(QMessageBox::Question, tr("Sign out"),
                        tr("Sign out of the Jobbers One API?"), QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("signOutConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    auto *forget = new QCheckBox(tr("Also forget the secret stored on this computer"), box);
    forget->setObjectName(QStringLiteral("forgetSecret"));
    box->setCheckBox(forget);
    QPushButton *yes = box->addButton(tr("Sign out"), QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, yes, forget](QAbstractButton *b) {
        if (b == yes)
            signOut(forget->isChecked());
    });
    box->open();
}

void ShellController::signOut(bool forgetSecret) {
    Q_UNUSED(forgetSecret) // the keychain is core/auth's; wired when CredentialStore lands
    m_flow->abort();
    m_client->clearSession();
    m_signedIn = false;
    m_session = {};
    m_window->setEnterprise(0, {});
    m_monitor->signedOut();
    Q_EMIT signedOut();
    showLoginDialog();
}

void ShellController::showSettings() {
    auto *dialog = new SettingsDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}
