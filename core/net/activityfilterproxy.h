#pragma once

#include <QSortFilterProxyModel>
#include <QString>

// The activity log as its view shows it: only the calls whose method, path, status or
// error contains the filter text (case-insensitive), optionally only the failed ones;
// sorted on ActivityLog::SortRole (times and numbers as values, not text).
class ActivityFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit ActivityFilterProxy(QObject *parent = nullptr);

    QString text() const { return m_text; }
    void setText(const QString &text);
    bool failuresOnly() const { return m_failuresOnly; }
    void setFailuresOnly(bool on);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    bool m_failuresOnly = false;
};
