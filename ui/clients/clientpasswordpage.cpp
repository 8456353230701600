#include "clientpasswordpage.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ClientPasswordPage::ClientPasswordPage(QWidget *parent)
    : QWidget(parent) {
    auto *layout = new QVBoxLayout(this);
    m_createdLabel = new QLabel(this);
    m_createdLabel->setWordWrap(true);
    layout->addWidget(m_createdLabel);
    auto *row = new QHBoxLayout;
    m_password = new QLineEdit(this);
    m_password->setReadOnly(true);
    m_password->setAccessibleName(tr("Generated password"));
    auto *copy = new QPushButton(tr("&Copy"), this);
    copy->setAccessibleName(tr("Copy the password"));
    connect(copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_password->text()); });
    row->addWidget(m_password, 1);
    row->addWidget(copy);
    layout->addLayout(row);
    auto *note = new QLabel(tr("This password is shown only now; it is not kept anywhere."), this);
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addStretch(1);
    setFocusProxy(m_password);
}

QString ClientPasswordPage::password() const {
    return m_password->text();
}

void ClientPasswordPage::showPassword(const QString &email, const QString &password) {
    if (password.isEmpty()) {
        // Read back after a lost answer: the password the server generated never came.
        m_createdLabel->setText(tr("%1 was created, but the server's answer was lost on the "
                                   "way, so the generated password cannot be shown. The "
                                   "client can sign in with a one-time link from the "
                                   "client list.")
                                    .arg(email));
        m_password->hide();
        setFocusProxy(nullptr);
    } else {
        m_createdLabel->setText(
            tr("%1 was created. The API generated this password for the client:").arg(email));
        m_password->setText(password);
    }
}
