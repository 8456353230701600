#include "clientrecord.h"

#include "../requestcontext.h"
#include "../store/sandboxcountries.h"
#include "../store/sandboxstore.h"
#include "routehelpers.h"

#include <QJsonValue>
#include <QRegularExpression>
#include <QSqlQuery>

using namespace RouteHelpers;

namespace ClientRecord {

namespace {
QJsonValue textOrNull(const QVariant &v) {
    return v.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(v.toString());
}

// The mandatory text fields of a create, in the reference's order; address may
// also arrive as "street" (the update examples use that name).
const char *const kTextFields[] = {"email",   "first_name", "last_name", "phone_prefix", "phone",
                                   "address", "zip_code",   "city",      "country"};

std::optional<Lookup> lookupWhere(SandboxStore &store, const QString &where,
                                  const QVariant &value) {
    // The whole record comes along: GET answers it without a second query.
    QSqlQuery q;
    if (!store.exec(QStringLiteral("SELECT %1, enterprise_id FROM clients WHERE %2")
                        .arg(selectColumns(), where),
                    {value}, &q)
        || !q.next())
        return std::nullopt;
    return Lookup{q.value(0).toLongLong(), q.value(18).toLongLong(), q.value(16).toBool(),
                  q.value(15).toString(), toJson(q)};
}
} // namespace

const QStringList &keyOrder() {
    static const QStringList order = {
        QStringLiteral("client_id"),       QStringLiteral("email"),
        QStringLiteral("first_name"),      QStringLiteral("last_name"),
        QStringLiteral("phone_prefix"),    QStringLiteral("phone"),
        QStringLiteral("gender"),          QStringLiteral("address"),
        QStringLiteral("zip_code"),        QStringLiteral("city"),
        QStringLiteral("country"),         QStringLiteral("cgu"),
        QStringLiteral("optin"),           QStringLiteral("registering_date"),
        QStringLiteral("last_login_date"), QStringLiteral("end_subscription_date"),
        QStringLiteral("active"),          QStringLiteral("group_id"),
        QStringLiteral("password")};
    return order;
}

QString selectColumns() {
    return QStringLiteral("id, email, first_name, last_name, phone_prefix, phone, gender, address,"
                          " zip_code, city, country, cgu, optin, registering_date, last_login_date,"
                          " end_subscription_date, active, group_id");
}

QJsonObject toJson(const QSqlQuery &row) {
    return QJsonObject{
        {QStringLiteral("client_id"), row.value(0).toLongLong()},
        {QStringLiteral("email"), row.value(1).toString()},
        {QStringLiteral("first_name"), row.value(2).toString()},
        {QStringLiteral("last_name"), row.value(3).toString()},
        {QStringLiteral("phone_prefix"), row.value(4).toString()},
        {QStringLiteral("phone"), row.value(5).toString()},
        {QStringLiteral("gender"), textOrNull(row.value(6))},
        {QStringLiteral("address"), row.value(7).toString()},
        {QStringLiteral("zip_code"), row.value(8).toString()},
        {QStringLiteral("city"), row.value(9).toString()},
        {QStringLiteral("country"), row.value(10).toString()},
        {QStringLiteral("cgu"), row.value(11).toBool()},
        {QStringLiteral("optin"), row.value(12).toBool()},
        {QStringLiteral("registering_date"), textOrNull(row.value(13))},
        {QStringLiteral("last_login_date"), textOrNull(row.value(14))},
        {QStringLiteral("end_subscription_date"), textOrNull(row.value(15))},
        {QStringLiteral("active"), row.value(16).toBool()},
        {QStringLiteral("group_id"), row.value(17).isNull()
                                         ? QJsonValue(QJsonValue::Null)
                                         : QJsonValue(row.value(17).toLongLong())},
    };
}

QJsonObject load(SandboxStore &store, qint64 id) {
    QSqlQuery q;
    if (!store.exec(QStringLiteral("SELECT %1 FROM clients WHERE id = ?").arg(selectColumns()),
                    {id}, &q)
        || !q.next())
        return {};
    return toJson(q);
}

bool isEmail(const QString &text) {
    // Deliberately simple: one '@', no spaces, a dot in the domain. Stricter rules
    // reject real addresses; "+" in the local part must stay allowed.
    static const QRegularExpression re(
        QStringLiteral(R"(^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$)"));
    return text.size() <= 254 && re.match(text).hasMatch();
}

std::optional<Lookup> byEmail(SandboxStore &store, const QString &email) {
    return lookupWhere(store, QStringLiteral("email = ? COLLATE NOCASE"), email);
}

QStringList emailCandidates(const RequestContext &ctx, const QString &param) {
    QStringList out{ctx.formParam(param)};
    const QString raw = ctx.param(param);
    if (raw != out.constFirst())
        out.append(raw);
    return out;
}

std::optional<Lookup> resolve(const RequestContext &ctx, SandboxStore &store, const QString &param,
                              HttpResponse *error) {
    const QString raw = ctx.param(param).trimmed();
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    std::optional<Lookup> found;
    if (digits.match(raw).hasMatch()) {
        found = lookupWhere(store, QStringLiteral("id = ?"), raw.toLongLong());
    } else {
        for (const QString &candidate : emailCandidates(ctx, param)) {
            // A space cannot be in an address: such a candidate is the '+' decoded away.
            if (candidate.contains(QLatin1Char(' ')))
                continue;
            found = byEmail(store, candidate);
            if (found)
                break;
        }
    }
    if (!found) {
        *error =
            HttpResponse::notFound(QStringLiteral("client"), QStringLiteral("client not found"));
        return std::nullopt;
    }
    if (found->enterpriseId != ctx.enterpriseId) {
        *error = HttpResponse::forbidden(
            QStringLiteral("client"), QStringLiteral("the client belongs to another enterprise"));
        return std::nullopt;
    }
    return found;
}

std::optional<QVariantMap> validate(const QJsonObject &body, bool create, qint64 enterpriseId,
                                    qint64 selfId, SandboxStore &store, HttpResponse *error) {
    Validation v;
    QVariantMap out;

    for (const char *f : kTextFields) {
        QString field = QString::fromLatin1(f);
        QString source = field;
        if (field == QLatin1String("address") && !body.contains(field)
            && body.contains(QStringLiteral("street")))
            source = QStringLiteral("street");
        if (!body.contains(source)) {
            if (create)
                v.blank(field);
            continue;
        }
        const QJsonValue value = body.value(source);
        if (value.isNull() || (value.isString() && value.toString().trimmed().isEmpty())) {
            v.blank(source);
            continue;
        }
        if (!value.isString()) {
            v.invalid(source, QStringLiteral("%1 must be a string").arg(source));
            continue;
        }
        QString text = value.toString().trimmed();
        if (field == QLatin1String("email")) {
            if (!isEmail(text)) {
                v.invalid(source, QStringLiteral("email is not a valid address"));
                continue;
            }
            const std::optional<Lookup> other = byEmail(store, text);
            if (other && other->id != selfId) {
                v.add(QStringLiteral("has_already_been_taken"), source,
                      QStringLiteral("email is already registered"));
                continue;
            }
        } else if (field == QLatin1String("country")) {
            text = text.toUpper();
            if (!SandboxCountries::isAlpha2(text)) {
                v.invalid(source, QStringLiteral("country must be an ISO 3166-1 alpha-2 code"));
                continue;
            }
        }
        out.insert(field, text);
    }

    // cgu is mandatory on create only; when sent it must be true either way.
    const QJsonValue cgu = body.value(QStringLiteral("cgu"));
    if (cgu.isUndefined() || cgu.isNull()) {
        if (create || cgu.isNull())
            v.blank(QStringLiteral("cgu"));
    } else if (!cgu.isBool()) {
        v.invalid(QStringLiteral("cgu"), QStringLiteral("cgu must be a boolean"));
    } else if (!cgu.toBool()) {
        v.add(QStringLiteral("must_be_accepted"), QStringLiteral("cgu"),
              QStringLiteral("the general conditions must be accepted"));
    } else {
        out.insert(QStringLiteral("cgu"), 1);
    }

    const QJsonValue optin = body.value(QStringLiteral("optin"));
    if (optin.isUndefined() || optin.isNull()) {
        if (create || optin.isNull())
            v.blank(QStringLiteral("optin"));
    } else if (!optin.isBool()) {
        v.invalid(QStringLiteral("optin"), QStringLiteral("optin must be a boolean"));
    } else {
        out.insert(QStringLiteral("optin"), optin.toBool() ? 1 : 0);
    }

    // gender: null or "" means unknown; otherwise one of the two constants.
    if (body.contains(QStringLiteral("gender"))) {
        const QJsonValue g = body.value(QStringLiteral("gender"));
        if (g.isNull() || (g.isString() && g.toString().isEmpty()))
            out.insert(QStringLiteral("gender"), QVariant());
        else if (g.isString()
                 && (g.toString() == QLatin1String("MALE")
                     || g.toString() == QLatin1String("FEMALE")))
            out.insert(QStringLiteral("gender"), g.toString());
        else
            v.invalid(QStringLiteral("gender"), QStringLiteral("gender must be MALE or FEMALE"));
    }

    if (body.contains(QStringLiteral("group_id"))) {
        const QJsonValue g = body.value(QStringLiteral("group_id"));
        if (g.isNull() || (g.isString() && g.toString().isEmpty())) {
            out.insert(QStringLiteral("group_id"), QVariant());
        } else {
            const std::optional<qint64> id = idValue(g);
            const bool mine =
                id
                && store.scalar(
                            QStringLiteral(
                                "SELECT COUNT(*) FROM groups WHERE id = ? AND enterprise_id = ?"),
                            {*id, enterpriseId})
                           .toInt()
                       == 1;
            if (mine)
                out.insert(QStringLiteral("group_id"), *id);
            else
                v.invalid(QStringLiteral("group_id"),
                          QStringLiteral("group_id is not a group of this enterprise"));
        }
    }

    if (!v.ok()) {
        *error = v.response();
        return std::nullopt;
    }
    return out;
}

} // namespace ClientRecord
