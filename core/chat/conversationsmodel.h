#pragma once

#include "storage/indexedconversation.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>

// The inbox: every conversation of the conversation index, one row each, with this
// desk's unread count and when the conversation's client was last checked. Changes
// arrive as row inserts and dataChanged, never a reset for one conversation; only a
// whole load resets. Filtering and sorting are ConversationFilterProxy's.
class ConversationsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Subject, ClientColumn, Status, LastUpdated, Messages, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        ConversationIdRole = Qt::UserRole + 1,
        ClientIdRole,
        ConversationRole, // the whole Conversation
        StatusRole,       // int(Conversation::Status)
        OpenRole,
        UnreadRole, // messages since this desk last opened it (qint64)
        LastUpdatedRole,
        ClientCheckedRole, // when this conversation's client was last listed
        RatingRole,
        SearchKeyRole, // folded subject and client, for the filter
    };
    Q_ENUM(Role)

    explicit ConversationsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Replaces everything (the index's load from LocalStore).
    void setEntries(const QList<IndexedConversation> &entries,
                    const QHash<qint64, QDateTime> &clientChecks = {});
    // Adds or updates each conversation (matched by id); read counters are kept. A
    // conversation first seen closed counts as read, as in LocalStore. Returns the
    // ids whose message counter went up.
    QList<qint64> upsert(const QList<Conversation> &conversations);
    void setReadCounter(qint64 conversationId, qint64 readCounter);
    void setClientChecked(qint64 clientId, const QDateTime &when);
    // What the client directory knows of a client, for the Client column and search.
    void setClientInfo(qint64 clientId, const QString &email, const QString &name);

    int rowOfId(qint64 conversationId) const { return m_rowById.value(conversationId, -1); }
    const IndexedConversation &entryAt(int row) const { return m_rows.at(row).entry; }
    std::optional<IndexedConversation> entry(qint64 conversationId) const;
    // Conversations of one client.
    QList<Conversation> conversationsOf(qint64 clientId) const;
    QDateTime clientChecked(qint64 clientId) const { return m_checks.value(clientId); }
    const QHash<qint64, QDateTime> &clientChecks() const { return m_checks; }
    qint64 totalUnread() const;

    static QString statusText(Conversation::Status status);
    static QString clientText(const IndexedConversation &entry);

private:
    struct Row {
        IndexedConversation entry;
        QString searchKey;
    };
    static QString searchKeyOf(const IndexedConversation &entry);
    void emitRowChanged(int row);

    QList<Row> m_rows;
    QHash<qint64, int> m_rowById;
    QMultiHash<qint64, int> m_rowsByClient; // rows are only ever appended
    QHash<qint64, QDateTime> m_checks;
};
