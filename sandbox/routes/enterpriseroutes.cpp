#include "routes.h"

#include "../requestcontext.h"
#include "../router.h"
#include "../sandboxcontext.h"
#include "routehelpers.h"

#include <QJsonArray>
#include <QSqlQuery>

using namespace RouteHelpers;

// Who is signed in, its groups, and the echo test endpoints: what core/enterprise's
// EnterpriseService calls.
namespace EnterpriseRoutes {

namespace {
HttpResponse current(RequestContext &ctx) {
    // The reference shows the id as a string here.
    return HttpResponse::data(
        QJsonObject{{QStringLiteral("enterprise_id"), QString::number(ctx.enterpriseId)}});
}

HttpResponse groups(RequestContext &ctx, SandboxContext &sb) {
    QSqlQuery q;
    sb.store().exec(
        QStringLiteral("SELECT id, name FROM groups WHERE enterprise_id = ? ORDER BY id"),
        {ctx.enterpriseId}, &q);
    QJsonArray list;
    while (q.next()) {
        list.append(QJsonObject{{QStringLiteral("group_id"), q.value(0).toLongLong()},
                                {QStringLiteral("name"), q.value(1).toString()}});
    }
    return HttpResponse::data(list);
}

HttpResponse echoText(const QString &text) {
    return HttpResponse::data(text.isEmpty() ? QStringLiteral("echo")
                                             : QStringLiteral("echo %1").arg(text));
}
} // namespace

void install(Router &router, SandboxContext &sb) {
    router.add("GET", QStringLiteral("/oneapi/v0/current"), Router::Auth::Bearer, current);
    router.add("GET", QStringLiteral("/oneapi/v0/groupsofenterprises"), Router::Auth::Bearer,
               [&sb](RequestContext &ctx) { return groups(ctx, sb); });
    router.add("GET", QStringLiteral("/oneapi/v0/echo"), Router::Auth::Bearer,
               [](RequestContext &) { return echoText({}); });
    // The reference's example: "/echo/hello+world" answers "echo hello world".
    router.add("GET", QStringLiteral("/oneapi/v0/echo/{text}"), Router::Auth::Bearer,
               [](RequestContext &ctx) { return echoText(ctx.formParam(QStringLiteral("text"))); });
    router.add("POST", QStringLiteral("/oneapi/v0/echo"), Router::Auth::Bearer,
               [](RequestContext &ctx) {
                   if (ctx.bodyIsEmpty())
                       return echoText({});
                   const std::optional<QJsonObject> body = ctx.jsonObject();
                   if (!body)
                       return notJson();
                   const QJsonValue text = body->value(QStringLiteral("text"));
                   if (!text.isUndefined() && !text.isNull() && !text.isString())
                       return HttpResponse::badRequest(QStringLiteral("is_invalid"),
                                                       QStringLiteral("text"),
                                                       QStringLiteral("text must be a string"));
                   return echoText(text.toString());
               });
}

} // namespace EnterpriseRoutes
