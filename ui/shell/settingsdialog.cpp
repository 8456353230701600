#include "settingsdialog.h"

#include "buddies.h"

#include "statepalette.h"

#include "appsettings.h"
#include "net/apiclient.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_baseUrl(new QLineEdit(this))
    , m_baseUrlError(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_languageNote(new QLabel(this))
    , m_pollSeconds(new QSpinBox(this))
    , m_sendKey(new QComboBox(this)) {
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    m_baseUrl->setObjectName(QStringLiteral("baseUrl"));
    m_baseUrl->setAccessibleName(tr("API address"));
    m_baseUrl->setToolTip(tr("Used at the next sign-in"));
    m_baseUrlError->setObjectName(QStringLiteral("baseUrlError"));
    StatePalette::markError(m_baseUrlError);
    m_baseUrlError->setWordWrap(true);
    m_baseUrlError->hide();

    m_language->setObjectName(QStringLiteral("language"));
    m_language->setAccessibleName(tr("Language"));
    // Language names in their own language: whoever cannot read the current one can
    // still find theirs.
    m_language->addItem(tr("System default"), QString());
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_languageNote->setText(tr("The new language applies when the application restarts."));
    m_languageNote->setWordWrap(true);
    m_languageNote->setEnabled(false);
    m_languageNote->hide();
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        m_languageNote->setVisible(m_language->currentData().toString() != m_loadedLanguage);
    });

    m_pollSeconds->setObjectName(QStringLiteral("pollInterval"));
    m_pollSeconds->setAccessibleName(tr("Polling interval for conversations"));
    m_pollSeconds->setRange(AppSettings::MinPollSeconds, AppSettings::MaxPollSeconds);
    m_pollSeconds->setSuffix(tr(" s"));
    m_pollSeconds->setToolTip(tr("How often open conversations are checked for new messages"));

    m_sendKey->setObjectName(QStringLiteral("sendKey"));
    m_sendKey->setAccessibleName(tr("Key that sends a message"));
    m_sendKey->addItem(tr("Enter (Shift+Enter for a new line)"), int(AppSettings::SendKey::Enter));
    m_sendKey->addItem(tr("Ctrl+Enter (Enter for a new line)"),
                       int(AppSettings::SendKey::CtrlEnter));

    // Containers, not layouts: a form label needs a widget for a buddy, or it shows its
    // '&' as it is (pointBuddiesAtFields then points it at the field inside).
    auto *urlWidget = new QWidget(this);
    auto *urlBox = new QVBoxLayout(urlWidget);
    urlBox->setContentsMargins(0, 0, 0, 0);
    urlBox->setSpacing(2);
    urlBox->addWidget(m_baseUrl);
    urlBox->addWidget(m_baseUrlError);
    auto *langWidget = new QWidget(this);
    auto *langBox = new QVBoxLayout(langWidget);
    langBox->setContentsMargins(0, 0, 0, 0);
    langBox->setSpacing(2);
    langBox->addWidget(m_language);
    langBox->addWidget(m_languageNote);

    auto *form = new QFormLayout;
    form->addRow(tr("API &address:"), urlWidget);
    form->addRow(tr("&Language:"), langWidget);
    form->addRow(tr("&Check conversations every:"), m_pollSeconds);
    form->addRow(tr("Send &messages with:"), m_sendKey);
    auto *test = new QPushButton(tr("&Test the connection…"), this);
    test->setObjectName(QStringLiteral("connectionTest"));
    test->setAccessibleName(tr("Test the connection to the configured server"));
    test->setAutoDefault(false);
    connect(test, &QPushButton::clicked, this, [this] { Q_EMIT connectionTestRequested(this); });
    form->addRow(QString(), test);

    auto *buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (apply())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] {
                m_baseUrl->setText(AppSettings::defaultBaseUrl().toString());
                m_language->setCurrentIndex(0);
                m_pollSeconds->setValue(AppSettings::DefaultPollSeconds);
                m_sendKey->setCurrentIndex(0);
            });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(480);
    pointBuddiesAtFields(this);
    load();
}

void SettingsDialog::load() {
    const AppSettings settings;
    m_baseUrl->setText(settings.baseUrl().toString());
    m_loadedLanguage = settings.language();
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_loadedLanguage)));
    m_pollSeconds->setValue(settings.pollIntervalSeconds());
    m_sendKey->setCurrentIndex(settings.sendKey() == AppSettings::SendKey::CtrlEnter ? 1 : 0);
}

bool SettingsDialog::apply() {
    const QUrl url(m_baseUrl->text().trimmed(), QUrl::StrictMode);
    QString why;
    if (!url.isValid() || url.host().isEmpty() || !ApiClient::isAcceptableBaseUrl(url, &why)) {
        m_baseUrlError->setText(tr("Use an https address (plain http is only allowed for a "
                                   "local sandbox)."));
        m_baseUrlError->show();
        m_baseUrl->setFocus();
        return false;
    }
    m_baseUrlError->hide();
    AppSettings settings;
    settings.setBaseUrl(url);
    settings.setLanguage(m_language->currentData().toString());
    settings.setPollIntervalSeconds(m_pollSeconds->value());
    settings.setSendKey(AppSettings::SendKey(m_sendKey->currentData().toInt()));
    Q_EMIT settingsChanged();
    return true;
}
