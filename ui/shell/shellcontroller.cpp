#include "shellcontroller.h"

#include "appsettings.h"
#include "auth/authservice.h"
#include "connectionmonitor.h"
#include "failurenotice.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "net/apiclient.h"
#include "net/apierror.h"
#include "settingsdialog.h"

#include <QCheckBox>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

ShellController::ShellController(AuthService *auth, MainWindow *window, QObject *parent)
    : QObject(parent)
    , m_auth(auth)
    , m_window(window)
    , m_monitor(new ConnectionMonitor(auth->apiClient(), window->statusPanel(), this)) {
    connect(auth, &AuthService::signedIn, this, &ShellController::onSignedIn);
    connect(auth, &AuthService::signInFailed, this, &ShellController::onFailed);
    connect(auth, &AuthService::signedOut, this, &ShellController::onSignedOut);
    connect(auth, &AuthService::rememberFailed, this, [this](const ApiError &error) {
        m_window->statusBar()->showMessage(
            tr("Signed in, but the secret could not be remembered: %1").arg(error.message));
    });
    // A call failed and whoever asked was gone or did not look: the status bar says so.
    connect(auth->apiClient(), &ApiClient::unhandledFailure, window->failureNotice(),
            &FailureNotice::report);
    // Before AuthService reports signedOut for it, so the dialog can say why. From
    // AuthService, not ApiClient: AuthService hears ApiClient first and signs out at once.
    connect(auth, &AuthService::sessionExpired, this, [this] { m_expired = true; });
    connect(window, &MainWindow::signOutRequested, this, &ShellController::requestSignOut);
    connect(window, &MainWindow::signInRequested, this, &ShellController::showLoginDialog);
    connect(window, &MainWindow::settingsRequested, this, &ShellController::showSettings);
}

ShellController::~ShellController() = default;

LoginDialog *ShellController::loginDialog() const {
    return m_dialog.data();
}

bool ShellController::isDemo() const {
    return m_window && m_window->isDemo();
}

bool ShellController::isSignedIn() const {
    return m_auth->state() == AuthService::State::SignedIn;
}

void ShellController::signInDirectly(const QUrl &baseUrl, const QString &apiKey,
                                     const QString &secret) {
    m_fromKeychain = false;
    m_directUrl = baseUrl;
    m_directKey = apiKey;
    m_window->setSignedOut(true);
    m_monitor->signingIn();
    m_window->statusBar()->showMessage(tr("Signing in…"));
    m_auth->signIn(baseUrl, apiKey, secret, false);
}

void ShellController::start() {
    // Whatever the local directory holds stays hidden until someone has signed in.
    m_window->setSignedOut(true);
    const AppSettings settings;
    if (!settings.rememberMe()) {
        showLoginDialog();
        return;
    }
    m_fromKeychain = true;
    m_monitor->signingIn();
    m_window->statusBar()->showMessage(tr("Signing in with the stored credentials…"));
    m_auth->signInFromKeychain(settings.baseUrl());
}

void ShellController::showLoginDialog() {
    if (!m_dialog) {
        m_dialog = new LoginDialog(m_window);
        if (isDemo()) {
            // The embedded sandbox's address lives as long as this run: offered here,
            // never read from nor written to the user's settings or keychain.
            m_dialog->setBaseUrl(m_directUrl);
            m_dialog->setApiKey(m_directKey);
            m_dialog->setRemember(false);
        } else {
            const AppSettings settings;
            m_dialog->setBaseUrl(settings.baseUrl());
            m_dialog->setApiKey(settings.lastApiKey());
            m_dialog->setRemember(settings.rememberMe());
        }
        connect(m_dialog, &LoginDialog::signInRequested, this,
                [this](const QUrl &url, const QString &key, const QString &secret, bool remember) {
                    m_fromKeychain = false;
                    m_monitor->signingIn();
                    m_auth->signIn(url, key, secret, remember && !isDemo());
                });
        // AuthService abandons a sign-in by signing out; the dialog stays for another try.
        connect(m_dialog, &LoginDialog::cancelRequested, this, [this] {
            m_auth->signOut(false);
            m_monitor->signedOut();
        });
        // Closed without signing in: the window stays signed out, with its Sign in page
        // and File > Sign in as the way back.
        connect(m_dialog, &QDialog::rejected, this, [this] {
            if (!isSignedIn()) {
                m_window->setSignedOut(true);
                m_window->statusBar()->showMessage(tr("Signed out. Sign in from the window or "
                                                      "the File menu."));
                Q_EMIT loginCancelled();
            }
        });
    }
    m_dialog->open();
}

void ShellController::onSignedIn(const Session &session) {
    m_expired = false;
    QStringList names;
    for (const Group &g : session.groups)
        names.append(g.name);
    m_window->setEnterprise(session.enterpriseId, names);
    m_window->setSignedOut(false);
    m_monitor->signedIn();
    m_window->statusBar()->showMessage(tr("Signed in to enterprise %1").arg(session.enterpriseId),
                                       5000);
    if (m_dialog && m_dialog->isVisible()) {
        if (!isDemo()) {
            AppSettings settings;
            settings.setBaseUrl(session.baseUrl);
            settings.setLastApiKey(session.apiKey);
            settings.setRememberMe(m_dialog->remember());
        }
        m_dialog->signInSucceeded();
    }
    Q_EMIT signedIn(session);
}

void ShellController::onFailed(const ApiError &error) {
    m_monitor->signedOut();
    m_window->statusBar()->clearMessage();
    const bool fromKeychain = std::exchange(m_fromKeychain, false);
    if (fromKeychain || (m_dialog && m_dialog->isVisible())) {
        showLoginDialog();
        // Nothing stored is not a problem worth a message: the dialog is the answer.
        if (!(fromKeychain && error.kind == ApiError::Kind::NotFound))
            m_dialog->showSignInError(error);
    } else if (error.kind != ApiError::Kind::Cancelled) {
        m_window->statusBar()->showMessage(tr("Signing in failed: %1").arg(error.message));
    }
    Q_EMIT signInFailed(error);
}

void ShellController::onSignedOut() {
    m_window->setEnterprise(0, {});
    m_window->setSignedOut(true);
    m_monitor->signedOut();
    if (std::exchange(m_expired, false)) {
        m_window->statusBar()->showMessage(tr("The session has expired: sign in again."));
        showLoginDialog();
        m_dialog->showMessage(tr("The session has expired and could not be renewed. Sign in "
                                 "again."));
    }
    Q_EMIT signedOut();
}

void ShellController::requestSignOut() {
    if (!isSignedIn()) {
        showLoginDialog();
        return;
    }
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
    if (forgetSecret)
        AppSettings().setRememberMe(false);
    m_auth->signOut(forgetSecret);
    showLoginDialog();
}

void ShellController::showSettings() {
    auto *dialog = new SettingsDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::connectionTestRequested, m_window,
            &MainWindow::connectionTestRequested);
    connect(dialog, &SettingsDialog::settingsChanged, m_window, &MainWindow::settingsChanged);
    dialog->open();
}
