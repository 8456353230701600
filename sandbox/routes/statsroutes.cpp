#include "routes.h"

#include "../requestcontext.h"
#include "../router.h"
#include "../sandboxcontext.h"
#include "../store/sandboxclock.h"
#include "orderedjson.h"
#include "routehelpers.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlQuery>

#include <cmath>
#include <optional>

using namespace RouteHelpers;

namespace StatsRoutes {

namespace {
// The reference's field order, nested objects included (see OrderedJson).
const QStringList kKeyOrder = {QStringLiteral("group_id"),
                               QStringLiteral("last_updated"),
                               QStringLiteral("total_requests"),
                               QStringLiteral("delta_requests"),
                               QStringLiteral("total_passes"),
                               QStringLiteral("delta_passes"),
                               QStringLiteral("total_clients"),
                               QStringLiteral("delta_clients"),
                               QStringLiteral("percentage_female_clients"),
                               QStringLiteral("percentage_male_clients"),
                               QStringLiteral("percentage_unknown_clients"),
                               QStringLiteral("nologin_clients"),
                               QStringLiteral("total"),
                               QStringLiteral("emails"),
                               QStringLiteral("tags"),
                               QStringLiteral("tag_name"),
                               QStringLiteral("category_id"),
                               QStringLiteral("category_name"),
                               QStringLiteral("percent"),
                               QStringLiteral("avergage_conversation_rating"),
                               QStringLiteral("total_orders"),
                               QStringLiteral("categories")};

double round2(double v) {
    return std::round(v * 100.0) / 100.0;
}

double percent(qint64 part, qint64 whole) {
    return whole > 0 ? round2(100.0 * double(part) / double(whole)) : 0.0;
}

// One entry of the answer: the enterprise (group null) or one of its groups, for
// the month [start, end). Dates are compared as the store's sortable text.
class Scope {
public:
    Scope(SandboxStore &store, qint64 enterpriseId, std::optional<qint64> groupId,
          const QString &start, const QString &end, const QString &now)
        : m_store(store)
        , m_group(groupId)
        , m_start(start)
        , m_end(end)
        , m_now(now) {
        m_where = QStringLiteral("c.enterprise_id = ?");
        m_binds = {enterpriseId};
        if (groupId) {
            m_where += QStringLiteral(" AND c.group_id = ?");
            m_binds.append(*groupId);
        }
    }

    QJsonObject compute(const QList<QPair<qint64, QString>> &tags) {
        QJsonObject o;
        o.insert(QStringLiteral("group_id"), m_group ? QJsonValue(*m_group) : QJsonValue());
        o.insert(QStringLiteral("last_updated"), m_now);
        // Requests are conversations, passes are pass assignments.
        const auto [totalRequests, deltaRequests] =
            counts(QStringLiteral("conversations v"), QStringLiteral("v.creation_date"));
        o.insert(QStringLiteral("total_requests"), totalRequests);
        o.insert(QStringLiteral("delta_requests"), deltaRequests);
        const auto [totalPasses, deltaPasses] =
            counts(QStringLiteral("pass_assignments v"), QStringLiteral("v.assigned_at"));
        o.insert(QStringLiteral("total_passes"), totalPasses);
        o.insert(QStringLiteral("delta_passes"), deltaPasses);
        clients(o);
        conversations(o, tags);
        orders(o);
        return o;
    }

private:
    QVariantList binds(const QVariantList &extra) const { return m_binds + extra; }

    // (up to the end of the month, within the month) for a table joined to its client.
    QPair<qint64, qint64> counts(const QString &table, const QString &dateColumn) {
        QSqlQuery q;
        m_store.exec(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(%1 >= ?), 0) FROM %2"
                                    " JOIN clients c ON c.id = v.client_id WHERE %3 AND %1 < ?")
                         .arg(dateColumn, table, m_where),
                     QVariantList{m_start} + binds({m_end}), &q);
        if (!q.next())
            return {0, 0};
        return {q.value(0).toLongLong(), q.value(1).toLongLong()};
    }

    // A client counts at the month's end when registered before it and not gone by then.
    QString presentAtEnd() const {
        return QStringLiteral(" AND c.registering_date < ? AND (c.leaving_date IS NULL OR"
                              " c.leaving_date >= ?)");
    }

    void clients(QJsonObject &o) {
        QSqlQuery q;
        m_store.exec(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(c.gender = 'FEMALE'), 0),"
                                    " COALESCE(SUM(c.gender = 'MALE'), 0) FROM clients c WHERE ")
                         + m_where + presentAtEnd(),
                     binds({m_end, m_end}), &q);
        qint64 total = 0, female = 0, male = 0;
        if (q.next()) {
            total = q.value(0).toLongLong();
            female = q.value(1).toLongLong();
            male = q.value(2).toLongLong();
        }
        // Registered in the month, whether or not they left since.
        const qint64 delta =
            m_store
                .scalar(QStringLiteral("SELECT COUNT(*) FROM clients c WHERE ") + m_where
                            + QStringLiteral(" AND c.registering_date >= ? AND"
                                             " c.registering_date < ?"),
                        binds({m_start, m_end}))
                .toLongLong();
        o.insert(QStringLiteral("total_clients"), total);
        o.insert(QStringLiteral("delta_clients"), delta);
        const double f = percent(female, total);
        const double m = percent(male, total);
        o.insert(QStringLiteral("percentage_female_clients"), f);
        o.insert(QStringLiteral("percentage_male_clients"), m);
        o.insert(QStringLiteral("percentage_unknown_clients"),
                 total > 0 ? round2(100.0 - f - m) : 0.0);

        QSqlQuery n;
        m_store.exec(QStringLiteral("SELECT c.email FROM clients c WHERE ") + m_where
                         + presentAtEnd()
                         + QStringLiteral(" AND (c.last_login_date IS NULL OR"
                                          " c.last_login_date >= ?)"
                                          " ORDER BY c.registering_date, c.id"),
                     binds({m_end, m_end, m_end}), &n);
        QJsonArray emails;
        while (n.next())
            emails.append(n.value(0).toString());
        o.insert(QStringLiteral("nologin_clients"),
                 QJsonObject{{QStringLiteral("total"), emails.size()},
                             {QStringLiteral("emails"), emails}});
    }

    void conversations(QJsonObject &o, const QList<QPair<qint64, QString>> &tags) {
        QSqlQuery q;
        m_store.exec(QStringLiteral("SELECT v.main_tag, v.secondary_tag, v.rating FROM"
                                    " conversations v JOIN clients c ON c.id = v.client_id"
                                    " WHERE ")
                         + m_where
                         + QStringLiteral(" AND v.creation_date >= ? AND v.creation_date < ?"),
                     binds({m_start, m_end}), &q);
        qint64 conversations = 0, rated = 0, ratingSum = 0;
        QHash<QString, qint64> tagged;
        while (q.next()) {
            ++conversations;
            const QString main = q.value(0).toString();
            const QString secondary = q.value(1).toString();
            if (!main.isEmpty())
                ++tagged[main];
            if (!secondary.isEmpty() && secondary != main)
                ++tagged[secondary];
            const int rating = q.value(2).toInt();
            if (rating > 0) {
                ++rated;
                ratingSum += rating;
            }
        }
        QJsonArray list;
        for (const auto &t : tags) {
            list.append(
                QJsonObject{{QStringLiteral("tag_name"), t.second},
                            {QStringLiteral("percent"),
                             percent(tagged.value(QString::number(t.first)), conversations)}});
        }
        o.insert(QStringLiteral("tags"), list);
        o.insert(QStringLiteral("avergage_conversation_rating"),
                 rated > 0 ? round2(double(ratingSum) / double(rated)) : 0.0);
    }

    void orders(QJsonObject &o) {
        QSqlQuery q;
        m_store.exec(QStringLiteral("SELECT o.category_id, k.name, COUNT(*) FROM orders o"
                                    " JOIN clients c ON c.id = o.client_id"
                                    " JOIN categories k ON k.id = o.category_id WHERE ")
                         + m_where
                         + QStringLiteral(" AND o.ordered_at >= ? AND o.ordered_at < ?"
                                          " GROUP BY o.category_id ORDER BY o.category_id"),
                     binds({m_start, m_end}), &q);
        QList<std::tuple<qint64, QString, qint64>> rows;
        qint64 total = 0;
        while (q.next()) {
            rows.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong()});
            total += q.value(2).toLongLong();
        }
        QJsonArray categories;
        for (const auto &[id, name, count] : rows) {
            // The reference shows category ids as strings here.
            categories.append(QJsonObject{{QStringLiteral("category_id"), QString::number(id)},
                                          {QStringLiteral("category_name"), name},
                                          {QStringLiteral("percent"), percent(count, total)}});
        }
        o.insert(QStringLiteral("total_orders"),
                 QJsonObject{{QStringLiteral("total"), total},
                             {QStringLiteral("categories"), categories}});
    }

    SandboxStore &m_store;
    std::optional<qint64> m_group;
    QString m_start;
    QString m_end;
    QString m_now;
    QString m_where;
    QVariantList m_binds;
};

HttpResponse stats(RequestContext &ctx, SandboxContext &sb) {
    static const QRegularExpression monthRe(QStringLiteral("^[0-9]{1,2}$"));
    static const QRegularExpression yearRe(QStringLiteral("^[0-9]{4}$"));
    const QString month = ctx.queryValue(QStringLiteral("month")).trimmed();
    const QString year = ctx.queryValue(QStringLiteral("year")).trimmed();
    Validation v;
    if (month.isEmpty())
        v.blank(QStringLiteral("month"));
    else if (!monthRe.match(month).hasMatch() || month.toInt() < 1 || month.toInt() > 12)
        v.invalid(QStringLiteral("month"), QStringLiteral("month must be between 1 and 12"));
    if (year.isEmpty())
        v.blank(QStringLiteral("year"));
    else if (!yearRe.match(year).hasMatch())
        v.invalid(QStringLiteral("year"), QStringLiteral("year must have four digits"));
    if (!v.ok())
        return v.response();

    const int m = month.toInt();
    // "YYYY-13-01" sorts after every December date and before the next year's,
    // so the month's end needs no year roll-over.
    const QString start =
        QStringLiteral("%1-%2-01 00:00:00").arg(year).arg(m, 2, 10, QLatin1Char('0'));
    const QString end =
        QStringLiteral("%1-%2-01 00:00:00").arg(year).arg(m + 1, 2, 10, QLatin1Char('0'));

    QList<QPair<qint64, QString>> tags;
    QSqlQuery t;
    sb.store().exec(QStringLiteral("SELECT id, tag_name FROM tags ORDER BY id"), {}, &t);
    while (t.next())
        tags.append({t.value(0).toLongLong(), t.value(1).toString()});

    const QString now = sb.clock().nowString();
    QJsonArray out;
    out.append(Scope(sb.store(), ctx.enterpriseId, std::nullopt, start, end, now).compute(tags));
    QSqlQuery g;
    sb.store().exec(QStringLiteral("SELECT id FROM groups WHERE enterprise_id = ? ORDER BY id"),
                    {ctx.enterpriseId}, &g);
    while (g.next())
        out.append(Scope(sb.store(), ctx.enterpriseId, g.value(0).toLongLong(), start, end, now)
                       .compute(tags));
    return OrderedJson::data(out, kKeyOrder);
}
} // namespace

void install(Router &router, SandboxContext &sb) {
    router.add("GET", QStringLiteral("/oneapi/v0/stats"), Router::Auth::Bearer,
               [&sb](RequestContext &ctx) { return stats(ctx, sb); });
}

} // namespace StatsRoutes
