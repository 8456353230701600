#pragma once

#include "../httpresponse.h"

class RequestContext;
class SandboxContext;

// Batches of box tags ({"tags":[...]}): all-or-nothing, with one error entry
// per offending item, its source naming the item ("tags[1].code").
namespace BoxTags {

HttpResponse create(RequestContext &ctx, SandboxContext &sandbox);
HttpResponse remove(RequestContext &ctx, SandboxContext &sandbox);
HttpResponse disconnect(RequestContext &ctx, SandboxContext &sandbox);

} // namespace BoxTags
