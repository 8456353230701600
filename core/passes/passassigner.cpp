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
}

PassAssigner::PassAssigner(PassesService *passes, ClientsService *clients,
                           const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_passes(passes)
    , m_clients(clients)
    , m_store(new LocalStore(this)) {
    if (!m_store->open(databasePath))
        m_lastError = m_store->errorString();
}

PassAssigner::~PassAssigner() = default;

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

static QString recentKey(const QString &email, qint64 stockId) {
    return email.trimmed().toLower() + QLatin1Char('\n') + QString::number(stockId);
}

QDateTime PassAssigner::lastAssigned(const QString &email, qint64 stockId) const {
    return m_recent.value(recentKey(email, stockId));
}

bool PassAssigner::assign(const QString &email, qint64 stockId, const QString &typed) {
    if (isBusy() || !isOpen() || !m_passes || !m_clients)
        return false;
    QString reference = pendingReference(email, stockId);
    if (reference.isEmpty()) {
        AssignmentReference stored;
        stored.paymentReference = typed.trimmed().isEmpty() ? newReference() : typed.trimmed();
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
    m_busy = true;
    Q_EMIT sending(m_email, stockId, reference);
    // This object is the context: if it goes (the app closes), the answer reaches
    // nobody here and the reference stays pending for the next start.
    m_passes->assign(m_email, stockId, reference)
        ->then(
            this, [this](const PassAssignment &done) { onAssigned(done); },
            [this](const ApiError &error) { onAssignFailed(error); });
    return true;
}

void PassAssigner::onAssigned(const PassAssignment &assignment) {
    m_busy = false;
    markDone(m_reference, assignment.endSubscriptionDate);
    m_recent.insert(recentKey(m_email, m_stockId), QDateTime::currentDateTime());
    Q_EMIT assigned(m_email, m_stockId, assignment.endSubscriptionDate, m_reference, false);
}

void PassAssigner::onAssignFailed(const ApiError &error) {
    const bool referenceTaken =
        error.kind == ApiError::Kind::Conflict
        && (error.fieldError(QStringLiteral("payment_reference")) || error.fieldErrors.isEmpty());
    if (referenceTaken && m_clients) {
        // Our own earlier attempt went through: read the result, do not assign again.
        m_clients->get(m_email)->then(
            this, [this](const Client &client) { onClientLoaded(client); },
            [this](const ApiError &readError) { finishFailed(readError, true); });
        return;
    }
    // No answer, or an answer we cannot trust: it may have been assigned. Keep the
    // reference so the retry is recognised by the server.
    finishFailed(error, true);
}

void PassAssigner::onClientLoaded(const Client &client) {
    m_busy = false;
    markDone(m_reference, client.endSubscriptionDate);
    m_recent.insert(recentKey(m_email, m_stockId), QDateTime::currentDateTime());
    Q_EMIT assigned(m_email, m_stockId, client.endSubscriptionDate, m_reference, true);
}

void PassAssigner::finishFailed(const ApiError &error, bool stillPending) {
    m_busy = false;
    Q_EMIT failed(m_email, m_stockId, error, stillPending);
}
