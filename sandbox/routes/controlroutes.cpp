#include "routes.h"

#include "../requestcontext.h"
#include "../router.h"
#include "../sandboxcontext.h"
#include "routehelpers.h"

#include <QJsonObject>

#include <limits>

using namespace RouteHelpers;

// The sandbox's own control plane, outside the API's paths: no token (it is a
// sandbox), never hit by fault injection, bare JSON answers.
namespace ControlRoutes {

namespace {
QJsonObject faultsJson(const FaultInjector &faults) {
    const FaultRates r = faults.rates();
    const std::optional<quint32> seed = faults.seed();
    return QJsonObject{{QStringLiteral("fail_rate"), r.fail},
                       {QStringLiteral("drop_rate"), r.drop},
                       {QStringLiteral("lose_answer_rate"), r.loseAnswer},
                       {QStringLiteral("seed"), seed ? QJsonValue(qint64(*seed)) : QJsonValue()}};
}

QJsonObject clockJson(const SandboxClock &clock) {
    return QJsonObject{{QStringLiteral("now"), clock.nowString()},
                       {QStringLiteral("offset_seconds"), clock.offsetSeconds()}};
}

// {"seconds": N}: a whole number from 0 to a century. The clock only moves forward,
// as time does: what was issued or dated stays consistent.
HttpResponse advanceClock(RequestContext &ctx, SandboxContext &sb) {
    const std::optional<QJsonObject> body = ctx.jsonObject();
    if (!body)
        return notJson();
    constexpr double kCentury = 100.0 * 366 * 24 * 3600;
    const QString field = QStringLiteral("seconds");
    Validation v;
    for (auto it = body->constBegin(); it != body->constEnd(); ++it) {
        if (it.key() != field)
            v.invalid(it.key(), QStringLiteral("unknown field; known: seconds"));
    }
    const QJsonValue value = body->value(field);
    if (value.isUndefined() || value.isNull())
        v.blank(field);
    else if (!value.isDouble() || value.toDouble() < 0 || value.toDouble() > kCentury
             || value.toDouble() != double(qint64(value.toDouble())))
        v.invalid(
            field,
            QStringLiteral("seconds must be a whole number from 0 to %1").arg(qint64(kCentury)));
    if (!v.ok())
        return v.response();
    sb.clock().advance(qint64(value.toDouble()));
    return HttpResponse::json(clockJson(sb.clock()));
}

// Every field is optional: what is absent keeps its value. All checks come first;
// a body with one bad field changes nothing.
HttpResponse setFaults(RequestContext &ctx, SandboxContext &sb) {
    std::optional<QJsonObject> body = ctx.bodyIsEmpty() ? QJsonObject() : ctx.jsonObject();
    if (!body)
        return notJson();
    FaultRates rates = sb.faults().rates();
    const struct {
        const char *key;
        double *rate;
    } fields[] = {{"fail_rate", &rates.fail},
                  {"drop_rate", &rates.drop},
                  {"lose_answer_rate", &rates.loseAnswer}};
    Validation v;
    for (const auto &f : fields) {
        const QString key = QString::fromLatin1(f.key);
        if (!body->contains(key))
            continue;
        const QJsonValue value = body->value(key);
        if (!value.isDouble() || !FaultRates::isRate(value.toDouble()))
            v.invalid(key, QStringLiteral("%1 must be a number from 0 to 1").arg(key));
        else
            *f.rate = value.toDouble();
    }
    std::optional<quint32> seed;
    if (body->contains(QStringLiteral("seed"))) {
        const double d = body->value(QStringLiteral("seed")).toDouble(-1);
        if (d < 0 || d > double(std::numeric_limits<quint32>::max()) || d != double(qint64(d)))
            v.invalid(QStringLiteral("seed"),
                      QStringLiteral("seed must be an integer from 0 to 4294967295"));
        else
            seed = quint32(d);
    }
    for (auto it = body->constBegin(); it != body->constEnd(); ++it) {
        static const QStringList known = {QStringLiteral("fail_rate"), QStringLiteral("drop_rate"),
                                          QStringLiteral("lose_answer_rate"),
                                          QStringLiteral("seed")};
        if (!known.contains(it.key()))
            v.invalid(it.key(), QStringLiteral("unknown field; known: fail_rate, drop_rate,"
                                               " lose_answer_rate, seed"));
    }
    if (!v.ok())
        return v.response();
    sb.faults().setRates(rates);
    if (seed)
        sb.faults().reseed(*seed);
    return HttpResponse::json(faultsJson(sb.faults()));
}
} // namespace

void install(Router &router, SandboxContext &sb) {
    const QString faults = QStringLiteral("/_sandbox/faults");
    router.add("GET", faults, Router::Auth::None,
               [&sb](RequestContext &) { return HttpResponse::json(faultsJson(sb.faults())); });
    router.add("POST", faults, Router::Auth::None,
               [&sb](RequestContext &ctx) { return setFaults(ctx, sb); });
    router.add("GET", QStringLiteral("/_sandbox/clock"), Router::Auth::None,
               [&sb](RequestContext &) { return HttpResponse::json(clockJson(sb.clock())); });
    router.add("POST", QStringLiteral("/_sandbox/clock/advance"), Router::Auth::None,
               [&sb](RequestContext &ctx) { return advanceClock(ctx, sb); });
}

} // namespace ControlRoutes
