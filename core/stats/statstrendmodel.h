#pragma once

#include "stats/monthstats.h"
#include "stats/yearmonth.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

#include <optional>

// Month over month, for the enterprise or one group (setScope): a row per month of
// the range, oldest first, and for each month its figures, their change against the
// month before, and where they come from (MonthState: waiting, loading, from the
// cache, fresh, failed). A month that arrives updates its row and the next one (whose
// change depends on it) with dataChanged; only a new range resets the model.
// Roles, not colours: StateRole says a month failed, the view shows it.
class StatsTrendModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Month,
        Requests,
        RequestsChange,
        Passes,
        PassesChange,
        NewClients,
        NewClientsChange,
        TotalClients,
        Rating,
        Orders,
        Status,
        ColumnCount
    };
    Q_ENUM(Column)
    enum class MonthState { Waiting, Loading, Cached, Loaded, Failed };
    Q_ENUM(MonthState)
    enum Role {
        StateRole = Qt::UserRole + 1, // MonthState as int
        PeriodRole,                   // YearMonth
        FetchedAtRole,                // QDateTime, invalid when never fetched
        ErrorRole,                    // QString, why the month failed
        TrendRole,                    // on change columns: StatsFigures::Trend as int
    };

    explicit StatsTrendModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // A new range: every month waits. Months already known and in the new range keep
    // their figures (the range is widened or moved, not reloaded).
    void setRange(const QList<YearMonth> &months);
    QList<YearMonth> range() const;
    // fromCache: figures read from disk (state Cached), else fresh from the API.
    void setMonth(const MonthStats &stats, const QDateTime &fetchedAt, bool fromCache);
    void setMonthState(const YearMonth &month, MonthState state, const QString &error = {});
    // The enterprise (nullopt) or a group.
    void setScope(std::optional<qint64> groupId);
    std::optional<qint64> scope() const { return m_scope; }

    int rowOf(const YearMonth &month) const;
    MonthState stateOf(const YearMonth &month) const;
    // The figures of a month, when known.
    const MonthStats *stats(const YearMonth &month) const;
    // Every month with figures, oldest first.
    QList<MonthStats> knownMonths() const;
    // The oldest fetch among the months shown (how old what is shown is, at worst).
    QDateTime oldestFetch() const;
    int count(MonthState state) const;

    static QString stateText(MonthState state);

private:
    struct Row {
        YearMonth period;
        MonthState state = MonthState::Waiting;
        std::optional<MonthStats> stats;
        QDateTime fetchedAt;
        QString error;
    };
    const StatsEntry *entryOf(int row) const;
    QVariant valueOf(int row, int column) const;
    void rowsChanged(int first, int last);

    QList<Row> m_rows;
    std::optional<qint64> m_scope;
};
