#pragma once

#include "stats/monthstats.h"
#include "stats/statsfigures.h"

#include <QAbstractTableModel>
#include <QHash>

#include <optional>

// One month, the enterprise and its groups side by side: a row per scope (the
// enterprise first), a column per figure. DisplayRole is text in the default locale,
// EditRole the number (for sorting and for copying into a spreadsheet). Changes
// against the previous month come as roles (ChangeRole, TrendRole) and in the
// tooltip; the view decides how they look.
// A refresh of the same month with the same scopes updates cells (dataChanged), so
// that a selection survives it; another month or other groups reset the model.
class StatsTrendModel;

class StatsGroupsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Scope,
        Requests,
        Passes,
        NewClients,
        TotalClients,
        Rating,
        Orders,
        NeverSignedIn,
        Women,
        Men,
        GenderUnknown,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        GroupIdRole = Qt::UserRole + 1, // qint64, 0 for the enterprise
        IsEnterpriseRole,
        ChangeRole, // double, the change against the previous month; null without one
        TrendRole,  // StatsFigures::Trend as int
    };

    explicit StatsGroupsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // previous: the month before, when known (for the changes).
    void setMonth(const MonthStats &month, const std::optional<MonthStats> &previous = {});
    void clear();
    // Follows source: its last month, with the month before it for the changes (the
    // month view's loader fills source). Null stops following.
    void setSource(const StatsTrendModel *source);
    void setGroupNames(const QHash<qint64, QString> &names);
    QString scopeName(const StatsEntry &entry) const;

    const MonthStats &month() const { return m_month; }
    // The number behind a cell (EditRole); null for the scope column.
    static QVariant value(const StatsEntry &entry, int column);

private:
    void takeFromSource();
    QVariant displayText(const StatsEntry &entry, int column) const;
    const StatsEntry *previousOf(const StatsEntry &entry) const;

    MonthStats m_month;
    std::optional<MonthStats> m_previous;
    QHash<qint64, QString> m_groupNames;
    QMetaObject::Connection m_sourceChanged;
    QMetaObject::Connection m_sourceReset;
    const StatsTrendModel *m_source = nullptr;
};
