#include "routes.h"

#include "../requestcontext.h"
#include "../router.h"
#include "../sandboxcontext.h"
#include "../store/sandboxclock.h"
#include "clientrecord.h"
#include "routehelpers.h"

#include <QJsonArray>
#include <QSqlQuery>

using namespace RouteHelpers;

namespace PassesRoutes {

namespace {
HttpResponse invalid(const QString &source, const QString &detail) {
    return HttpResponse::badRequest(QStringLiteral("is_invalid"), source, detail);
}

// Every stock of the enterprise, newest first as in the reference, expired and
// exhausted ones included so that a back office can show why they cannot be used.
HttpResponse list(RequestContext &ctx, SandboxContext &sb) {
    QSqlQuery q;
    if (!sb.store().exec(QStringLiteral("SELECT id, description, duration, duration_type,"
                                        " expiration_date, total_units, total_used, price,"
                                        " net_price, vat FROM stocks WHERE enterprise_id = ?"
                                        " ORDER BY id DESC"),
                         {ctx.enterpriseId}, &q))
        return databaseError();
    QJsonArray out;
    while (q.next()) {
        const int units = q.value(5).toInt();
        const int used = q.value(6).toInt();
        out.append(QJsonObject{
            {QStringLiteral("stock_id"), q.value(0).toLongLong()},
            {QStringLiteral("description"), q.value(1).toString()},
            {QStringLiteral("duration"), q.value(2).toInt()},
            {QStringLiteral("duration_type"), q.value(3).toString()},
            {QStringLiteral("expiration_date"), q.value(4).toString()},
            {QStringLiteral("total_units"), units},
            {QStringLiteral("total_available"), qMax(0, units - used)},
            {QStringLiteral("total_used"), used},
            {QStringLiteral("price"), q.value(7).toDouble()},
            {QStringLiteral("net_price"), q.value(8).toDouble()},
            {QStringLiteral("vat"), q.value(9).toInt()},
        });
    }
    return HttpResponse::data(out);
}

QDateTime addDuration(const QDateTime &from, int n, const QString &type) {
    if (type == QLatin1String("DAY"))
        return from.addDays(n);
    if (type == QLatin1String("MONTH"))
        return from.addMonths(n);
    return from.addYears(n);
}

HttpResponse assign(RequestContext &ctx, SandboxContext &sb) {
    const std::optional<QJsonObject> body = ctx.jsonOrFormObject();
    if (!body)
        return notJson();
    Validation v;
    v.requireAll(*body, {"email", "stock_id", "payment_reference"});
    if (!v.ok())
        return v.response();
    const QJsonValue emailValue = body->value(QStringLiteral("email"));
    const QJsonValue referenceValue = body->value(QStringLiteral("payment_reference"));
    const std::optional<qint64> stockId = idValue(body->value(QStringLiteral("stock_id")));
    if (!emailValue.isString() || !ClientRecord::isEmail(emailValue.toString().trimmed()))
        v.invalid(QStringLiteral("email"), QStringLiteral("email is not a valid address"));
    if (!stockId)
        v.invalid(QStringLiteral("stock_id"), QStringLiteral("stock_id must be a positive id"));
    if (!referenceValue.isString())
        v.invalid(QStringLiteral("payment_reference"),
                  QStringLiteral("payment_reference must be a string"));
    if (!v.ok())
        return v.response();
    const QString email = emailValue.toString().trimmed();
    const QString reference = referenceValue.toString().trimmed();
    SandboxStore &store = sb.store();

    // First, before any other check: a retried assignment must learn that it already
    // happened, even if the stock has run out since.
    if (store
            .scalar(QStringLiteral("SELECT COUNT(*) FROM pass_assignments WHERE"
                                   " enterprise_id = ? AND payment_reference = ?"),
                    {ctx.enterpriseId, reference})
            .toInt()
        > 0)
        return HttpResponse::badRequest(QStringLiteral("has_already_been_taken"),
                                        QStringLiteral("payment_reference"),
                                        QStringLiteral("this payment_reference was already used"));

    const std::optional<ClientRecord::Lookup> client = ClientRecord::byEmail(store, email);
    if (!client)
        return invalid(QStringLiteral("email"), QStringLiteral("no client has this email"));
    if (client->enterpriseId != ctx.enterpriseId)
        return HttpResponse::forbidden(QStringLiteral("email"),
                                       QStringLiteral("the client belongs to another enterprise"));
    if (!client->active)
        return invalid(QStringLiteral("email"), QStringLiteral("the client is not active"));

    QSqlQuery s;
    if (!store.exec(QStringLiteral("SELECT enterprise_id, duration, duration_type,"
                                   " expiration_date, total_units, total_used FROM stocks"
                                   " WHERE id = ?"),
                    {*stockId}, &s))
        return databaseError();
    if (!s.next())
        return invalid(QStringLiteral("stock_id"), QStringLiteral("no such stock"));
    if (s.value(0).toLongLong() != ctx.enterpriseId)
        return HttpResponse::forbidden(QStringLiteral("stock_id"),
                                       QStringLiteral("the stock belongs to another enterprise"));
    const QString nowText = sb.clock().nowString();
    if (s.value(3).toString() < nowText)
        return invalid(QStringLiteral("stock_id"), QStringLiteral("the stock has expired"));
    if (s.value(5).toInt() >= s.value(4).toInt())
        return invalid(QStringLiteral("stock_id"), QStringLiteral("the stock is exhausted"));

    QDateTime from = sb.clock().now();
    const QDateTime currentEnd = SandboxClock::parse(client->endSubscription);
    if (currentEnd.isValid() && currentEnd > from)
        from = currentEnd;
    QDateTime end = addDuration(from, s.value(1).toInt(), s.value(2).toString());
    end.setTime(QTime(23, 59, 59));
    const QString endText = SandboxClock::format(end);

    if (!store.transaction())
        return databaseError();
    QSqlQuery used;
    // The total_used guard and the UNIQUE (enterprise_id, payment_reference) keep the
    // stock and the reference right even if two assignments race.
    const bool ok =
        store.exec(QStringLiteral("UPDATE stocks SET total_used = total_used + 1 WHERE id = ?"
                                  " AND total_used < total_units"),
                   {*stockId}, &used)
        && used.numRowsAffected() == 1
        && store.exec(QStringLiteral("UPDATE clients SET end_subscription_date = ? WHERE id = ?"),
                      {endText, client->id})
        && store.exec(QStringLiteral("INSERT INTO pass_assignments (enterprise_id, stock_id,"
                                     " client_id, payment_reference, assigned_at,"
                                     " end_subscription_date) VALUES (?, ?, ?, ?, ?, ?)"),
                      {ctx.enterpriseId, *stockId, client->id, reference, nowText, endText});
    if (!ok || !store.commit()) {
        store.rollback();
        return databaseError();
    }
    return HttpResponse::data(QJsonObject{{QStringLiteral("end_subscription_date"), endText}});
}

HttpResponse invoice(RequestContext &) {
    return HttpResponse::error(501, QStringLiteral("is_invalid"), QStringLiteral("invoice"),
                               QStringLiteral("invoices are not implemented by the Jobbers One "
                                              "API yet"));
}
} // namespace

void install(Router &router, SandboxContext &sb) {
    router.add("GET", QStringLiteral("/oneapi/v0/stockofpasses"), Router::Auth::Bearer,
               [&sb](RequestContext &ctx) { return list(ctx, sb); });
    router.add("POST", QStringLiteral("/oneapi/v0/stockofpasses/assign"), Router::Auth::Bearer,
               [&sb](RequestContext &ctx) { return assign(ctx, sb); });
    router.add("POST", QStringLiteral("/oneapi/v0/stockofpasses/invoice"), Router::Auth::Bearer,
               invoice);
}

} // namespace PassesRoutes
