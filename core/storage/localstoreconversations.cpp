// LocalStore's conversation index: what the inbox shows of conversations the API can
// only list client by client (split from localstore.cpp to keep files short).
#include "localstore.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

namespace {
Q_LOGGING_CATEGORY(lcIndex, "jobbers.storage.conversations", QtInfoMsg)

QVariant dateValue(const QDateTime &dt) {
    return dt.isValid() ? QVariant(dt.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}
QDateTime dateFrom(const QVariant &v) {
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}
QVariant optionalId(const std::optional<qint64> &id) {
    return id ? QVariant(*id) : QVariant();
}
std::optional<qint64> optionalIdFrom(const QVariant &v) {
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}
} // namespace

bool LocalStore::upsertConversations(const QList<Conversation> &conversations) {
    if (conversations.isEmpty())
        return true;
    const bool transaction = conversations.size() > 1 && m_db.transaction();
    QSqlQuery q(m_db);
    const bool prepared = q.prepare(QStringLiteral(
        "INSERT INTO conversation_index (conversation_id, client_id, subject, status, rating,"
        " creation_date, last_updated, message_counter, main_tag, secondary_tag, read_counter)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(conversation_id) DO UPDATE SET"
        " client_id=excluded.client_id, subject=excluded.subject, status=excluded.status,"
        " rating=excluded.rating, creation_date=excluded.creation_date,"
        " last_updated=excluded.last_updated, message_counter=excluded.message_counter,"
        " main_tag=excluded.main_tag, secondary_tag=excluded.secondary_tag"));
    bool ok = prepared;
    for (const Conversation &c : conversations) {
        if (!prepared)
            break;
        const QVariantList values{c.id,
                                  c.clientId,
                                  c.subject,
                                  c.statusText.isEmpty() ? Conversation::statusToApi(c.status)
                                                         : c.statusText,
                                  c.rating,
                                  dateValue(c.creationDate),
                                  dateValue(c.lastUpdated),
                                  c.messageCounter,
                                  optionalId(c.mainTag),
                                  optionalId(c.secondaryTag),
                                  c.isOpen() ? 0 : c.messageCounter};
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        if (!q.exec())
            ok = false;
    }
    if (!ok)
        qCWarning(lcIndex).noquote() << "query failed:" << q.lastError().text();
    if (transaction && !m_db.commit())
        return false;
    return ok;
}

QList<IndexedConversation> LocalStore::indexedConversations() const {
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QList<IndexedConversation> out;
    if (!q.exec(QStringLiteral(
            "SELECT i.conversation_id, i.client_id, i.subject, i.status, i.rating,"
            " i.creation_date, i.last_updated, i.message_counter, i.main_tag, i.secondary_tag,"
            " i.read_counter, c.email, c.first_name, c.last_name FROM conversation_index i"
            " LEFT JOIN clients c ON c.client_id = i.client_id ORDER BY i.conversation_id"))) {
        qCWarning(lcIndex).noquote() << "query failed:" << q.lastError().text();
        return out;
    }
    while (q.next()) {
        IndexedConversation ic;
        Conversation &c = ic.conversation;
        c.id = q.value(0).toLongLong();
        c.clientId = q.value(1).toLongLong();
        c.subject = q.value(2).toString();
        c.statusText = q.value(3).toString();
        c.status = Conversation::statusFromApi(c.statusText);
        c.rating = q.value(4).toInt();
        c.creationDate = dateFrom(q.value(5));
        c.lastUpdated = dateFrom(q.value(6));
        c.messageCounter = q.value(7).toLongLong();
        c.mainTag = optionalIdFrom(q.value(8));
        c.secondaryTag = optionalIdFrom(q.value(9));
        ic.readCounter = q.value(10).toLongLong();
        ic.clientEmail = q.value(11).toString();
        ic.clientName = QStringList{q.value(12).toString(), q.value(13).toString()}
                            .join(QLatin1Char(' '))
                            .trimmed();
        out.append(ic);
    }
    return out;
}

bool LocalStore::setReadCounter(qint64 conversationId, qint64 readCounter) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE conversation_index SET read_counter = ? WHERE"
                             " conversation_id = ?"));
    q.addBindValue(readCounter);
    q.addBindValue(conversationId);
    return q.exec() && q.numRowsAffected() == 1;
}

bool LocalStore::setClientChecked(qint64 clientId, const QDateTime &checkedAt) {
    return exec(QStringLiteral("INSERT INTO conversation_checks (client_id, checked_at) VALUES"
                               " (?,?) ON CONFLICT(client_id) DO UPDATE SET"
                               " checked_at=excluded.checked_at"),
                {clientId, dateValue(checkedAt)});
}

QHash<qint64, QDateTime> LocalStore::clientChecks() const {
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QHash<qint64, QDateTime> out;
    if (q.exec(QStringLiteral("SELECT client_id, checked_at FROM conversation_checks"))) {
        while (q.next())
            out.insert(q.value(0).toLongLong(), dateFrom(q.value(1)));
    }
    return out;
}
