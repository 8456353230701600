#include "nologinview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

NoLoginView::NoLoginView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_open(new QPushButton(tr("&Open client"), this))
    , m_copyLink(new QPushButton(tr("Copy sign-&in link"), this))
    , m_message(new QLabel(this)) {
    auto *layout = new QVBoxLayout(this);
    m_summary->setWordWrap(true);
    m_summary->setBuddy(m_list);
    layout->addWidget(m_summary);
    m_list->setAccessibleName(tr("Clients who never signed in"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_list, 1);
    auto *buttons = new QHBoxLayout;
    m_open->setAccessibleName(tr("Open the selected client in the client directory"));
    m_copyLink->setAccessibleName(tr("Copy a one-time sign-in link for the selected client"));
    buttons->addWidget(m_open);
    buttons->addWidget(m_copyLink);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);
    connect(m_list, &QListWidget::currentRowChanged, this, &NoLoginView::updateButtons);
    connect(m_list, &QListWidget::itemActivated, this,
            [this] { Q_EMIT openClientRequested(currentEmail()); });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (!currentEmail().isEmpty())
            Q_EMIT openClientRequested(currentEmail());
    });
    connect(m_copyLink, &QPushButton::clicked, this, [this] {
        if (!currentEmail().isEmpty())
            Q_EMIT copySignInLinkRequested(currentEmail());
    });
    setClients({}, 0);
}

void NoLoginView::setClients(const QStringList &emails, qint64 total) {
    const QString keep = currentEmail();
    m_emails = emails;
    m_list->clear();
    m_list->addItems(emails);
    const QLocale locale;
    m_summary->setText(
        total == 0 ? tr("Clients &who never signed in: none this month.")
                   : tr("Clients &who never signed in to Jobbers: %1").arg(locale.toString(total)));
    setCurrentEmail(keep);
    updateButtons();
}

QString NoLoginView::currentEmail() const {
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->text() : QString();
}

void NoLoginView::setCurrentEmail(const QString &email) {
    const int row = int(m_emails.indexOf(email));
    if (row >= 0)
        m_list->setCurrentRow(row);
}

void NoLoginView::setMessage(const QString &text) {
    m_message->setText(text);
}

QString NoLoginView::message() const {
    return m_message->text();
}

void NoLoginView::updateButtons() {
    const bool any = !currentEmail().isEmpty();
    m_open->setEnabled(any);
    m_copyLink->setEnabled(any);
}
