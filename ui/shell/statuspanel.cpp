#include "statuspanel.h"

#include "statepalette.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>

namespace {
// Colour alone never carries the state (the text does); the dot is a quick glance.
QString dot(ItemState state, const QPalette &palette) {
    return QStringLiteral("<span style=\"color:%1\">&#9679;</span> ")
        .arg(StatePalette::foreground(state, palette).name());
}
} // namespace

StatusPanel::StatusPanel(QWidget *parent)
    : QWidget(parent)
    , m_connectionLabel(new QLabel(this))
    , m_enterpriseLabel(new QLabel(this))
    , m_tokenLabel(new QLabel(this))
    , m_testButton(new QToolButton(this)) {
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 4, 0);
    layout->setSpacing(16);
    m_connectionLabel->setObjectName(QStringLiteral("connectionStatus"));
    m_enterpriseLabel->setObjectName(QStringLiteral("enterpriseStatus"));
    m_tokenLabel->setObjectName(QStringLiteral("tokenStatus"));
    for (QLabel *label : {m_connectionLabel, m_enterpriseLabel, m_tokenLabel}) {
        label->setTextFormat(Qt::RichText);
        layout->addWidget(label);
    }
    m_connectionLabel->setToolTip(tr("State of the connection to the Jobbers One API"));
    m_enterpriseLabel->setToolTip(tr("The enterprise this session works for"));
    m_tokenLabel->setToolTip(tr("The access token: renewed automatically with the stored "
                                "credentials when it expires"));
    m_testButton->setObjectName(QStringLiteral("statusConnectionTest"));
    m_testButton->setText(tr("Test…"));
    m_testButton->setAutoRaise(true);
    m_testButton->setToolTip(tr("Test the connection: echo, enterprise, groups and token"));
    m_testButton->setAccessibleName(tr("Test the connection"));
    layout->addWidget(m_testButton);
    connect(m_testButton, &QToolButton::clicked, this, &StatusPanel::connectionTestRequested);
    refresh();
}

void StatusPanel::setConnection(Connection state) {
    if (m_connection == state)
        return;
    m_connection = state;
    refresh();
}

void StatusPanel::setReconnecting(int attempt, int delayMs) {
    m_connection = Connection::Reconnecting;
    m_attempt = attempt;
    m_delayMs = delayMs;
    refresh();
}

void StatusPanel::setEnterpriseId(qint64 id) {
    m_enterpriseId = id;
    refresh();
}

void StatusPanel::setToken(Token state) {
    if (m_token == state)
        return;
    m_token = state;
    refresh();
}

QString StatusPanel::connectionText() const {
    switch (m_connection) {
    case Connection::Offline:
        return tr("Offline");
    case Connection::Connecting:
        return tr("Connecting…");
    case Connection::Connected:
        return tr("Connected");
    case Connection::Reconnecting:
        return tr("Reconnecting (attempt %1, next try in %2 s)")
            .arg(m_attempt)
            .arg(QLocale().toString(m_delayMs / 1000.0, 'f', 1));
    }
    return {};
}

QString StatusPanel::tokenText() const {
    switch (m_token) {
    case Token::None:
        return tr("Not signed in");
    case Token::Valid:
        return tr("Token valid");
    case Token::Renewing:
        return tr("Token renewing…");
    case Token::Expired:
        return tr("Session expired");
    }
    return {};
}

void StatusPanel::refresh() {
    ItemState conn = ItemState::Pending;
    if (m_connection == Connection::Connected)
        conn = ItemState::Success;
    else if (m_connection == Connection::Reconnecting || m_connection == Connection::Connecting)
        conn = ItemState::ExpiringSoon;
    else if (m_connection == Connection::Offline)
        conn = ItemState::Error;
    m_connectionLabel->setText(dot(conn, palette()) + connectionText().toHtmlEscaped());
    m_connectionLabel->setAccessibleName(connectionText());

    const QString enterprise =
        m_enterpriseId > 0 ? tr("Enterprise %1").arg(m_enterpriseId) : tr("No enterprise");
    m_enterpriseLabel->setText(enterprise.toHtmlEscaped());
    m_enterpriseLabel->setAccessibleName(enterprise);

    ItemState token = ItemState::Pending;
    if (m_token == Token::Valid)
        token = ItemState::Success;
    else if (m_token == Token::Renewing)
        token = ItemState::ExpiringSoon;
    else if (m_token == Token::Expired)
        token = ItemState::Error;
    m_tokenLabel->setText(dot(token, palette()) + tokenText().toHtmlEscaped());
    m_tokenLabel->setAccessibleName(tokenText());
}
