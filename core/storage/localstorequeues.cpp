// LocalStore's outbox and pass-assignment references: the two tables that protect sends
// against duplicates and loss (split from localstore.cpp to keep files short).
#include "localstore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {
QString dateText(const QDateTime &dt) {
    return dt.isValid() ? dt.toUTC().toString(Qt::ISODateWithMs) : QString();
}

const char *const kOutboxStates[] = {"pending", "sending", "sent", "failed"};
const char *const kAssignmentStates[] = {"pending", "done", "failed"};

template<typename Enum, size_t N>
Enum fromText(const QString &text, const char *const (&names)[N]) {
    for (size_t i = 0; i < N; ++i) {
        if (text == QLatin1String(names[i]))
            return Enum(i);
    }
    return Enum(0);
}

OutboxItem outboxFrom(const QSqlQuery &q) {
    OutboxItem item;
    item.id = q.value(0).toLongLong();
    item.conversationId = q.value(1).toString();
    item.kind = q.value(2).toString() == QLatin1String("attachment") ? OutboxItem::Kind::Attachment
                                                                     : OutboxItem::Kind::Text;
    item.payload = q.value(3).toByteArray();
    item.filePath = q.value(4).toString();
    item.state = fromText<OutboxItem::State>(q.value(5).toString(), kOutboxStates);
    item.attempts = q.value(6).toInt();
    item.createdAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
    item.error = q.value(8).toString();
    return item;
}

QString kindText(OutboxItem::Kind kind) {
    return kind == OutboxItem::Kind::Text ? QStringLiteral("text") : QStringLiteral("attachment");
}
} // namespace

qint64 LocalStore::addOutboxItem(const OutboxItem &item) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO outbox (conversation_id, kind, payload, file_path, state,"
                             " attempts, created_at, error) VALUES (?,?,?,?,?,?,?,?)"));
    q.addBindValue(item.conversationId);
    q.addBindValue(kindText(item.kind));
    q.addBindValue(item.payload);
    q.addBindValue(item.filePath);
    q.addBindValue(QString::fromLatin1(kOutboxStates[int(item.state)]));
    q.addBindValue(item.attempts);
    q.addBindValue(
        dateText(item.createdAt.isValid() ? item.createdAt : QDateTime::currentDateTimeUtc()));
    q.addBindValue(item.error);
    if (!q.exec())
        return 0;
    return q.lastInsertId().toLongLong();
}

bool LocalStore::updateOutboxItem(const OutboxItem &item) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE outbox SET payload = ?, file_path = ?, state = ?,"
                             " attempts = ?, error = ? WHERE id = ?"));
    q.addBindValue(item.payload);
    q.addBindValue(item.filePath);
    q.addBindValue(QString::fromLatin1(kOutboxStates[int(item.state)]));
    q.addBindValue(item.attempts);
    q.addBindValue(item.error);
    q.addBindValue(item.id);
    return q.exec() && q.numRowsAffected() == 1;
}

QList<OutboxItem> LocalStore::outbox(const QString &conversationId) const {
    QSqlQuery q(m_db);
    QString sql = QStringLiteral("SELECT id, conversation_id, kind, payload, file_path, state,"
                                 " attempts, created_at, error FROM outbox");
    if (!conversationId.isEmpty())
        sql += QStringLiteral(" WHERE conversation_id = ?");
    q.prepare(sql + QStringLiteral(" ORDER BY id"));
    if (!conversationId.isEmpty())
        q.addBindValue(conversationId);
    QList<OutboxItem> out;
    if (q.exec()) {
        while (q.next())
            out.append(outboxFrom(q));
    }
    return out;
}

bool LocalStore::removeOutboxItem(qint64 id) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM outbox WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() && q.numRowsAffected() == 1;
}

std::optional<AssignmentReference> LocalStore::pendingAssignment(const QString &email,
                                                                 qint64 stockId) const {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT payment_reference, email, stock_id, created_at, state,"
                             " end_subscription_date FROM pass_assignments WHERE email = ? AND"
                             " stock_id = ? AND state = 'pending' ORDER BY created_at LIMIT 1"));
    q.addBindValue(email);
    q.addBindValue(stockId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    AssignmentReference r;
    r.paymentReference = q.value(0).toString();
    r.email = q.value(1).toString();
    r.stockId = q.value(2).toLongLong();
    r.createdAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
    r.state = fromText<AssignmentReference::State>(q.value(4).toString(), kAssignmentStates);
    r.endSubscriptionDate = q.value(5).toString();
    return r;
}

bool LocalStore::createAssignmentReference(const AssignmentReference &r) {
    return exec(QStringLiteral("INSERT INTO pass_assignments (payment_reference, email, stock_id,"
                               " created_at, state, end_subscription_date) VALUES (?,?,?,?,?,?)"),
                {r.paymentReference, r.email, r.stockId,
                 dateText(r.createdAt.isValid() ? r.createdAt : QDateTime::currentDateTimeUtc()),
                 QString::fromLatin1(kAssignmentStates[int(r.state)]), r.endSubscriptionDate});
}

int LocalStore::pendingAssignmentCount() const {
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT count(*) FROM pass_assignments WHERE state = 'pending'"))
                   && q.next()
               ? q.value(0).toInt()
               : 0;
}

bool LocalStore::markAssignmentDone(const QString &paymentReference,
                                    const QString &endSubscriptionDate) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE pass_assignments SET state = 'done', end_subscription_date"
                             " = ? WHERE payment_reference = ?"));
    q.addBindValue(endSubscriptionDate);
    q.addBindValue(paymentReference);
    return q.exec() && q.numRowsAffected() == 1;
}

bool LocalStore::markAssignmentFailed(const QString &paymentReference) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE pass_assignments SET state = 'failed' WHERE"
                             " payment_reference = ?"));
    q.addBindValue(paymentReference);
    return q.exec() && q.numRowsAffected() == 1;
}
