#include "message.h"

#include "net/jsondecode.h"

QString Message::senderToApi(Sender sender) {
    return sender == Sender::Client ? QStringLiteral("client") : QStringLiteral("agent");
}

std::optional<Message> Message::fromJson(const QJsonValue &value, QString *error) {
    JsonDecode in(value, QStringLiteral("message"));
    Message m;
    // Text ids in the reference; a number would be a back-end change worth surviving.
    const QJsonValue id = in.object().value(QStringLiteral("id"));
    if (id.isDouble() && JsonDecode::id(id))
        m.id = QString::number(*JsonDecode::id(id));
    else
        m.id = in.requiredString(QStringLiteral("id"));
    if (in.ok() && m.id.trimmed().isEmpty())
        in.fail(QStringLiteral("id"), JsonDecode::tr("is empty but required"));
    m.received = in.optionalDateTime(QStringLiteral("received"));
    m.authorText = in.optionalString(QStringLiteral("author_type"));
    if (m.authorText == QLatin1String("user"))
        m.author = Author::User;
    else if (m.authorText == QLatin1String("business"))
        m.author = Author::Business;
    m.type = in.optionalString(QStringLiteral("type"));
    m.content = in.optionalString(QStringLiteral("content"));
    m.mediaUrl = in.optionalUrl(QStringLiteral("media_url"));
    if (!in.report(error))
        return std::nullopt;
    return m;
}
