#include "routes.h"

#include "../requestcontext.h"
#include "../router.h"
#include "../sandboxcontext.h"
#include "routehelpers.h"
#include "webhooktable.h"

using namespace RouteHelpers;

namespace AdminRoutes {

void install(Router &router, SandboxContext &sb) {
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
