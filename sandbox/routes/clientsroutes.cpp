#include "routes.h"

#include "../requestcontext.h"
#include "../router.h"
#include "../sandboxcontext.h"
#include "../store/sandboxclock.h"
#include "clientlogin.h"
#include "clientrecord.h"
#include "orderedjson.h"
#include "routehelpers.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStringList>

using namespace RouteHelpers;

namespace ClientsRoutes {

namespace {
const QString kParam = QStringLiteral("clientIdOrClientEmail");

// The reference shows passwords like "G*zyn9L>": printable, mixed classes.
QString randomPassword() {
    static const QString alphabet =
        QStringLiteral("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789*#$%&@!?<>+=");
    QString out;
    for (int i = 0; i < 8; ++i)
        out += alphabet.at(QRandomGenerator::system()->bounded(int(alphabet.size())));
    return out;
}

HttpResponse exists(RequestContext &ctx, SandboxContext &sb) {
    QString email;
    for (const QString &candidate : ClientRecord::emailCandidates(ctx, kParam)) {
        if (ClientRecord::isEmail(candidate)) {
            email = candidate;
            break;
        }
    }
    if (email.isEmpty())
        return HttpResponse::badRequest(QStringLiteral("is_invalid"), QStringLiteral("email"),
                                        QStringLiteral("not a valid email address"));
    const std::optional<ClientRecord::Lookup> c = ClientRecord::byEmail(sb.store(), email);
    const bool found = c.has_value();
    const bool elsewhere = found && c->enterpriseId != ctx.enterpriseId;
    const bool subscription =
        found && !c->endSubscription.isEmpty() && c->endSubscription >= sb.clock().nowString();
    const bool active = found && c->active;
    // Movable: only a client of another enterprise who no longer holds it (left,
    // or subscription over). Yours needs no move; an unknown email is created, not moved.
    const bool movable = elsewhere && (!active || !subscription);
    return HttpResponse::data(
        QJsonObject{{QStringLiteral("exists"), found},
                    {QStringLiteral("movable"), movable},
                    {QStringLiteral("attached_to_another_enterprise"), elsewhere},
                    {QStringLiteral("subscription_valid"), subscription},
                    {QStringLiteral("client_active"), active}});
}

HttpResponse get(RequestContext &ctx, SandboxContext &sb) {
    HttpResponse error;
    const auto c = ClientRecord::resolve(ctx, sb.store(), kParam, &error);
    if (!c)
        return error;
    return OrderedJson::data(c->record, ClientRecord::keyOrder());
}

HttpResponse create(RequestContext &ctx, SandboxContext &sb) {
    const std::optional<QJsonObject> body = ctx.jsonObject();
    if (!body)
        return notJson();
    HttpResponse error;
    const std::optional<QVariantMap> fields =
        ClientRecord::validate(*body, true, ctx.enterpriseId, 0, sb.store(), &error);
    if (!fields)
        return error;
    const QString password = randomPassword();
    const QVariantMap &f = *fields;
    const std::optional<qint64> id = sb.store().insert(
        QStringLiteral(
            "INSERT INTO clients (enterprise_id, group_id, email, first_name, last_name,"
            " phone_prefix, phone, gender, address, zip_code, city, country, cgu, optin,"
            " registering_date, active, password) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            " ?, ?, ?, ?, 1, ?)"),
        {ctx.enterpriseId, f.value(QStringLiteral("group_id")), f.value(QStringLiteral("email")),
         f.value(QStringLiteral("first_name")), f.value(QStringLiteral("last_name")),
         f.value(QStringLiteral("phone_prefix")), f.value(QStringLiteral("phone")),
         f.value(QStringLiteral("gender")), f.value(QStringLiteral("address")),
         f.value(QStringLiteral("zip_code")), f.value(QStringLiteral("city")),
         f.value(QStringLiteral("country")), f.value(QStringLiteral("cgu")),
         f.value(QStringLiteral("optin")), sb.clock().nowString(), password});
    if (!id)
        return databaseError();
    QJsonObject client = ClientRecord::load(sb.store(), *id);
    client.insert(QStringLiteral("password"), password);
    return OrderedJson::data(client, ClientRecord::keyOrder());
}

HttpResponse update(RequestContext &ctx, SandboxContext &sb) {
    HttpResponse error;
    const auto c = ClientRecord::resolve(ctx, sb.store(), kParam, &error);
    if (!c)
        return error;
    const std::optional<QJsonObject> body = ctx.jsonObject();
    if (!body)
        return notJson();
    const std::optional<QVariantMap> fields =
        ClientRecord::validate(*body, false, ctx.enterpriseId, c->id, sb.store(), &error);
    if (!fields)
        return error;
    if (!fields->isEmpty()) {
        QStringList sets;
        QVariantList binds;
        // Column names come from the validator's fixed list, never from the request.
        for (auto it = fields->cbegin(); it != fields->cend(); ++it) {
            sets.append(it.key() + QStringLiteral(" = ?"));
            binds.append(it.value());
        }
        binds.append(c->id);
        if (!sb.store().exec(QStringLiteral("UPDATE clients SET %1 WHERE id = ?")
                                 .arg(sets.join(QStringLiteral(", "))),
                             binds))
            return databaseError();
    }
    return OrderedJson::data(ClientRecord::load(sb.store(), c->id), ClientRecord::keyOrder());
}

HttpResponse remove(RequestContext &ctx, SandboxContext &sb) {
    HttpResponse error;
    const auto c = ClientRecord::resolve(ctx, sb.store(), kParam, &error);
    if (!c)
        return error;
    if (!c->active)
        return HttpResponse::badRequest(QStringLiteral("is_invalid"), QStringLiteral("client"),
                                        QStringLiteral("the client is already deleted"));
    const QString now = sb.clock().nowString();
    if (!sb.store().exec(
            QStringLiteral("UPDATE clients SET active = 0, leaving_date = ? WHERE id = ?"),
            {now, c->id}))
        return databaseError();
    return HttpResponse::data(QJsonObject{{QStringLiteral("leaving_date"), now}});
}
} // namespace

void install(Router &router, SandboxContext &sb) {
    const QString one = QStringLiteral("/oneapi/v0/clients/{clientIdOrClientEmail}");
    router.add("POST", QStringLiteral("/oneapi/v0/clients"), Router::Auth::Bearer,
               [&sb](RequestContext &ctx) { return create(ctx, sb); });
    router.add("GET", one + QStringLiteral("/exists"), Router::Auth::Bearer,
               [&sb](RequestContext &ctx) { return exists(ctx, sb); });
    router.add("GET", one, Router::Auth::Bearer,
               [&sb](RequestContext &ctx) { return get(ctx, sb); });
    router.add("POST", one, Router::Auth::Bearer,
               [&sb](RequestContext &ctx) { return update(ctx, sb); });
    router.add("DELETE", one, Router::Auth::Bearer,
               [&sb](RequestContext &ctx) { return remove(ctx, sb); });
    router.add("GET", one + QStringLiteral("/login"), Router::Auth::Bearer,
               [&sb](RequestContext &ctx) { return ClientLogin::issue(ctx, sb, kParam); });
    // The page the login URL points to, with and without its trailing slash.
    for (const QString &path : {QStringLiteral("/oneappweb"), QStringLiteral("/oneappweb/")})
        router.add("GET", path, Router::Auth::None,
                   [&sb](RequestContext &ctx) { return ClientLogin::visit(ctx, sb); });
}

} // namespace ClientsRoutes
