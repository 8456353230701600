#pragma once

#include "callrecord.h"

#include <QAbstractTableModel>
#include <QList>
#include <QModelIndexList>

class ApiClient;

// The last few thousand API calls of this session, for the person who reports a
// problem: time, method, path, status, duration, retries and the error's summary
// (CallRecord: never a token, a secret, a header, a query string or a body). A ring
// buffer: past capacity() the oldest call leaves as a new one comes. Rows are in the
// order calls ended; the model gives roles (FailedRole...), never colours.
class ActivityLog : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        MethodColumn,
        PathColumn,
        StatusColumn,
        DurationColumn,
        RetriesColumn,
        ErrorColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        RecordRole = Qt::UserRole + 1, // the CallRecord
        FailedRole,                    // bool
        RetriedRole,                   // bool: it took more than one attempt
        SortRole,                      // the raw value of the column (time, numbers)
    };
    Q_ENUM(Role)

    static constexpr int DefaultCapacity = 5000;

    explicit ActivityLog(QObject *parent = nullptr, int capacity = DefaultCapacity);

    // Records every call api finishes from now on.
    void watch(ApiClient *api);
    void append(const CallRecord &record);
    // The call with this serial, recorded as a success, had an answer its caller could
    // not use: its row says the error, the HTTP status kept.
    void markRefused(quint64 serial, const ApiError &error);
    void clear();

    int capacity() const { return m_capacity; }
    // Every call recorded since the start, those the ring has dropped included.
    qint64 totalRecorded() const { return m_total; }
    const CallRecord &record(int row) const;
    QList<CallRecord> records() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The records a view shows (this model or a proxy of it), in its order: the rows
    // of indexes when given (a selection; any column), else every row.
    static QList<CallRecord> recordsOf(const QAbstractItemModel *model,
                                       const QModelIndexList &indexes = {});
    // Plain text for a support ticket or the clipboard: a title line, a header line,
    // then one aligned line per call.
    static QString toText(const QList<CallRecord> &records);
    static QString timeText(const QDateTime &time);

private:
    QVariant display(const CallRecord &r, int column) const;

    // Row r is m_ring[(m_first + r) % m_capacity]; the ring grows up to capacity, then
    // each new call overwrites the oldest.
    QList<CallRecord> m_ring;
    int m_first = 0;
    int m_count = 0;
    int m_capacity;
    qint64 m_total = 0;
};
