#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;

// The strip above the pages: which enterprise the session works for and its groups,
// so that staff serving several enterprises always see whose data they touch.
class OverviewHeader : public QWidget {
    Q_OBJECT
public:
    explicit OverviewHeader(QWidget *parent = nullptr);

    // id 0 and no groups: not signed in.
    void setEnterprise(qint64 id, const QStringList &groups);
    void setDemo(bool demo);

    qint64 enterpriseId() const { return m_enterpriseId; }
    QStringList groups() const { return m_groups; }
    QString enterpriseText() const;
    QString groupsText() const;

private:
    qint64 m_enterpriseId = 0;
    QStringList m_groups;
    QLabel *m_enterpriseLabel;
    QLabel *m_groupsLabel;
    QLabel *m_demoBadge;
};
