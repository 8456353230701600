#pragma once

#include "common/itemstate.h"

#include "clients/client.h"
#include "clients/clientrowindex.h"
#include "clients/searchkey.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QString>

// One client the directory knows: what the app has seen of it and when.
struct DirectoryEntry {
    Client client;         // only the email when it was met in stats or a conversation
    bool detailed = false; // a full record from the API (get, create, update)
    QDateTime lastSeen;
};

// The client directory as a table: email, name, group, active, subscription end,
// last login, synced. One client changes by a row insert or dataChanged, never a reset; many at
// once (a month of statistics) by one insert and one layout change; only a whole load
// resets. Each row keeps a folded
// (lower-case, accent-free) search key computed once, so that filtering 100,000
// rows per keystroke is a substring test and nothing more.
//
// Sorting is done here, on precomputed keys, rather than in a proxy: a proxy sorting
// 100,000 rows through QVariant comparisons on every keystroke is far too slow.
class ClientsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    // LastLogin is the client's own last_login_date from the API; Synced is when this
    // desk last received the client (or met its email), not a login.
    enum Column { Email, Name, Group, Active, SubscriptionEnd, LastLogin, Synced, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        EmailRole = Qt::UserRole + 1,
        ClientIdRole,
        ActiveRole,
        DetailedRole,
        SearchKeyRole
    };

    explicit ClientsModel(QObject *parent = nullptr);
    ~ClientsModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // A row with its folded keys, computed once (also off the UI thread).
    struct Row {
        DirectoryEntry entry;
        QString emailKey; // folded email: the directory's unique key
        QString searchKey;
        quint64 charMask = 0; // see charMask()
        QString nameKey;
    };
    // Rows ready to show: keyed, without duplicate emails. Built by prepare() on any
    // thread, so that the UI thread only moves them in.
    struct Batch {
        QList<Row> rows;
        ClientRowIndex index;
    };
    static Batch prepare(QList<DirectoryEntry> entries, const QHash<qint64, QString> &groupNames);

    // Removes every row (sign-out), in one reset.
    void clear();
    // Replaces everything (the directory's initial load).
    void setEntries(QList<DirectoryEntry> entries);
    // The same from a prepared batch; rows recorded meanwhile (upsert) are kept, merged
    // as upsert() merges.
    void setBatch(Batch batch);
    // Adds the client or updates its row (matched by email, case-insensitively). A
    // record with only an email never overwrites a detailed one; it refreshes
    // lastSeen. Returns the row, or -1 without an email.
    int upsert(const DirectoryEntry &entry);
    // upsert() for many clients in one pass, whatever their number: the rows updated are
    // announced by dataChanged (one per run of adjacent rows); the new ones are appended
    // in one insert and, when the model is sorted, moved into place by one merge in one
    // layout change (persistent indexes follow). A lone new client is inserted in place.
    // Returns each entry's row once all is done (-1 without an email).
    QList<int> upsertAll(const QList<DirectoryEntry> &entries);
    void setGroupNames(const QHash<qint64, QString> &names);
    void setNow(const QDateTime &now) { m_now = now; } // for tests of colouring

    // Hash lookups, kept in step with the rows (these run on every keystroke). An id
    // held by two rows (an email changed elsewhere) finds one of them.
    int rowOfEmail(const QString &email) const;
    int rowOfClientId(qint64 clientId) const;
    const DirectoryEntry &entryAt(int row) const;
    // The folded key of a row: email, names, id, city, group name.
    const QString &searchKey(int row) const;
    quint64 charMask(int row) const { return m_rows.at(row).charMask; }
    // See SearchKey.
    static quint64 charMask(const QString &text) { return SearchKey::charMask(text); }
    static bool isMaskExact(QChar c) { return SearchKey::isMaskExact(c); }
    QStringList emails() const;

    QHash<qint64, QString> groupNames() const { return m_groupNames; }

    static QString fold(const QString &text) { return SearchKey::fold(text); }

private:
    static void refreshKeys(Row &row, const QHash<qint64, QString> &groupNames);
    static void merge(DirectoryEntry &into, const DirectoryEntry &entry);
    bool lessThan(const Row &a, const Row &b) const;
    int insertPosition(const Row &row) const;
    // Indexes rows [row, end) (end -1: to the last) by email and id.
    void reindexFrom(int row, int end = -1);
    void announceChanged(QList<int> rows);
    void insertOne(Row row);
    void appendAndMerge(QList<Row> rows);
    static QString groupName(const Client &client, const QHash<qint64, QString> &groupNames);
    QDateTime currentTime() const;
    QString groupName(const Client &client) const { return groupName(client, m_groupNames); }

    QList<Row> m_rows;
    ClientRowIndex m_index; // folded email and id → row
    QHash<qint64, QString> m_groupNames;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QDateTime m_now; // invalid: the current time
    mutable QDateTime m_cachedNow;
    mutable QElapsedTimer m_nowTimer;
};
