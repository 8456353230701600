#include "activityfilterproxy.h"

#include "activitylog.h"

ActivityFilterProxy::ActivityFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(ActivityLog::SortRole);
}

void ActivityFilterProxy::setText(const QString &text) {
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateRowsFilter();
}

void ActivityFilterProxy::setFailuresOnly(bool on) {
    if (on == m_failuresOnly)
        return;
    m_failuresOnly = on;
    invalidateRowsFilter();
}

bool ActivityFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    const QModelIndex first = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto record = first.data(ActivityLog::RecordRole).value<CallRecord>();
    if (m_failuresOnly && !record.failed())
        return false;
    if (m_text.isEmpty())
        return true;
    for (int c = ActivityLog::MethodColumn; c < ActivityLog::ColumnCount; ++c) {
        const QString cell = sourceModel()->index(sourceRow, c, sourceParent).data().toString();
        if (cell.contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}
