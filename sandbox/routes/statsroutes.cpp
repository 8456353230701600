#include "routes.h"

#include "../requestcontext.h"
#include "../router.h"
#include "../sandboxcontext.h"
#include "routehelpers.h"

namespace StatsRoutes {

void install(Router &router, SandboxContext &sb) {
    Q_UNUSED(router)
    Q_UNUSED(sb)
}

} // namespace StatsRoutes
