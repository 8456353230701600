#include "mediaroutes.h"

#include "../multipartparser.h"
#include "../requestcontext.h"
#include "../router.h"
#include "../sandboxcontext.h"
#include "../store/sandboxclock.h"
#include "routehelpers.h"
#include "tenancy.h"

#include <QJsonObject>
#include <QMimeDatabase>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUrl>

using namespace RouteHelpers;

namespace MediaRoutes {

namespace {
const QString kSource = QStringLiteral("source");

// 128 bits from the system's cryptographic source: the URL is the only secret.
QString newToken() {
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    QString token;
    for (quint32 w : words)
        token += QStringLiteral("%1").arg(w, 8, 16, QLatin1Char('0'));
    return token;
}

QString mediaTypeOf(const MultipartParser::Part &part, const QString &fileName) {
    static const QRegularExpression shape(
        QStringLiteral("^[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*$"));
    const QString sent = QString::fromLatin1(part.contentType);
    // application/octet-stream is what many clients send when they do not know.
    if (shape.match(sent).hasMatch() && sent != QLatin1String("application/octet-stream"))
        return sent;
    return QMimeDatabase().mimeTypeForFileNameAndData(fileName, part.data).name();
}

HttpResponse upload(RequestContext &ctx, SandboxContext &sb) {
    const std::optional<qint64> id = idFromString(ctx.param(QStringLiteral("id")));
    const Tenancy::Owner owner =
        id ? Tenancy::ofConversation(sb.store(), ctx.enterpriseId, *id) : Tenancy::Owner::Missing;
    if (owner != Tenancy::Owner::Mine)
        return Tenancy::refusal(owner, QStringLiteral("id_conversation"),
                                QStringLiteral("the conversation"));
    if (ctx.bodyIsEmpty())
        return HttpResponse::badRequest(QStringLiteral("cannot_be_blank"), kSource,
                                        QStringLiteral("source (the file) cannot be blank"));
    MultipartParser parser;
    if (!parser.parse(ctx.header("content-type"), ctx.body))
        return HttpResponse::unprocessable(
            QStringLiteral("the body is not decodable multipart/form-data: %1")
                .arg(parser.errorString()));
    const MultipartParser::Part *part = parser.part(kSource.toLatin1());
    if (!part || part->data.isEmpty())
        return HttpResponse::badRequest(QStringLiteral("cannot_be_blank"), kSource,
                                        QStringLiteral("source (the file) cannot be blank"));

    const QString fileName = sanitizedFileName(part->fileName);
    const QString mediaType = mediaTypeOf(*part, part->fileName);
    const QString token = newToken();
    if (!sb.store().exec(QStringLiteral("INSERT INTO media (token, enterprise_id, conversation_id,"
                                        " file_name, media_type, data, created_at)"
                                        " VALUES (?, ?, ?, ?, ?, ?, ?)"),
                         {token, ctx.enterpriseId, *id, fileName, mediaType, part->data,
                          sb.clock().nowString()}))
        return databaseError();
    const QString url =
        ctx.publicBaseUrl() + QStringLiteral("/media/") + token + QLatin1Char('/') + fileName;
    return HttpResponse::json(
        QJsonObject{{QStringLiteral("mediaUrl"), url}, {QStringLiteral("mediaType"), mediaType}});
}

HttpResponse serve(RequestContext &ctx, SandboxContext &sb) {
    QSqlQuery q;
    sb.store().exec(QStringLiteral("SELECT media_type, data FROM media WHERE token = ?"
                                   " AND file_name = ?"),
                    {ctx.param(QStringLiteral("token")), ctx.param(QStringLiteral("name"))}, &q);
    if (!q.next())
        return HttpResponse::notFound(QStringLiteral("media"), QStringLiteral("no such media"));
    HttpResponse r =
        HttpResponse::raw(200, q.value(0).toString().toLatin1(), q.value(1).toByteArray());
    // Served as a download-safe resource: no sniffing into something executable.
    r.addHeader("X-Content-Type-Options", "nosniff");
    r.addHeader("Content-Disposition",
                "inline; filename=\"" + ctx.param(QStringLiteral("name")).toLatin1() + '"');
    r.addHeader("Cache-Control", "private, max-age=86400");
    return r;
}
} // namespace

QString sanitizedFileName(const QString &name) {
    // Only the last path component: some browsers send "C:\\Users\\...\\a.pdf".
    QString base = name.section(QLatin1Char('/'), -1).section(QLatin1Char('\\'), -1);
    QString out;
    for (const QChar c : std::as_const(base)) {
        const bool safe = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
                          || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
                          || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                          || c == QLatin1Char('.') || c == QLatin1Char('-')
                          || c == QLatin1Char('_');
        const QChar next = safe ? c : QLatin1Char('_');
        if (next == QLatin1Char('_') && out.endsWith(QLatin1Char('_')))
            continue;
        out += next;
    }
    // No hidden files and no "." or "..".
    while (out.startsWith(QLatin1Char('.')))
        out.remove(0, 1);
    if (out.size() > 100)
        out = out.right(100);
    if (out.isEmpty() || out == QLatin1String("_"))
        out = QStringLiteral("file");
    return out;
}

std::optional<Media> resolve(SandboxContext &sb, const QString &url) {
    const QUrl u(url.trimmed(), QUrl::StrictMode);
    if (!u.isValid())
        return std::nullopt;
    const QStringList segments = u.path(QUrl::FullyDecoded).split(QLatin1Char('/'));
    if (segments.size() != 4 || !segments.at(0).isEmpty()
        || segments.at(1) != QLatin1String("media"))
        return std::nullopt;
    QSqlQuery q;
    sb.store().exec(QStringLiteral("SELECT enterprise_id, media_type FROM media WHERE token = ?"
                                   " AND file_name = ?"),
                    {segments.at(2), segments.at(3)}, &q);
    if (!q.next())
        return std::nullopt;
    // The URL as the client has it (it came from our upload answer, built on its Host).
    return Media{q.value(0).toLongLong(), q.value(1).toString(), u.toString()};
}

void install(Router &router, SandboxContext &sb) {
    router.add("POST", QStringLiteral("/api/v0/conversations/{id}/attachments"),
               Router::Auth::Bearer, [&sb](RequestContext &ctx) { return upload(ctx, sb); });
    // No token: the URL itself is the capability, as with the reference's CDN links.
    router.add("GET", QStringLiteral("/media/{token}/{name}"), Router::Auth::None,
               [&sb](RequestContext &ctx) { return serve(ctx, sb); });
}

} // namespace MediaRoutes
