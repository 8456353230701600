#include "clientlogin.h"

#include "../requestcontext.h"
#include "../sandboxcontext.h"
#include "../store/sandboxclock.h"
#include "clientrecord.h"
#include "routehelpers.h"

#include <QDateTime>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>

namespace ClientLogin {

namespace {
constexpr qint64 kValidityMs = 3600 * 1000;

QString newToken() {
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(words), sizeof(words)).toHex());
}

HttpResponse page(const QString &title, const QString &body) {
    const QString html =
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\">"
                       "<title>%1</title></head><body><h1>%1</h1><p>%2</p></body></html>\n")
            .arg(title.toHtmlEscaped(), body);
    return HttpResponse::raw(200, QByteArrayLiteral("text/html; charset=utf-8"), html.toUtf8());
}

// Where an invalid, used or expired token lands: nobody is logged in.
HttpResponse landingPage() {
    return page(QStringLiteral("Jobbers"),
                QStringLiteral("jobbers landing page &mdash; you are not logged in."));
}
} // namespace

HttpResponse issue(RequestContext &ctx, SandboxContext &sb, const QString &param) {
    HttpResponse error;
    const auto c = ClientRecord::resolve(ctx, sb.store(), param, &error);
    if (!c)
        return error;
    if (!c->active)
        return HttpResponse::badRequest(QStringLiteral("is_invalid"), QStringLiteral("client"),
                                        QStringLiteral("the client is not active"));
    const QString token = newToken();
    if (!sb.store().exec(QStringLiteral("INSERT INTO login_tokens (token, client_id, created_at,"
                                        " expires_at_ms) VALUES (?, ?, ?, ?)"),
                         {token, c->id, sb.clock().nowString(), sb.clock().nowMs() + kValidityMs}))
        return RouteHelpers::databaseError();
    const QString url = ctx.publicBaseUrl() + QStringLiteral("/oneappweb/?token=") + token;
    return HttpResponse::data(QJsonObject{{QStringLiteral("url"), url}});
}

HttpResponse visit(RequestContext &ctx, SandboxContext &sb) {
    const QString token = ctx.queryValue(QStringLiteral("token"));
    if (token.isEmpty())
        return landingPage();
    QSqlQuery q;
    if (!sb.store().exec(
            QStringLiteral("SELECT l.client_id, l.expires_at_ms, c.first_name"
                           " FROM login_tokens l JOIN clients c ON c.id = l.client_id"
                           " WHERE l.token = ? AND l.used_at IS NULL AND c.active = 1"),
            {token}, &q)
        || !q.next())
        return landingPage();
    const qint64 clientId = q.value(0).toLongLong();
    if (q.value(1).toLongLong() < sb.clock().nowMs())
        return landingPage();
    const QString firstName = q.value(2).toString();
    const QString now = sb.clock().nowString();
    QSqlQuery used;
    // The used_at guard makes a token single-use even if two visits race.
    if (!sb.store().exec(QStringLiteral("UPDATE login_tokens SET used_at = ? WHERE token = ? AND"
                                        " used_at IS NULL"),
                         {now, token}, &used)
        || used.numRowsAffected() != 1)
        return landingPage();
    sb.store().exec(QStringLiteral("UPDATE clients SET last_login_date = ? WHERE id = ?"),
                    {now, clientId});
    return page(QStringLiteral("Jobbers"),
                QStringLiteral("welcome, %1").arg(firstName.toHtmlEscaped()));
}

} // namespace ClientLogin
