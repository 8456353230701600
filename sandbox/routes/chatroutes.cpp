#include "routes.h"

#include "../requestcontext.h"
#include "../router.h"
#include "../sandboxcontext.h"
#include "../store/sandboxclock.h"
#include "chatjson.h"
#include "mediaroutes.h"
#include "messagewriter.h"
#include "routehelpers.h"
#include "tenancy.h"

#include <QJsonArray>
#include <QSqlQuery>

#include <variant>

using namespace RouteHelpers;

namespace ChatRoutes {

namespace {
const QStringList kStatuses = {QStringLiteral("NEW"), QStringLiteral("USER_PENDING"),
                               QStringLiteral("SYSTEM_PENDING"), QStringLiteral("CLOSED")};

// A rating is an integer 0-5, as a JSON number or a numeric string.
std::optional<int> ratingValue(const QJsonValue &v) {
    double d = -1;
    if (v.isDouble())
        d = v.toDouble();
    else if (v.isString()) {
        bool ok = false;
        d = v.toString().trimmed().toInt(&ok);
        if (!ok)
            return std::nullopt;
    } else
        return std::nullopt;
    if (d < 0 || d > 5 || d != double(int(d)))
        return std::nullopt;
    return int(d);
}

// The client named by a body field or query value: 400 when it is not an id,
// then 404 / 403 by tenancy. Empty optional response when it is the caller's.
std::optional<HttpResponse> checkClient(SandboxContext &sb, qint64 enterpriseId,
                                        std::optional<qint64> clientId) {
    const QString source = QStringLiteral("client_id");
    if (!clientId)
        return HttpResponse::badRequest(QStringLiteral("is_invalid"), source,
                                        QStringLiteral("client_id must be a positive integer"));
    const Tenancy::Owner owner = Tenancy::ofClient(sb.store(), enterpriseId, *clientId);
    if (owner != Tenancy::Owner::Mine)
        return Tenancy::refusal(owner, source, QStringLiteral("the client"));
    return std::nullopt;
}

HttpResponse createConversation(RequestContext &ctx, SandboxContext &sb) {
    const std::optional<QJsonObject> body = ctx.jsonObject();
    if (!body)
        return notJson();
    Validation v;
    v.requireAll(*body, {"client_id", "subject"});
    if (!isBlank(*body, QStringLiteral("subject"))
        && !body->value(QStringLiteral("subject")).isString())
        v.invalid(QStringLiteral("subject"), QStringLiteral("subject must be a string"));
    if (!v.ok())
        return v.response();
    const std::optional<qint64> clientId = idValue(body->value(QStringLiteral("client_id")));
    if (const auto refused = checkClient(sb, ctx.enterpriseId, clientId))
        return *refused;
    // A new conversation is always NEW, unrated, without messages, main tag 5.
    const std::optional<qint64> id =
        sb.store().insert(QStringLiteral("INSERT INTO conversations (enterprise_id, client_id,"
                                         " creation_date, subject, status, rating, last_updated,"
                                         " message_counter, main_tag, secondary_tag)"
                                         " VALUES (?, ?, ?, ?, 'NEW', 0, NULL, 0, '5', NULL)"),
                          {ctx.enterpriseId, *clientId, sb.clock().nowString(),
                           body->value(QStringLiteral("subject")).toString().trimmed()});
    if (!id)
        return databaseError();
    const auto created = ChatJson::loadConversation(sb.store(), *id);
    return created ? HttpResponse::json(*created) : databaseError();
}

HttpResponse listConversations(RequestContext &ctx, SandboxContext &sb) {
    Validation v;
    const QString clientText = ctx.queryValue(QStringLiteral("client_id")).trimmed();
    const QString status = ctx.queryValue(QStringLiteral("status")).trimmed();
    if (clientText.isEmpty())
        v.blank(QStringLiteral("client_id"));
    if (status.isEmpty())
        v.blank(QStringLiteral("status"));
    else if (status != QLatin1String("OPEN") && status != QLatin1String("CLOSED"))
        v.invalid(QStringLiteral("status"), QStringLiteral("status must be OPEN or CLOSED"));
    if (!v.ok())
        return v.response();
    const std::optional<qint64> clientId = idFromString(clientText);
    if (const auto refused = checkClient(sb, ctx.enterpriseId, clientId))
        return *refused;
    QSqlQuery q;
    const QString op = status == QLatin1String("OPEN") ? QStringLiteral("<>") : QStringLiteral("=");
    if (!sb.store().exec(QStringLiteral("SELECT %1 FROM conversations WHERE client_id = ?"
                                        " AND status %2 'CLOSED' ORDER BY id")
                             .arg(ChatJson::kConversationColumns, op),
                         {*clientId}, &q))
        return databaseError();
    QJsonArray list;
    while (q.next())
        list.append(ChatJson::conversation(q));
    return HttpResponse::json(list);
}

HttpResponse updateConversation(RequestContext &ctx, SandboxContext &sb) {
    const std::optional<QJsonObject> body = ctx.jsonObject();
    if (!body)
        return notJson();
    Validation v;
    v.requireAll(*body, {"id"});
    const std::optional<qint64> id = idValue(body->value(QStringLiteral("id")));
    if (!isBlank(*body, QStringLiteral("id")) && !id)
        v.invalid(QStringLiteral("id"), QStringLiteral("id must be a positive integer"));
    // Absent or null fields are left as they are: the update is partial.
    const auto sent = [&](const char *f) {
        const QJsonValue x = body->value(QString::fromLatin1(f));
        return !x.isUndefined() && !x.isNull();
    };
    QString status;
    if (sent("subject")) {
        const QJsonValue s = body->value(QStringLiteral("subject"));
        if (!s.isString())
            v.invalid(QStringLiteral("subject"), QStringLiteral("subject must be a string"));
        else if (s.toString().trimmed().isEmpty())
            v.blank(QStringLiteral("subject"));
    }
    if (sent("status")) {
        status = body->value(QStringLiteral("status")).toString();
        // The reference's own example sends CLOSE.
        if (status == QLatin1String("CLOSE"))
            status = QStringLiteral("CLOSED");
        if (!kStatuses.contains(status))
            v.invalid(QStringLiteral("status"),
                      QStringLiteral("status must be one of NEW, USER_PENDING, SYSTEM_PENDING,"
                                     " CLOSED"));
    }
    std::optional<int> rating;
    if (sent("rating")) {
        rating = ratingValue(body->value(QStringLiteral("rating")));
        if (!rating)
            v.invalid(QStringLiteral("rating"),
                      QStringLiteral("rating must be an integer from 0 to 5"));
    }
    if (!v.ok())
        return v.response();
    const Tenancy::Owner owner = Tenancy::ofConversation(sb.store(), ctx.enterpriseId, *id);
    if (owner != Tenancy::Owner::Mine)
        return Tenancy::refusal(owner, QStringLiteral("id"), QStringLiteral("the conversation"));

    QStringList sets;
    QVariantList binds;
    if (sent("subject")) {
        sets << QStringLiteral("subject = ?");
        binds << body->value(QStringLiteral("subject")).toString().trimmed();
    }
    if (!status.isEmpty()) {
        sets << QStringLiteral("status = ?");
        binds << status;
    }
    if (rating) {
        sets << QStringLiteral("rating = ?");
        binds << *rating;
    }
    if (!sets.isEmpty()) {
        sets << QStringLiteral("last_updated = ?");
        binds << sb.clock().nowString() << *id;
        if (!sb.store().exec(QStringLiteral("UPDATE conversations SET %1 WHERE id = ?")
                                 .arg(sets.join(QStringLiteral(", "))),
                             binds))
            return databaseError();
    }
    const auto updated = ChatJson::loadConversation(sb.store(), *id);
    return updated ? HttpResponse::json(*updated) : databaseError();
}

// The conversation named in the path, or the 404 / 403 answer.
std::variant<qint64, HttpResponse> pathConversation(RequestContext &ctx, SandboxContext &sb) {
    const std::optional<qint64> id = idFromString(ctx.param(QStringLiteral("id")));
    const Tenancy::Owner owner =
        id ? Tenancy::ofConversation(sb.store(), ctx.enterpriseId, *id) : Tenancy::Owner::Missing;
    if (owner != Tenancy::Owner::Mine)
        return Tenancy::refusal(owner, QStringLiteral("id_conversation"),
                                QStringLiteral("the conversation"));
    return *id;
}

HttpResponse createMessage(RequestContext &ctx, SandboxContext &sb) {
    const auto conversation = pathConversation(ctx, sb);
    if (const auto *refused = std::get_if<HttpResponse>(&conversation))
        return *refused;
    const qint64 conversationId = std::get<qint64>(conversation);
    const std::optional<QJsonObject> body = ctx.jsonObject();
    if (!body)
        return notJson();

    Validation v;
    v.requireAll(*body, {"type", "sender"});
    const QString type = body->value(QStringLiteral("type")).toString();
    const QString sender = body->value(QStringLiteral("sender")).toString();
    if (!isBlank(*body, QStringLiteral("type")) && type != QLatin1String("text")
        && type != QLatin1String("attachment"))
        v.invalid(QStringLiteral("type"), QStringLiteral("type must be text or attachment"));
    if (!isBlank(*body, QStringLiteral("sender")) && sender != QLatin1String("client")
        && sender != QLatin1String("agent"))
        v.invalid(QStringLiteral("sender"), QStringLiteral("sender must be client or agent"));
    const QString field = type == QLatin1String("attachment") ? QStringLiteral("media_url")
                                                              : QStringLiteral("content");
    const QJsonValue value = body->value(field);
    if (type == QLatin1String("text") || type == QLatin1String("attachment")) {
        if (isBlank(*body, field))
            v.blank(field);
        else if (!value.isString())
            v.invalid(field, QStringLiteral("%1 must be a string").arg(field));
    }
    std::optional<MediaRoutes::Media> media;
    if (v.ok() && type == QLatin1String("attachment")) {
        media = MediaRoutes::resolve(sb, value.toString());
        if (!media)
            v.invalid(field, QStringLiteral("media_url must be a URL answered by this server's"
                                            " attachments endpoint"));
        else if (media->enterpriseId != ctx.enterpriseId)
            return HttpResponse::forbidden(
                field, QStringLiteral("the media belongs to another enterprise"));
    }
    if (!v.ok())
        return v.response();

    MessageWriter::Message m;
    m.fromClient = sender == QLatin1String("client");
    if (media) {
        m.mediaType = media->mediaType;
        m.mediaUrl = media->url;
    } else
        m.content = value.toString();
    const std::optional<QJsonObject> message =
        MessageWriter::post(sb, ctx.enterpriseId, conversationId, m);
    if (!message)
        return databaseError();
    // Demo life: the client answers an agent a few seconds later (when enabled).
    if (!m.fromClient)
        sb.demoReplies().agentSpoke(ctx.enterpriseId, conversationId);
    return HttpResponse::json(*message);
}

HttpResponse listMessages(RequestContext &ctx, SandboxContext &sb) {
    const auto conversation = pathConversation(ctx, sb);
    if (const auto *refused = std::get_if<HttpResponse>(&conversation))
        return *refused;
    const QString sizeText = ctx.queryValue(QStringLiteral("size")).trimmed();
    if (sizeText.isEmpty())
        return HttpResponse::badRequest(QStringLiteral("cannot_be_blank"), QStringLiteral("size"),
                                        QStringLiteral("size cannot be blank"));
    const std::optional<qint64> size = idFromString(sizeText);
    if (!size)
        return HttpResponse::badRequest(QStringLiteral("is_invalid"), QStringLiteral("size"),
                                        QStringLiteral("size must be a positive integer"));
    // The newest N, then turned around so the page reads oldest first.
    QSqlQuery q;
    if (!sb.store().exec(QStringLiteral("SELECT %1 FROM (SELECT * FROM messages"
                                        " WHERE conversation_id = ? ORDER BY seq DESC LIMIT ?)"
                                        " ORDER BY seq")
                             .arg(ChatJson::kMessageColumns),
                         {std::get<qint64>(conversation), *size}, &q))
        return databaseError();
    QJsonArray list;
    while (q.next())
        list.append(ChatJson::message(q));
    return HttpResponse::json(list);
}
} // namespace

void install(Router &router, SandboxContext &sb) {
    const QString conversations = QStringLiteral("/api/v0/conversations");
    router.add("POST", conversations, Router::Auth::Bearer,
               [&sb](RequestContext &ctx) { return createConversation(ctx, sb); });
    router.add("GET", conversations, Router::Auth::Bearer,
               [&sb](RequestContext &ctx) { return listConversations(ctx, sb); });
    router.add("PUT", conversations, Router::Auth::Bearer,
               [&sb](RequestContext &ctx) { return updateConversation(ctx, sb); });
    const QString messages = QStringLiteral("/api/v0/conversations/{id}/messages");
    router.add("POST", messages, Router::Auth::Bearer,
               [&sb](RequestContext &ctx) { return createMessage(ctx, sb); });
    router.add("GET", messages, Router::Auth::Bearer,
               [&sb](RequestContext &ctx) { return listMessages(ctx, sb); });
    MediaRoutes::install(router, sb);
}

} // namespace ChatRoutes
