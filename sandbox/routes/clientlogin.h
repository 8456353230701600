#pragma once

#include "../httpresponse.h"

#include <QString>

class RequestContext;
class SandboxContext;

// Autologin: a single-use, one-hour token for a client, and the page it opens.
namespace ClientLogin {
// GET /oneapi/v0/clients/{param}/login: {"data":{"url": "{base}/oneappweb/?token=..."}}.
HttpResponse issue(RequestContext &ctx, SandboxContext &sb, const QString &param);
// GET /oneappweb/?token=...: the client's welcome page when the token is good,
// the Jobbers landing page otherwise (always 200 HTML, as a browser lands there).
HttpResponse visit(RequestContext &ctx, SandboxContext &sb);
} // namespace ClientLogin
