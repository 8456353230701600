#include "passassigner.h"

#include "clients/client.h"
#include "clients/clientsservice.h"
#include "passes/passassignment.h"
#include "passes/passesservice.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

PassAssigner::PassAssigner(PassesService *passes, ClientsService *clients,
                           const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_passes(passes)
    , m_clients(clients) {
    open(databasePath);
    connect(passes, &PassesService::passAssigned, this, &PassAssigner::onAssigned);
    connect(passes, &PassesService::requestFailed, this, &PassAssigner::onFailed);
    connect(clients, &ClientsService::clientLoaded, this, &PassAssigner::onClientLoaded);
    connect(clients, &ClientsService::requestFailed, this, &PassAssigner::onFailed);
}

PassAssigner::~PassAssigner() {
    if (!m_connection.isEmpty()) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool PassAssigner::open(const QString &path) {
    const QString name = QStringLiteral("passassigner-%1").arg(quintptr(this), 0, 16);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QSqlQuery q(db);
        if (!db.open()
            || !q.exec(QStringLiteral(
                "CREATE TABLE IF NOT EXISTS pass_references (reference TEXT PRIMARY KEY,"
                " email TEXT NOT NULL, stock_id INTEGER NOT NULL, created_at TEXT NOT NULL,"
                " done INTEGER NOT NULL DEFAULT 0, end_subscription TEXT)"))) {
            m_lastError = db.lastError().text();
            db.close();
        } else {
            m_connection = name;
            return true;
        }
    }
    QSqlDatabase::removeDatabase(name);
    return false;
}

QString PassAssigner::newReference() {
    return QStringLiteral("JBO-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString PassAssigner::pendingReference(const QString &email, qint64 stockId) const {
    if (!isOpen())
        return {};
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT reference FROM pass_references WHERE lower(email) = lower(?)"
                             " AND stock_id = ? AND done = 0 ORDER BY created_at LIMIT 1"));
    q.addBindValue(email.trimmed());
    q.addBindValue(stockId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

int PassAssigner::pendingCount() const {
    if (!isOpen())
        return 0;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    return q.exec(QStringLiteral("SELECT count(*) FROM pass_references WHERE done = 0")) && q.next()
               ? q.value(0).toInt()
               : 0;
}

bool PassAssigner::storeReference(const QString &email, qint64 stockId, const QString &reference) {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT INTO pass_references (reference, email, stock_id, created_at)"
                             " VALUES (?, ?, ?, ?)"));
    q.addBindValue(reference);
    q.addBindValue(email.trimmed());
    q.addBindValue(stockId);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

void PassAssigner::markDone(const QString &reference, const QDateTime &end) {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral(
        "UPDATE pass_references SET done = 1, end_subscription = ? WHERE reference = ?"));
    q.addBindValue(end.toString(Qt::ISODate));
    q.addBindValue(reference);
    q.exec();
}

bool PassAssigner::assign(const QString &email, qint64 stockId) {
    if (isBusy() || !isOpen() || !m_passes || !m_clients)
        return false;
    QString reference = pendingReference(email, stockId);
    if (reference.isEmpty()) {
        reference = newReference();
        if (!storeReference(email, stockId, reference))
            return false; // never send a reference that a retry could not find again
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
