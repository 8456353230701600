#include "routes.h"

#include "../requestcontext.h"
#include "../router.h"
#include "../sandboxcontext.h"
#include "routehelpers.h"
#include "webhooktable.h"

using namespace RouteHelpers;

namespace AdminRoutes {

namespace {
HttpResponse echoText(const QString &text) {
    return HttpResponse::data(text.isEmpty() ? QStringLiteral("echo")
                                             : QStringLiteral("echo %1").arg(text));
}
} // namespace

void install(Router &router, SandboxContext &sb) {
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

    // Message webhooks: bare answers, ids and enterprise as strings (as the reference).
    const WebhookTable hooks(sb, QStringLiteral("message_webhooks"));
    router.add("POST", QStringLiteral("/api/v0/webhooks"), Router::Auth::Bearer,
               [hooks](RequestContext &ctx) { return hooks.create(ctx); });
    router.add(
        "GET", QStringLiteral("/api/v0/webhooks"), Router::Auth::Bearer,
        [hooks](RequestContext &ctx) { return HttpResponse::json(hooks.list(ctx.enterpriseId)); });
    router.add("DELETE", QStringLiteral("/api/v0/webhooks/{id}"), Router::Auth::Bearer,
               [hooks](RequestContext &ctx) { return hooks.remove(ctx); });
}

} // namespace AdminRoutes
