#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

class QSqlQuery;
class SandboxStore;

// Conversation and message rows as the reference shows them: conversation ids
// and counters as numbers, tags as strings, message ids as 24-hex strings.
namespace ChatJson {

// Column lists that conversation() and message() expect, in this order.
extern const QString kConversationColumns;
extern const QString kMessageColumns;

QJsonObject conversation(const QSqlQuery &row);
QJsonObject message(const QSqlQuery &row);

std::optional<QJsonObject> loadConversation(const SandboxStore &store, qint64 id);
std::optional<QJsonObject> loadMessage(const SandboxStore &store, const QString &id);

// 24 lowercase hex, like the reference's ids: 4 bytes of seconds (so they sort
// roughly by time) then 8 random bytes.
QString newMessageId(const QDateTime &received);

} // namespace ChatJson
