#include "routes.h"

#include "../requestcontext.h"
#include "../router.h"
#include "../sandboxcontext.h"
#include "../store/sandboxclock.h"
#include "boxtags.h"
#include "routehelpers.h"
#include "tenancy.h"
#include "webhooktable.h"

#include <QRegularExpression>

using namespace RouteHelpers;

namespace BoxesRoutes {

namespace {
HttpResponse success() {
    return HttpResponse::data(QJsonObject{{QStringLiteral("result"), QStringLiteral("success")}});
}

// The canonical 8-4-4-4-12 form, braces allowed; any version (there is no
// endpoint to list locations, so any well-formed one may name a box).
std::optional<QString> uuidText(const QJsonValue &v) {
    static const QRegularExpression re(
        QStringLiteral("^\\{?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\\}?$"),
        QRegularExpression::CaseInsensitiveOption);
    if (!v.isString())
        return std::nullopt;
    const QString text = v.toString().trimmed();
    if (text.startsWith(QLatin1Char('{')) != text.endsWith(QLatin1Char('}')))
        return std::nullopt;
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    // Stored in lower case so that "ABC..." and "abc..." are one location.
    return m.captured(1).toLower();
}

struct LocationPair {
    qint64 clientId = 0;
    QString uid;
};

// Validates {client_id, box_location_uid} and the client's tenancy.
std::variant<LocationPair, HttpResponse> locationPair(RequestContext &ctx, SandboxContext &sb) {
    const std::optional<QJsonObject> body = ctx.jsonObject();
    if (!body)
        return notJson();
    Validation v;
    v.requireAll(*body, {"client_id", "box_location_uid"});
    const std::optional<qint64> clientId = idValue(body->value(QStringLiteral("client_id")));
    if (!isBlank(*body, QStringLiteral("client_id")) && !clientId)
        v.invalid(QStringLiteral("client_id"),
                  QStringLiteral("client_id must be a positive integer"));
    const std::optional<QString> uid = uuidText(body->value(QStringLiteral("box_location_uid")));
    if (!isBlank(*body, QStringLiteral("box_location_uid")) && !uid)
        v.invalid(QStringLiteral("box_location_uid"),
                  QStringLiteral("box_location_uid must be a UUID"));
    if (!v.ok())
        return v.response();
    const Tenancy::Owner owner = Tenancy::ofClient(sb.store(), ctx.enterpriseId, *clientId);
    if (owner != Tenancy::Owner::Mine)
        return Tenancy::refusal(owner, QStringLiteral("client_id"), QStringLiteral("the client"));
    return LocationPair{*clientId, *uid};
}

bool linked(SandboxContext &sb, const LocationPair &p) {
    return sb.store()
        .scalar(QStringLiteral("SELECT 1 FROM client_locations WHERE client_id = ?"
                               " AND box_location_uid = ?"),
                {p.clientId, p.uid})
        .isValid();
}

HttpResponse link(RequestContext &ctx, SandboxContext &sb) {
    const auto checked = locationPair(ctx, sb);
    if (const auto *r = std::get_if<HttpResponse>(&checked))
        return *r;
    const LocationPair &p = std::get<LocationPair>(checked);
    if (linked(sb, p))
        return HttpResponse::badRequest(QStringLiteral("has_already_been_taken"),
                                        QStringLiteral("box_location_uid"),
                                        QStringLiteral("the client is already linked to this"
                                                       " location"));
    if (!sb.store().exec(QStringLiteral("INSERT INTO client_locations (client_id,"
                                        " box_location_uid, created_at) VALUES (?, ?, ?)"),
                         {p.clientId, p.uid, sb.clock().nowString()}))
        return databaseError();
    return success();
}

HttpResponse unlink(RequestContext &ctx, SandboxContext &sb) {
    const auto checked = locationPair(ctx, sb);
    if (const auto *r = std::get_if<HttpResponse>(&checked))
        return *r;
    const LocationPair &p = std::get<LocationPair>(checked);
    if (!linked(sb, p))
        return HttpResponse::notFound(QStringLiteral("box_location_uid"),
                                      QStringLiteral("the client is not linked to this location"));
    sb.store().exec(QStringLiteral("DELETE FROM client_locations WHERE client_id = ?"
                                   " AND box_location_uid = ?"),
                    {p.clientId, p.uid});
    return success();
}
} // namespace

void install(Router &router, SandboxContext &sb) {
    router.add("POST", QStringLiteral("/api/v0/boxes_tags"), Router::Auth::Bearer,
               [&sb](RequestContext &ctx) { return BoxTags::create(ctx, sb); });
    // The reference sends the codes to delete in the body of a DELETE.
    router.add("DELETE", QStringLiteral("/api/v0/boxes_tags"), Router::Auth::Bearer,
               [&sb](RequestContext &ctx) { return BoxTags::remove(ctx, sb); });
    router.add("POST", QStringLiteral("/api/v0/boxes_disconnect_tags"), Router::Auth::Bearer,
               [&sb](RequestContext &ctx) { return BoxTags::disconnect(ctx, sb); });

    router.add("POST", QStringLiteral("/api/v0/boxes_client_location"), Router::Auth::Bearer,
               [&sb](RequestContext &ctx) { return link(ctx, sb); });
    router.add("DELETE", QStringLiteral("/api/v0/boxes_client_location"), Router::Auth::Bearer,
               [&sb](RequestContext &ctx) { return unlink(ctx, sb); });

    // Box webhooks: like the message ones, except that the list is wrapped in data.
    const WebhookTable hooks(sb, QStringLiteral("box_webhooks"));
    router.add("POST", QStringLiteral("/api/v0/boxes_webhook"), Router::Auth::Bearer,
               [hooks](RequestContext &ctx) { return hooks.create(ctx); });
    router.add(
        "GET", QStringLiteral("/api/v0/boxes_webhook"), Router::Auth::Bearer,
        [hooks](RequestContext &ctx) { return HttpResponse::data(hooks.list(ctx.enterpriseId)); });
    router.add("DELETE", QStringLiteral("/api/v0/boxes_webhook/{id}"), Router::Auth::Bearer,
               [hooks](RequestContext &ctx) { return hooks.remove(ctx); });
}

} // namespace BoxesRoutes
