#include "signedoutpage.h"

#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

SignedOutPage::SignedOutPage(QWidget *parent)
    : QWidget(parent)
    , m_signIn(new QPushButton(tr("&Sign in…"), this)) {
    setObjectName(QStringLiteral("signedOutPage"));
    auto *image = new QLabel(this);
    image->setPixmap(QIcon(QStringLiteral(":/icons/jobbers-backoffice.svg")).pixmap(64, 64));
    image->setAlignment(Qt::AlignCenter);
    auto *heading = new QLabel(tr("Signed out"), this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    heading->setFont(font);
    heading->setAlignment(Qt::AlignCenter);
    auto *note = new QLabel(tr("Sign in with the enterprise's API key to see its clients, "
                               "passes and conversations."),
                            this);
    note->setAlignment(Qt::AlignCenter);
    note->setWordWrap(true);
    m_signIn->setObjectName(QStringLiteral("signInAgain"));
    m_signIn->setAccessibleName(tr("Sign in to the Jobbers One API"));
    connect(m_signIn, &QPushButton::clicked, this, &SignedOutPage::signInRequested);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(image);
    layout->addWidget(heading);
    layout->addWidget(note);
    layout->addWidget(m_signIn, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    setAccessibleName(tr("Signed out"));
}
