#include "conversation.h"

#include "net/jsondecode.h"

Conversation::Status Conversation::statusFromApi(const QString &text) {
    const QString t = text.trimmed().toUpper();
    if (t == QLatin1String("NEW"))
        return Status::New;
    if (t == QLatin1String("USER_PENDING"))
        return Status::UserPending;
    if (t == QLatin1String("SYSTEM_PENDING"))
        return Status::SystemPending;
    if (t == QLatin1String("CLOSED") || t == QLatin1String("CLOSE"))
        return Status::Closed;
    return Status::Unknown;
}

QString Conversation::statusToApi(Status status) {
    switch (status) {
    case Status::New:
        return QStringLiteral("NEW");
    case Status::UserPending:
        return QStringLiteral("USER_PENDING");
    case Status::SystemPending:
        return QStringLiteral("SYSTEM_PENDING");
    case Status::Closed:
        return QStringLiteral("CLOSED");
    case Status::Unknown:
        break;
    }
    return {};
}

std::optional<Conversation> Conversation::fromJson(const QJsonValue &value, QString *error) {
    JsonDecode in(value, QStringLiteral("conversation"));
    Conversation c;
    c.id = in.requiredId(QStringLiteral("id"));
    c.clientId = in.requiredId(QStringLiteral("client_id"));
    c.creationDate = in.optionalDateTime(QStringLiteral("creation_date"));
    c.subject = in.optionalString(QStringLiteral("subject"));
    c.statusText = in.requiredString(QStringLiteral("status"));
    c.status = statusFromApi(c.statusText);
    c.rating = int(in.optionalInteger(QStringLiteral("rating")));
    c.lastUpdated = in.optionalDateTime(QStringLiteral("last_updated"));
    c.messageCounter = in.optionalInteger(QStringLiteral("message_counter"));
    c.mainTag = in.optionalId(QStringLiteral("main_tag"));
    c.secondaryTag = in.optionalId(QStringLiteral("secondary_tag"));
    if (!in.report(error))
        return std::nullopt;
    return c;
}
