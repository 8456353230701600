#pragma once

class Router;
class SandboxContext;

// One install function per API area; each file in routes/ mirrors a folder of core/.
namespace AuthRoutes {
void install(Router &router, SandboxContext &sandbox); // token
}
namespace EnterpriseRoutes {
void install(Router &router, SandboxContext &sandbox); // current, groupsofenterprises, echo
}
namespace AdminRoutes {
void install(Router &router, SandboxContext &sandbox); // message webhooks
}
namespace BoxesRoutes {
void install(Router &router, SandboxContext &sandbox); // box tags, client locations, box webhooks
}
namespace ClientsRoutes {
void install(Router &router, SandboxContext &sandbox); // clients, autologin, /oneappweb/
}
namespace PassesRoutes {
void install(Router &router, SandboxContext &sandbox); // stockofpasses, assign, invoice
}
namespace StatsRoutes {
void install(Router &router, SandboxContext &sandbox);
}
namespace ChatRoutes {
void install(Router &router,
             SandboxContext &sandbox); // conversations, messages, attachments, media
}
namespace ControlRoutes {
void install(Router &router, SandboxContext &sandbox); // /_sandbox/...: faults, clock (no token)
}

namespace Routes {
inline void installAll(Router &router, SandboxContext &sandbox) {
    AuthRoutes::install(router, sandbox);
    EnterpriseRoutes::install(router, sandbox);
    AdminRoutes::install(router, sandbox);
    BoxesRoutes::install(router, sandbox);
    ClientsRoutes::install(router, sandbox);
    PassesRoutes::install(router, sandbox);
    StatsRoutes::install(router, sandbox);
    ChatRoutes::install(router, sandbox);
    ControlRoutes::install(router, sandbox);
}
} // namespace Routes
