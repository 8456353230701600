#pragma once

#include <QString>

#include <optional>

class Router;
class SandboxContext;

// Attachments: the multipart upload into a conversation and the token-less,
// unguessable /media/<token>/<name> URLs that serve the bytes back.
namespace MediaRoutes {

void install(Router &router, SandboxContext &sandbox);

struct Media {
    qint64 enterpriseId = 0;
    QString mediaType;
    QString url; // canonical, as issued by the upload
};
// The media a URL names when it has the path of one this server issued (the
// host is not compared, so "localhost" and "127.0.0.1" both work).
std::optional<Media> resolve(SandboxContext &sandbox, const QString &url);

// A file name safe in a URL path segment: ASCII letters, digits, '.', '-', '_'.
QString sanitizedFileName(const QString &name);

} // namespace MediaRoutes
