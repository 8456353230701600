// LocalStore's outbox and pass-assignment references: the two tables that protect sends
// against duplicates and loss (split from localstore.cpp to keep files short).
#include "localstore.h"

#include <QDebug>
#include <QSqlError>
#include <QSqlQuery>

namespace {
QString dateText(const QDateTime &dt) {
    return dt.isValid() ? dt.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// "pending" is what format 2 wrote for a queued item (format 3 renames the rows).
const char *const kOutboxStates[] = {"queued", "uploading", "sending", "sent", "failed"};
const char *const kAssignmentStates[] = {"pending", "done", "failed"};

template<typename Enum, size_t N>
Enum fromText(const QString &text, const char *const (&names)[N]) {
    for (size_t i = 0; i < N; ++i) {
        if (text == QLatin1String(names[i]))
            return Enum(i);
    }
    return Enum(0);
}

const QString kOutboxColumns =
    QStringLiteral("id, conversation_id, kind, payload, file_path, state, attempts, created_at,"
                   " error, sender, file_name, mime_type, file_size, media_url,"
                   " first_attempt_at, message_id, error_kind, http_status");

QDateTime dateFrom(const QVariant &v) {
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
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
    item.createdAt = dateFrom(q.value(7));
    item.error = q.value(8).toString();
    item.sender = q.value(9).toString() == QLatin1String("client") ? OutboxItem::Sender::Client
                                                                   : OutboxItem::Sender::Agent;
    item.fileName = q.value(10).toString();
    item.mimeType = q.value(11).toString();
    item.fileSize = q.value(12).toLongLong();
    item.mediaUrl = QUrl(q.value(13).toString());
    item.firstAttemptAt = dateFrom(q.value(14));
    item.messageId = q.value(15).toString();
    item.errorKind = q.value(16).toInt();
    item.httpStatus = q.value(17).toInt();
    return item;
}

QString kindText(OutboxItem::Kind kind) {
    return kind == OutboxItem::Kind::Text ? QStringLiteral("text") : QStringLiteral("attachment");
}
QString senderText(OutboxItem::Sender sender) {
    return sender == OutboxItem::Sender::Client ? QStringLiteral("client")
                                                : QStringLiteral("agent");
}
QVariant textOrNull(const QString &text) {
    return text.isEmpty() ? QVariant() : QVariant(text);
}
// The columns updateOutboxItem writes, in its order.
QVariantList mutableValues(const OutboxItem &item) {
    return {item.payload,
            item.filePath,
            QString::fromLatin1(kOutboxStates[int(item.state)]),
            item.attempts,
            item.error,
            senderText(item.sender),
            item.fileName,
            item.mimeType,
            item.fileSize,
            textOrNull(item.mediaUrl.toString(QUrl::FullyEncoded)),
            textOrNull(dateText(item.firstAttemptAt)),
            textOrNull(item.messageId),
            item.errorKind,
            item.httpStatus};
}
} // namespace

qint64 LocalStore::addOutboxItem(const OutboxItem &item) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO outbox (conversation_id, kind, created_at, payload,"
                             " file_path, state, attempts, error, sender, file_name, mime_type,"
                             " file_size, media_url, first_attempt_at, message_id, error_kind,"
                             " http_status) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    q.addBindValue(item.conversationId);
    q.addBindValue(kindText(item.kind));
    q.addBindValue(
        dateText(item.createdAt.isValid() ? item.createdAt : QDateTime::currentDateTimeUtc()));
    for (const QVariant &v : mutableValues(item))
        q.addBindValue(v);
    if (!q.exec()) {
        qWarning().noquote() << "local store: outbox insert failed:" << q.lastError().text();
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

bool LocalStore::updateOutboxItem(const OutboxItem &item) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE outbox SET payload = ?, file_path = ?, state = ?,"
                             " attempts = ?, error = ?, sender = ?, file_name = ?, mime_type = ?,"
                             " file_size = ?, media_url = ?, first_attempt_at = ?,"
                             " message_id = ?, error_kind = ?, http_status = ? WHERE id = ?"));
    for (const QVariant &v : mutableValues(item))
        q.addBindValue(v);
    q.addBindValue(item.id);
    return q.exec() && q.numRowsAffected() == 1;
}

QList<OutboxItem> LocalStore::outbox(const QString &conversationId) const {
    QSqlQuery q(m_db);
    QString sql = QStringLiteral("SELECT %1 FROM outbox").arg(kOutboxColumns);
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

std::optional<OutboxItem> LocalStore::outboxItem(qint64 id) const {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE id = ?").arg(kOutboxColumns));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return outboxFrom(q);
    return std::nullopt;
}

bool LocalStore::removeOutboxItem(qint64 id) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM outbox WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() && q.numRowsAffected() == 1;
}

QStringList LocalStore::claimedMessageIds(const QString &conversationId) const {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT message_id FROM outbox WHERE conversation_id = ? AND"
                             " message_id IS NOT NULL AND message_id <> ''"));
    q.addBindValue(conversationId);
    QStringList out;
    if (q.exec()) {
        while (q.next())
            out.append(q.value(0).toString());
    }
    return out;
}

int LocalStore::pruneSentOutbox(const QDateTime &before) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM outbox WHERE state = 'sent' AND created_at < ?"));
    q.addBindValue(dateText(before));
    return q.exec() ? q.numRowsAffected() : 0;
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
