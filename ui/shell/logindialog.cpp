#include "logindialog.h"

#include "buddies.h"

#include "statepalette.h"

#include "net/apiclient.h"
#include "net/apierror.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
// A field and the message under it, stacked, so the message sits next to its field.
QWidget *withError(QLineEdit *field, QLabel *error) {
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(error);
    return box;
}
} // namespace

LoginDialog::LoginDialog(QWidget *parent)
    : QDialog(parent)
    , m_url(new QLineEdit(this))
    , m_key(new QLineEdit(this))
    , m_secret(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember me on this computer"), this))
    , m_urlError(errorLabel(QStringLiteral("baseUrlError")))
    , m_keyError(errorLabel(QStringLiteral("apiKeyError")))
    , m_secretError(errorLabel(QStringLiteral("secretError")))
    , m_formError(errorLabel(QStringLiteral("formError")))
    , m_busyBar(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(this)) {
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Sign in to Jobbers One"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/jobbers-backoffice.svg")));

    m_url->setObjectName(QStringLiteral("baseUrl"));
    m_url->setAccessibleName(tr("API address"));
    m_url->setToolTip(tr("Address of the Jobbers One API, https (or a local sandbox)"));
    m_url->setPlaceholderText(QStringLiteral("https://www.jobbers.com"));
    m_key->setObjectName(QStringLiteral("apiKey"));
    m_key->setAccessibleName(tr("API key"));
    m_key->setToolTip(tr("The API key of your enterprise, given by Jobbers"));
    m_secret->setObjectName(QStringLiteral("secret"));
    m_secret->setAccessibleName(tr("Secret"));
    m_secret->setToolTip(tr("The secret that goes with the API key"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_remember->setObjectName(QStringLiteral("remember"));
    m_remember->setToolTip(tr("Keep the secret in the system keychain and sign in without "
                              "asking next time"));
    m_busyBar->setObjectName(QStringLiteral("busy"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumHeight(6);
    m_busyBar->setAccessibleName(tr("Signing in"));
    m_busyBar->hide();

    auto *intro = new QLabel(tr("Sign in with your enterprise's API key and secret."), this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("API &address:"), withError(m_url, m_urlError));
    form->addRow(tr("API &key:"), withError(m_key, m_keyError));
    form->addRow(tr("&Secret:"), withError(m_secret, m_secretError));
    form->addRow(QString(), m_remember);
    // The buddy labels built by addRow carry the mnemonics; the fields get them as names.

    QPushButton *ok = m_buttons->addButton(tr("Sign &in"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("signIn"));
    ok->setDefault(true);
    QPushButton *cancelButton = m_buttons->addButton(QDialogButtonBox::Cancel);
    cancelButton->setObjectName(QStringLiteral("cancel"));
    connect(ok, &QPushButton::clicked, this, &LoginDialog::submit);
    connect(cancelButton, &QPushButton::clicked, this, &LoginDialog::cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_formError);
    layout->addWidget(m_busyBar);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);
    pointBuddiesAtFields(this);
    setBaseUrl(QUrl(QStringLiteral("https://www.jobbers.com")));
}

QLabel *LoginDialog::errorLabel(const QString &name) {
    auto *label = new QLabel(this);
    label->setObjectName(name);
    label->setWordWrap(true);
    StatePalette::markError(label);
    label->hide();
    return label;
}

void LoginDialog::setBaseUrl(const QUrl &url) {
    m_url->setText(url.toString());
}

void LoginDialog::setApiKey(const QString &key) {
    m_key->setText(key);
}

void LoginDialog::setRemember(bool remember) {
    m_remember->setChecked(remember);
}

QUrl LoginDialog::baseUrl() const {
    return QUrl::fromUserInput(m_url->text().trimmed());
}

QString LoginDialog::apiKey() const {
    return m_key->text().trimmed();
}

QString LoginDialog::secret() const {
    return m_secret->text();
}

bool LoginDialog::remember() const {
    return m_remember->isChecked();
}

bool LoginDialog::validate() {
    clearErrors();
    bool ok = true;
    const QString urlText = m_url->text().trimmed();
    QString why;
    const QUrl url(urlText, QUrl::StrictMode);
    if (urlText.isEmpty()) {
        setFieldError(m_urlError, m_url, tr("Enter the address of the API."));
        ok = false;
    } else if (!url.isValid() || url.host().isEmpty()) {
        setFieldError(m_urlError, m_url,
                      tr("This is not a web address, e.g. https://www.jobbers.com."));
        ok = false;
    } else if (!ApiClient::isAcceptableBaseUrl(url, &why)) {
        setFieldError(m_urlError, m_url,
                      tr("Use an https address (plain http is only allowed for a local "
                         "sandbox)."));
        ok = false;
    }
    if (m_key->text().trimmed().isEmpty()) {
        setFieldError(m_keyError, m_key, tr("Enter the API key."));
        ok = false;
    }
    if (m_secret->text().isEmpty()) {
        setFieldError(m_secretError, m_secret, tr("Enter the secret."));
        ok = false;
    }
    // The first field in error takes the focus, so typing fixes it straight away.
    for (QLineEdit *field : {m_url, m_key, m_secret}) {
        if (!field->accessibleDescription().isEmpty()) {
            field->setFocus();
            break;
        }
    }
    return ok;
}

void LoginDialog::submit() {
    if (m_busy || !validate())
        return;
    setBusy(true);
    Q_EMIT signInRequested(QUrl(m_url->text().trimmed()), apiKey(), secret(), remember());
}

void LoginDialog::cancel() {
    if (m_busy) {
        Q_EMIT cancelRequested();
        setBusy(false);
        return;
    }
    reject();
}

void LoginDialog::setBusy(bool busy) {
    m_busy = busy;
    m_busyBar->setVisible(busy);
    for (QWidget *w : {static_cast<QWidget *>(m_url), static_cast<QWidget *>(m_key),
                       static_cast<QWidget *>(m_secret), static_cast<QWidget *>(m_remember)})
        w->setEnabled(!busy);
    if (auto *ok = findChild<QPushButton *>(QStringLiteral("signIn")))
        ok->setEnabled(!busy);
    if (busy)
        clearErrors();
}

void LoginDialog::showSignInError(const ApiError &error) {
    setBusy(false);
    switch (error.kind) {
    case ApiError::Kind::Unauthorized:
    case ApiError::Kind::Forbidden:
        setFieldError(m_secretError, m_secret,
                      tr("Wrong API key or secret. Check both and try again."));
        m_secret->setFocus();
        m_secret->selectAll();
        break;
    case ApiError::Kind::Network:
        if (error.isHostNotFound()) {
            setFieldError(m_urlError, m_url,
                          tr("No server is known by the name %1. Check the address for a "
                             "typing mistake.")
                              .arg(QUrl::fromUserInput(m_url->text().trimmed()).host()));
            m_url->setFocus();
            break;
        }
        [[fallthrough]];
    case ApiError::Kind::Timeout:
        setFieldError(m_urlError, m_url,
                      tr("Cannot reach the server at this address. Check the address and "
                         "your Internet connection."));
        m_url->setFocus();
        break;
    case ApiError::Kind::Cancelled:
    case ApiError::Kind::NotFound: // nothing stored in the keychain: just ask
        break;
    case ApiError::Kind::KeychainLocked:
    case ApiError::Kind::KeychainUnavailable:
        showKeychainError(error.message);
        break;
    case ApiError::Kind::Unavailable:
        setFieldError(m_formError, nullptr,
                      tr("The Jobbers service is temporarily unavailable. Try again in a few "
                         "minutes."));
        break;
    case ApiError::Kind::Validation:
        if (error.fieldError(QStringLiteral("base_url"))) {
            setFieldError(m_urlError, m_url,
                          tr("Use an https address (plain http is only allowed for a local "
                             "sandbox)."));
            break;
        }
        [[fallthrough]];
    default:
        setFieldError(
            m_formError, nullptr,
            tr("Signing in failed: %1")
                .arg(error.message.isEmpty() ? ApiError::kindText(error.kind) : error.message));
        break;
    }
}

void LoginDialog::showKeychainError(const QString &detail) {
    setFieldError(m_formError, nullptr,
                  tr("The system keychain is locked or unavailable, so the stored secret "
                     "cannot be read. Unlock it, or type the secret and sign in without "
                     "\"Remember me\".")
                      + (detail.isEmpty() ? QString() : QStringLiteral("\n") + detail));
}

void LoginDialog::showMessage(const QString &text) {
    setFieldError(m_formError, nullptr, text);
}

void LoginDialog::signInSucceeded() {
    setBusy(false);
    accept();
}

QString LoginDialog::fieldError(const QString &field) const {
    const QLabel *label = field == QLatin1String("baseUrl")  ? m_urlError
                          : field == QLatin1String("apiKey") ? m_keyError
                          : field == QLatin1String("secret") ? m_secretError
                                                             : nullptr;
    return label && !label->isHidden() ? label->text() : QString();
}

QString LoginDialog::formError() const {
    return m_formError->isHidden() ? QString() : m_formError->text();
}

void LoginDialog::setFieldError(QLabel *label, QLineEdit *field, const QString &text) {
    label->setText(text);
    label->setVisible(!text.isEmpty());
    if (field) {
        // Screen readers announce the problem with the field itself.
        field->setAccessibleDescription(text);
    }
    fitMessages();
}

// A word-wrapped message shown after the dialog opened does not make a top-level
// window taller by itself: its last lines were cut off. Grow to the height the
// messages need at the current width (never narrower, never shorter).
void LoginDialog::fitMessages() {
    QLayout *l = layout();
    if (!l)
        return;
    l->activate();
    const int needed =
        l->hasHeightForWidth() ? l->totalHeightForWidth(width()) : l->totalSizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

void LoginDialog::clearErrors() {
    for (QLabel *label : {m_urlError, m_keyError, m_secretError, m_formError}) {
        label->clear();
        label->hide();
    }
    for (QLineEdit *field : {m_url, m_key, m_secret})
        field->setAccessibleDescription(QString());
}

// Opens on the first field still to fill: the secret when the address and key are
// remembered, the address on a first start.
void LoginDialog::showEvent(QShowEvent *event) {
    QDialog::showEvent(event);
    for (QLineEdit *field : {m_url, m_key, m_secret}) {
        if (field->text().trimmed().isEmpty()) {
            field->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}
