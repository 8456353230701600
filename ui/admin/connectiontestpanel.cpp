#include "connectiontestpanel.h"

#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace {
const char *const kResultNames[] = {"resultGetEcho", "resultPostEcho", "resultEnterprise",
                                    "resultGroups"};
}

ConnectionTestPanel::ConnectionTestPanel(ConnectionTest *test, QWidget *parent)
    : QWidget(parent)
    , m_test(test)
    , m_tick(new QTimer(this)) {
    setObjectName(QStringLiteral("connectionTestPanel"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_server = new QLabel(this);
    m_server->setObjectName(QStringLiteral("testServer"));
    m_server->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Server:"), m_server);
    m_text = new QLineEdit(QStringLiteral("jobbers"), this);
    m_text->setObjectName(QStringLiteral("testText"));
    m_text->setAccessibleName(tr("Text the echoes send"));
    auto *textRow = new QHBoxLayout;
    m_run = new QPushButton(tr("&Run the test"), this);
    m_run->setObjectName(QStringLiteral("testRun"));
    m_run->setAccessibleName(tr("Run the connection test"));
    textRow->addWidget(m_text, 1);
    textRow->addWidget(m_run);
    auto *textLabel = new QLabel(tr("Te&xt to echo:"), this);
    textLabel->setBuddy(m_text);
    form->addRow(textLabel, textRow);
    for (int i = 0; i < ConnectionTest::CheckCount; ++i) {
        auto *result = new QLabel(tr("not run"), this);
        result->setObjectName(QLatin1String(kResultNames[i]));
        result->setWordWrap(true);
        result->setTextInteractionFlags(Qt::TextSelectableByMouse);
        const QString title = ConnectionTest::checkTitle(ConnectionTest::Check(i));
        result->setAccessibleName(title);
        form->addRow(tr("%1:").arg(title), result);
        m_results[i] = result;
    }
    m_token = new QLabel(this);
    m_token->setObjectName(QStringLiteral("testToken"));
    m_token->setWordWrap(true);
    m_token->setAccessibleName(tr("Token validity"));
    form->addRow(tr("Token:"), m_token);
    layout->addLayout(form);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("testStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    layout->addStretch(1);

    connect(m_run, &QPushButton::clicked, this, &ConnectionTestPanel::run);
    connect(m_text, &QLineEdit::returnPressed, this, &ConnectionTestPanel::run);
    connect(test, &ConnectionTest::checkFinished, this, &ConnectionTestPanel::showResult);
    connect(test, &ConnectionTest::started, this, [this] {
        m_run->setEnabled(false);
        m_status->setText(tr("Testing…"));
        for (QLabel *r : m_results)
            r->setText(tr("waiting…"));
    });
    connect(test, &ConnectionTest::finished, this, [this](bool ok) {
        m_run->setEnabled(true);
        m_status->setText(ok ? tr("Every check passed.") : tr("Some checks failed; see above."));
        updateToken();
    });
    connect(m_tick, &QTimer::timeout, this, &ConnectionTestPanel::updateToken);
    m_tick->start(1000);
    updateToken();
}

void ConnectionTestPanel::run() {
    m_server->setText(m_test->server().toDisplayString());
    const QString text =
        m_text->text().trimmed().isEmpty() ? QStringLiteral("jobbers") : m_text->text().trimmed();
    m_test->run(text);
}

QString ConnectionTestPanel::resultText(ConnectionTest::Check check) const {
    return m_results.at(int(check))->text();
}

QString ConnectionTestPanel::tokenText() const {
    return m_token->text();
}

void ConnectionTestPanel::showResult(ConnectionTest::Check check) {
    const ConnectionTest::Result r = m_test->result(check);
    QString text;
    if (r.ok) {
        const bool timed =
            check == ConnectionTest::Check::GetEcho || check == ConnectionTest::Check::PostEcho;
        text = timed ? tr("OK in %1 ms: %2").arg(QLocale().toString(r.roundTripMs), r.answer)
                     : tr("%1 (%2 ms)").arg(r.answer, QLocale().toString(r.roundTripMs));
    } else {
        text = tr("Failed after %1 ms: %2").arg(QLocale().toString(r.roundTripMs), r.error);
    }
    m_results.at(int(check))->setText(text);
    m_results.at(int(check))->setStyleSheet(r.ok ? QString() : QStringLiteral("color: #b00020;"));
    updateToken();
}

void ConnectionTestPanel::updateToken() {
    if (m_server->text().isEmpty())
        m_server->setText(m_test->server().toDisplayString());
    const QDateTime expiry = m_test->tokenExpiry();
    if (!expiry.isValid()) {
        m_token->setText(tr("No token, or its lifetime is unknown."));
        return;
    }
    const QString left = ConnectionTest::remainingText(expiry, QDateTime::currentDateTime());
    m_token->setText(tr("valid for %1, until %2; each call pushes this forward")
                         .arg(left, QLocale().toString(expiry.time(), QLocale::LongFormat)));
}
