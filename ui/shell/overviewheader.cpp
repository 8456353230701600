#include "overviewheader.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

OverviewHeader::OverviewHeader(QWidget *parent)
    : QWidget(parent)
    , m_enterpriseLabel(new QLabel(this))
    , m_groupsLabel(new QLabel(this))
    , m_demoBadge(new QLabel(this)) {
    setObjectName(QStringLiteral("overviewHeader"));
    setAccessibleName(tr("Overview"));
    m_enterpriseLabel->setObjectName(QStringLiteral("enterpriseLabel"));
    m_groupsLabel->setObjectName(QStringLiteral("groupsLabel"));
    m_demoBadge->setObjectName(QStringLiteral("demoBadge"));

    QFont big = m_enterpriseLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_enterpriseLabel->setFont(big);
    m_groupsLabel->setWordWrap(true);
    m_groupsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_demoBadge->setText(tr("Demo"));
    m_demoBadge->setToolTip(tr("Connected to the embedded sandbox: sample data, nothing real "
                               "is changed"));
    m_demoBadge->setStyleSheet(QStringLiteral(
        "QLabel { background: #e67e22; color: white; border-radius: 4px; padding: 2px 8px; "
        "font-weight: bold; }"));
    m_demoBadge->hide();

    auto *text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(m_enterpriseLabel);
    text->addWidget(m_groupsLabel);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addLayout(text, 1);
    layout->addWidget(m_demoBadge, 0, Qt::AlignTop);
    setEnterprise(0, {});
}

void OverviewHeader::setEnterprise(qint64 id, const QStringList &groups) {
    m_enterpriseId = id;
    m_groups = groups;
    m_enterpriseLabel->setText(enterpriseText());
    m_groupsLabel->setText(groupsText());
    m_enterpriseLabel->setAccessibleName(enterpriseText());
    m_groupsLabel->setAccessibleName(groupsText());
}

void OverviewHeader::setDemo(bool demo) {
    m_demoBadge->setVisible(demo);
}

QString OverviewHeader::enterpriseText() const {
    return m_enterpriseId > 0 ? tr("Enterprise %1").arg(m_enterpriseId) : tr("Not signed in");
}

QString OverviewHeader::groupsText() const {
    if (m_enterpriseId <= 0)
        return tr("Sign in to see the enterprise and its groups.");
    if (m_groups.isEmpty())
        return tr("No groups");
    return tr("Groups: %1").arg(m_groups.join(QStringLiteral(" · ")));
}
