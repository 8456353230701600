#include "passassigner.h"

#include "clients/client.h"
#include "clients/clientsservice.h"
#include "passes/passassignment.h"
#include "passes/passesservice.h"

#include "storage/localstore.h"

#include <QUuid>

PassAssigner::PassAssigner(PassesService *passes, ClientsService *clients, LocalStore *store,
                           QObject *parent)
    : QObject(parent)
    , m_passes(passes)
    , m_clients(clients)
    , m_store(store) {
    if (!isOpen())
        m_lastError = store ? store->errorString() : tr("No local data file.");
    connectServices();
}

PassAssigner::PassAssigner(PassesService *passes, ClientsService *clients,
                           const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_passes(passes)
    , m_clients(clients)
    , m_store(new LocalStore(this)) {
    if (!m_store->open(databasePath))
        m_lastError = m_store->errorString();
    connectServices();
}

PassAssigner::~PassAssigner() = default;

void PassAssigner::connectServices() {
    connect(m_passes, &PassesService::passAssigned, this, &PassAssigner::onAssigned);
    connect(m_passes, &PassesService::requestFailed, this, &PassAssigner::onFailed);
    connect(m_clients, &ClientsService::clientLoaded, this, &PassAssigner::onClientLoaded);
    connect(m_clients, &ClientsService::requestFailed, this, &PassAssigner::onFailed);
}

bool PassAssigner::isOpen() const {
    return m_store && m_store->isOpen();
}

QString PassAssigner::newReference() {
    return QStringLiteral("JBO-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString PassAssigner::pendingReference(const QString &email, qint64 stockId) const {
    if (!isOpen())
        return {};
    const auto pending = m_store->pendingAssignment(email.trimmed(), stockId);
    return pending ? pending->paymentReference : QString();
}

int PassAssigner::pendingCount() const {
    return isOpen() ? m_store->pendingAssignmentCount() : 0;
}

void PassAssigner::markDone(const QString &reference, const QDateTime &end) {
    if (isOpen())
        m_store->markAssignmentDone(reference, end.toString(Qt::ISODate));
}

bool PassAssigner::assign(const QString &email, qint64 stockId) {
    if (isBusy() || !isOpen() || !m_passes || !m_clients)
        return false;
    QString reference = pendingReference(email, stockId);
    if (reference.isEmpty()) {
        AssignmentReference stored;
        stored.paymentReference = newReference();
        stored.email = email.trimmed();
        stored.stockId = stockId;
        if (!m_store->createAssignmentReference(stored)) {
            m_lastError = tr("The payment reference could not be saved; nothing was sent.");
            return false; // never send a reference that a retry could not find again
        }
        reference = stored.paymentReference;
    }
    m_email = email.trimmed();
    m_stockId = stockId;
    m_reference = reference;
    Q_EMIT sending(m_email, stockId, reference);
    m_assignRequest = m_passes->assign(m_email, stockId, reference);
    return true;
}

void PassAssigner::onAssigned(quint64 requestId, const PassAssignment &assignment) {
    if (requestId != m_assignRequest)
        return;
    m_assignRequest = 0;
    markDone(m_reference, assignment.endSubscriptionDate);
    Q_EMIT assigned(m_email, m_stockId, assignment.endSubscriptionDate, m_reference, false);
}

void PassAssigner::onClientLoaded(quint64 requestId, const Client &client) {
    if (requestId != m_getRequest)
        return;
    m_getRequest = 0;
    markDone(m_reference, client.endSubscriptionDate);
    Q_EMIT assigned(m_email, m_stockId, client.endSubscriptionDate, m_reference, true);
}

void PassAssigner::onFailed(quint64 requestId, const ApiError &error) {
    if (requestId == m_assignRequest && requestId != 0) {
        m_assignRequest = 0;
        const bool referenceTaken = error.kind == ApiError::Kind::Conflict
                                    && (error.fieldError(QStringLiteral("payment_reference"))
                                        || error.fieldErrors.isEmpty());
        if (referenceTaken) {
            // Our own earlier attempt went through: read the result, do not assign again.
            m_getRequest = m_clients->get(m_email);
            return;
        }
        // No answer, or an answer we cannot trust: it may have been assigned. Keep the
        // reference so the retry is recognised by the server.
        finishFailed(error, true);
    } else if (requestId == m_getRequest && requestId != 0) {
        m_getRequest = 0;
        finishFailed(error, true);
    }
}

void PassAssigner::finishFailed(const ApiError &error, bool stillPending) {
    Q_EMIT failed(m_email, m_stockId, error, stillPending);
}
