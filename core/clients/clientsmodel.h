#pragma once

#include "clients/client.h"

#include <QAbstractTableModel>
#include <QDateTime>
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
// last seen. Changes arrive one client at a time (row insert or dataChanged, never
// a reset for one row); only a whole load resets. Each row keeps a folded
// (lower-case, accent-free) search key computed once, so that filtering 100,000
// rows per keystroke is a substring test and nothing more.
//
// Sorting is done here, on precomputed keys, rather than in a proxy: a proxy sorting
// 100,000 rows through QVariant comparisons on every keystroke is far too slow.
class ClientsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Email, Name, Group, Active, SubscriptionEnd, LastSeen, ColumnCount };
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

    // Replaces everything (the directory's initial load).
    void setEntries(QList<DirectoryEntry> entries);
    // Adds the client or updates its row (matched by email, case-insensitively). A
    // record with only an email never overwrites a detailed one; it refreshes
    // lastSeen. Returns the row.
    int upsert(const DirectoryEntry &entry);
    void setGroupNames(const QHash<qint64, QString> &names);
    void setNow(const QDateTime &now) { m_now = now; } // for tests of colouring

    int rowOfEmail(const QString &email) const;
    int rowOfClientId(qint64 clientId) const;
    const DirectoryEntry &entryAt(int row) const;
    // The folded key of a row: email, names, id, city, group name.
    const QString &searchKey(int row) const;
    QStringList emails() const;

    // Lower case without accents ("Zoé" → "zoe"), so that what staff type without
    // accents still finds accented names.
    static QString fold(const QString &text);

private:
    struct Row {
        DirectoryEntry entry;
        QString searchKey;
        QString nameKey;
    };
    void refreshKeys(Row &row) const;
    bool lessThan(const Row &a, const Row &b) const;
    int insertPosition(const Row &row) const;
    void reindexFrom(int row);
    QString groupName(const Client &client) const;

    QList<Row> m_rows;
    QHash<QString, int> m_rowByEmail; // folded email → row
    QHash<qint64, QString> m_groupNames;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QDateTime m_now; // invalid: the current time
};
