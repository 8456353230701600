#pragma once

#include "storage/assignmentreference.h"
#include "storage/clientlocationlink.h"
#include "storage/indexedconversation.h"
#include "storage/outboxitem.h"
#include "storage/storedclient.h"
#include "storage/storedstatsmonth.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

// The application's own SQLite file: the client directory, chat drafts, the outbox,
// pass-assignment references and the statistics of past months. Its own connection name, WAL, a
// schema versioned with PRAGMA user_version and upgraded step by step. A file it cannot trust (not
// SQLite, damaged, or written by a newer version) is reported and left byte for byte as it was.
// Queries are single-row or small: cheap enough for the UI thread.
class LocalStore : public QObject {
    Q_OBJECT
public:
    enum class OpenError { None, CannotOpen, Corrupt, NewerVersion, MigrationFailed };
    Q_ENUM(OpenError)

    explicit LocalStore(QObject *parent = nullptr);
    ~LocalStore() override;

    // In QStandardPaths::AppDataLocation.
    static QString defaultPath();
    // The version this build writes.
    static int schemaVersion();

    bool open(const QString &path = {});
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    QString path() const { return m_path; }
    OpenError openError() const { return m_openError; }
    QString errorString() const { return m_errorString; }
    int userVersion() const;

    bool upsertClient(const StoredClient &client);
    // Many at once, in one transaction.
    bool upsertClients(const QList<StoredClient> &clients);
    std::optional<StoredClient> clientByEmail(const QString &email) const;
    // Clients whose email or name contains filter (case-insensitive), by last name.
    QList<StoredClient> allClients(const QString &filter = {}) const;

    bool saveDraft(const QString &conversationId, const QString &text);
    QString draft(const QString &conversationId) const;
    bool removeDraft(const QString &conversationId);

    // Returns the new item's id, or 0.
    qint64 addOutboxItem(const OutboxItem &item);
    // Every field but id, conversation, kind and creation time.
    bool updateOutboxItem(const OutboxItem &item);
    // Oldest first; every conversation when conversationId is empty.
    QList<OutboxItem> outbox(const QString &conversationId = {}) const;
    std::optional<OutboxItem> outboxItem(qint64 id) const;
    bool removeOutboxItem(qint64 id);
    // The server message ids already taken by items of this conversation (Sent ones are
    // kept a while for that: see pruneSentOutbox).
    QStringList claimedMessageIds(const QString &conversationId) const;
    // Forgets Sent items created before; returns how many.
    int pruneSentOutbox(const QDateTime &before);

    // The pending reference for this client and stock, if one was stored and not used up.
    std::optional<AssignmentReference> pendingAssignment(const QString &email,
                                                         qint64 stockId) const;
    bool createAssignmentReference(const AssignmentReference &reference);
    int pendingAssignmentCount() const;
    bool markAssignmentDone(const QString &paymentReference, const QString &endSubscriptionDate);
    bool markAssignmentFailed(const QString &paymentReference);

    // Statistics, one row per (account, month); saving a month again replaces it.
    bool saveStatsMonth(const StoredStatsMonth &month);
    std::optional<StoredStatsMonth> statsMonth(const QString &account, int year, int month) const;
    // The account's months from (firstYear, firstMonth) to (lastYear, lastMonth)
    // inclusive, oldest first.
    QList<StoredStatsMonth> statsMonths(const QString &account, int firstYear, int firstMonth,
                                        int lastYear, int lastMonth) const;
    // Every account's when account is empty.
    bool clearStatsMonths(const QString &account = {});
    // The client–box location links made from this desk, per account (localstorelocations.cpp).
    bool saveClientLocation(const ClientLocationLink &link);
    bool removeClientLocation(const QString &account, qint64 clientId,
                              const QString &boxLocationUid);
    QList<ClientLocationLink> clientLocations(const QString &account) const;
    // The conversation index (localstoreconversations.cpp). Upserting keeps the read
    // counter; a conversation first seen closed counts as read.
    bool upsertConversations(const QList<Conversation> &conversations);
    // Every indexed conversation, with the client's email and name when known.
    QList<IndexedConversation> indexedConversations() const;
    bool setReadCounter(qint64 conversationId, qint64 readCounter);
    bool setClientChecked(qint64 clientId, const QDateTime &checkedAt);
    QHash<qint64, QDateTime> clientChecks() const;

private:
    bool fail(OpenError error, const QString &text);
    bool checkExistingFile(const QString &path);
    bool migrate();
    bool exec(const QString &sql, const QVariantList &binds = {}) const;

    QString m_connectionName;
    QSqlDatabase m_db;
    QString m_path;
    OpenError m_openError = OpenError::None;
    QString m_errorString;
};
