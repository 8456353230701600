#include "chatjson.h"

#include "../store/sandboxstore.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QVariant>

namespace ChatJson {

const QString kConversationColumns =
    QStringLiteral("id, client_id, creation_date, subject, status, rating, last_updated,"
                   " message_counter, main_tag, secondary_tag");
const QString kMessageColumns =
    QStringLiteral("id, received, author_type, type, content, media_url");

namespace {
QJsonValue textOrNull(const QVariant &v) {
    return v.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(v.toString());
}
} // namespace

QJsonObject conversation(const QSqlQuery &row) {
    return QJsonObject{
        {QStringLiteral("id"), row.value(0).toLongLong()},
        {QStringLiteral("client_id"), row.value(1).toLongLong()},
        {QStringLiteral("creation_date"), row.value(2).toString()},
        {QStringLiteral("subject"), row.value(3).toString()},
        {QStringLiteral("status"), row.value(4).toString()},
        {QStringLiteral("rating"), row.value(5).toInt()},
        {QStringLiteral("last_updated"), textOrNull(row.value(6))},
        {QStringLiteral("message_counter"), row.value(7).toInt()},
        {QStringLiteral("main_tag"), textOrNull(row.value(8))},
        {QStringLiteral("secondary_tag"), textOrNull(row.value(9))},
    };
}

QJsonObject message(const QSqlQuery &row) {
    QJsonObject o{
        {QStringLiteral("id"), row.value(0).toString()},
        {QStringLiteral("received"), row.value(1).toString()},
        {QStringLiteral("author_type"), row.value(2).toString()},
        {QStringLiteral("type"), row.value(3).toString()},
    };
    // A text message has content and no media; an attachment the reverse, and its
    // type is the media's mime type.
    if (row.value(5).isNull())
        o.insert(QStringLiteral("content"), row.value(4).toString());
    else
        o.insert(QStringLiteral("media_url"), row.value(5).toString());
    return o;
}

std::optional<QJsonObject> loadConversation(const SandboxStore &store, qint64 id) {
    QSqlQuery q;
    if (!store.exec(
            QStringLiteral("SELECT %1 FROM conversations WHERE id = ?").arg(kConversationColumns),
            {id}, &q)
        || !q.next())
        return std::nullopt;
    return conversation(q);
}

std::optional<QJsonObject> loadMessage(const SandboxStore &store, const QString &id) {
    QSqlQuery q;
    if (!store.exec(QStringLiteral("SELECT %1 FROM messages WHERE id = ?").arg(kMessageColumns),
                    {id}, &q)
        || !q.next())
        return std::nullopt;
    return message(q);
}

QString newMessageId(const QDateTime &received) {
    const quint32 seconds = quint32(received.toSecsSinceEpoch());
    const quint64 random = QRandomGenerator::global()->generate64();
    return QStringLiteral("%1%2")
        .arg(seconds, 8, 16, QLatin1Char('0'))
        .arg(random, 16, 16, QLatin1Char('0'));
}

} // namespace ChatJson
