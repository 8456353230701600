#include "routes.h"

#include "../requestcontext.h"
#include "../router.h"
#include "../sandboxcontext.h"
#include "routehelpers.h"

#include <QJsonObject>
#include <QSqlQuery>

using namespace RouteHelpers;

namespace AuthRoutes {

namespace {
HttpResponse token(RequestContext &ctx, SandboxContext &sb) {
    const std::optional<QJsonObject> body = ctx.jsonOrFormObject();
    if (!body)
        return notJson();
    Validation v;
    v.requireAll(*body, {"grant_type", "username", "password"});
    if (!v.ok())
        return v.response();
    const QJsonValue grant = body->value(QStringLiteral("grant_type"));
    if (grant.toString() != QLatin1String("password"))
        return HttpResponse::badRequest(QStringLiteral("is_invalid"), QStringLiteral("grant_type"),
                                        QStringLiteral("grant_type must be \"password\""));
    const QString key = body->value(QStringLiteral("username")).toString();
    const QString secret = body->value(QStringLiteral("password")).toString();
    QSqlQuery q;
    if (!sb.store().exec(QStringLiteral("SELECT id, api_secret FROM enterprises WHERE api_key = ?"),
                         {key}, &q))
        return databaseError();
    if (!q.next() || q.value(1).toString() != secret)
        return HttpResponse::error(401, QStringLiteral("does_not_match"),
                                   QStringLiteral("password"),
                                   QStringLiteral("unknown API key or wrong secret"));
    const QString accessToken = sb.tokens().issue(q.value(0).toLongLong());
    return HttpResponse::json(
        QJsonObject{{QStringLiteral("access_token"), accessToken},
                    {QStringLiteral("token_type"), QStringLiteral("bearer")},
                    {QStringLiteral("expires_in"), sb.tokens().ttlSeconds()}});
}

} // namespace

void install(Router &router, SandboxContext &sb) {
    router.add("POST", QStringLiteral("/oneapi/authentication/token"), Router::Auth::None,
               [&sb](RequestContext &ctx) { return token(ctx, sb); });
}

} // namespace AuthRoutes
