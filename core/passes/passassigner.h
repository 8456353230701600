#pragma once

#include "net/apierror.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

class ClientsService;
class LocalStore;
class PassesService;
class Client;
struct PassAssignment;

// Assigns a pass so that a retry never assigns twice. The payment reference is made
// once per (email, stock) and written to disk BEFORE the call; a retry, even after
// the app was killed, finds the pending reference and sends the same one again. The
// server refuses a reused reference (has_already_been_taken, ApiError::Conflict):
// that means an earlier attempt went through, so the client is re-read for its end
// date instead of assigning again. A lost answer keeps the reference pending.
//
// The references live in LocalStore (pass_assignments), with the rest of the local
// state.
class PassAssigner : public QObject {
    Q_OBJECT
public:
    // store: the app's LocalStore, open; not owned.
    PassAssigner(PassesService *passes, ClientsService *clients, LocalStore *store,
                 QObject *parent = nullptr);
    // Opens a LocalStore of its own on databasePath.
    PassAssigner(PassesService *passes, ClientsService *clients, const QString &databasePath,
                 QObject *parent = nullptr);
    ~PassAssigner() override;

    bool isOpen() const;
    QString lastError() const { return m_lastError; }
    bool isBusy() const { return m_busy; }

    // Starts (or resumes) assigning a pass of stockId to email. False when busy or
    // the reference could not be stored (then nothing is sent). reference: the staff's
    // own payment id, or empty to make one; a pending reference for (email, stockId)
    // always wins, so that a retry sends what the first attempt sent.
    bool assign(const QString &email, qint64 stockId, const QString &reference = {});
    // When a pass of stockId was last assigned to email by this object, or invalid.
    QDateTime lastAssigned(const QString &email, qint64 stockId) const;
    // The reference waiting for an answer for (email, stockId), or empty.
    QString pendingReference(const QString &email, qint64 stockId) const;
    int pendingCount() const;
    // "JBO-" and a UUID.
    static QString newReference();

Q_SIGNALS:
    // The reference is on disk and the call is being sent.
    void sending(const QString &email, qint64 stockId, const QString &reference);
    // alreadyAssigned: an earlier attempt had done it; endSubscription read back.
    void assigned(const QString &email, qint64 stockId, const QDateTime &endSubscription,
                  const QString &reference, bool alreadyAssigned);
    void failed(const QString &email, qint64 stockId, const ApiError &error, bool stillPending);

private:
    void markDone(const QString &reference, const QDateTime &end);
    void onAssigned(const PassAssignment &assignment);
    void onAssignFailed(const ApiError &error);
    void onClientLoaded(const Client &client);
    void finishFailed(const ApiError &error, bool stillPending);

    QPointer<PassesService> m_passes;
    QPointer<ClientsService> m_clients;
    QPointer<LocalStore> m_store;
    QString m_lastError;
    // From assign() until assigned() or failed(): the assignment call, then maybe the
    // read-back of the client.
    bool m_busy = false;
    QString m_email;
    qint64 m_stockId = 0;
    QString m_reference;
    QHash<QString, QDateTime> m_recent; // folded email and stock id → when assigned
};
