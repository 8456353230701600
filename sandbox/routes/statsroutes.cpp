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

// What one entry of the answer adds up: the enterprise (group null) or one of its
// groups, for the month [start, end).
struct Tally {
    std::optional<qint64> group;
    qint64 totalRequests = 0, deltaRequests = 0, totalPasses = 0, deltaPasses = 0;
    qint64 totalClients = 0, female = 0, male = 0, deltaClients = 0;
    qint64 rated = 0, ratingSum = 0;
    QHash<QString, qint64> tagged;
    QMap<qint64, QPair<QString, qint64>> orders; // category id -> (name, count)
    QJsonArray emails;
};

// All the entries at once: each query reads the enterprise's rows once, grouped by
// the client's group, and adds them to the enterprise's tally and to their group's
// (rather than a handful of queries per entry, each reading the rows again). Dates
// are compared as the store's sortable text.
class StatsTally {
public:
    StatsTally(SandboxStore &store, qint64 enterpriseId, const QString &start, const QString &end)
        : m_store(store)
        , m_enterprise(enterpriseId)
        , m_start(start)
        , m_end(end) {
        m_tallies.append(Tally{});
        QSqlQuery g;
        m_store.exec(QStringLiteral("SELECT id FROM groups WHERE enterprise_id = ? ORDER BY id"),
                     {enterpriseId}, &g);
        while (g.next()) {
            Tally t;
            t.group = g.value(0).toLongLong();
            m_index.insert(*t.group, m_tallies.size());
            m_tallies.append(t);
        }
    }

    QJsonArray compute(const QList<QPair<qint64, QString>> &tags, const QString &now) {
        conversations();
        passes();
        clients();
        nologin();
        orders();
        QJsonArray out;
        for (const Tally &t : std::as_const(m_tallies))
            out.append(entry(t, tags, now));
        return out;
    }

private:
    // The enterprise's tally, then the group's when the row has one of its groups
    // (a client without a group, or of a group not listed, counts in the first only).
    template<typename F> void add(const QVariant &group, F &&f) {
        f(m_tallies[0]);
        if (group.isNull())
            return;
        const auto it = m_index.constFind(group.toLongLong());
        if (it != m_index.constEnd())
            f(m_tallies[it.value()]);
    }

    // Requests are conversations: up to the month's end and within it, by group;
    // then the month's alone, by (group, main tag, secondary tag), for the tags and
    // ratings (grouping the whole history by tags would hand over thousands of rows).
    void conversations() {
        totalsByGroup(QStringLiteral("conversations"), QStringLiteral("creation_date"),
                      &Tally::totalRequests, &Tally::deltaRequests);
        QSqlQuery m;
        m_store.exec(QStringLiteral("SELECT c.group_id, v.main_tag, v.secondary_tag, COUNT(*),"
                                    " COALESCE(SUM(v.rating > 0), 0),"
                                    " COALESCE(SUM(CASE WHEN v.rating > 0 THEN v.rating"
                                    " ELSE 0 END), 0)"
                                    " FROM conversations v JOIN clients c ON c.id = v.client_id"
                                    " WHERE c.enterprise_id = ? AND v.creation_date >= ?"
                                    " AND v.creation_date < ?"
                                    " GROUP BY c.group_id, v.main_tag, v.secondary_tag"),
                     {m_enterprise, m_start, m_end}, &m);
        while (m.next()) {
            const QString main = m.value(1).toString();
            const QString secondary = m.value(2).toString();
            const qint64 count = m.value(3).toLongLong();
            const qint64 rated = m.value(4).toLongLong();
            const qint64 ratingSum = m.value(5).toLongLong();
            add(m.value(0), [&](Tally &t) {
                t.rated += rated;
                t.ratingSum += ratingSum;
                if (!main.isEmpty())
                    t.tagged[main] += count;
                if (!secondary.isEmpty() && secondary != main)
                    t.tagged[secondary] += count;
            });
        }
    }

    // Passes are pass assignments.
    void passes() {
        totalsByGroup(QStringLiteral("pass_assignments"), QStringLiteral("assigned_at"),
                      &Tally::totalPasses, &Tally::deltaPasses);
    }

    // The rows of table (one per client's event, dated by column) up to the month's end
    // into total, and those within the month into delta, by the client's group.
    void totalsByGroup(const QString &table, const QString &column, qint64 Tally::*total,
                       qint64 Tally::*delta) {
        QSqlQuery q;
        m_store.exec(QStringLiteral("SELECT c.group_id, COUNT(*), COALESCE(SUM(v.%2 >= ?), 0)"
                                    " FROM %1 v JOIN clients c ON c.id = v.client_id"
                                    " WHERE c.enterprise_id = ? AND v.%2 < ?"
                                    " GROUP BY c.group_id")
                         .arg(table, column),
                     {m_start, m_enterprise, m_end}, &q);
        while (q.next()) {
            const qint64 upToEnd = q.value(1).toLongLong();
            const qint64 inMonth = q.value(2).toLongLong();
            add(q.value(0), [&](Tally &t) {
                t.*total += upToEnd;
                t.*delta += inMonth;
            });
        }
    }

    // A client counts at the month's end when registered before it and not gone by
    // then; the month's registrations count whether or not they left since.
    void clients() {
        QSqlQuery q;
        m_store.exec(
            QStringLiteral("SELECT group_id, COALESCE(SUM(present), 0),"
                           " COALESCE(SUM(present AND gender = 'FEMALE'), 0),"
                           " COALESCE(SUM(present AND gender = 'MALE'), 0),"
                           " COALESCE(SUM(registering_date >= ?), 0) FROM ("
                           " SELECT c.group_id, c.gender, c.registering_date,"
                           " (c.leaving_date IS NULL OR c.leaving_date >= ?) AS present"
                           " FROM clients c WHERE c.enterprise_id = ? AND c.registering_date < ?)"
                           " GROUP BY group_id"),
            {m_start, m_end, m_enterprise, m_end}, &q);
        while (q.next()) {
            const qint64 total = q.value(1).toLongLong();
            const qint64 female = q.value(2).toLongLong();
            const qint64 male = q.value(3).toLongLong();
            const qint64 delta = q.value(4).toLongLong();
            add(q.value(0), [&](Tally &t) {
                t.totalClients += total;
                t.female += female;
                t.male += male;
                t.deltaClients += delta;
            });
        }
    }

    // The present clients who had not logged in by the month's end, oldest first.
    void nologin() {
        QSqlQuery q;
        m_store.exec(QStringLiteral("SELECT c.group_id, c.email FROM clients c"
                                    " WHERE c.enterprise_id = ? AND c.registering_date < ?"
                                    " AND (c.leaving_date IS NULL OR c.leaving_date >= ?)"
                                    " AND (c.last_login_date IS NULL OR c.last_login_date >= ?)"
                                    " ORDER BY c.registering_date, c.id"),
                     {m_enterprise, m_end, m_end, m_end}, &q);
        while (q.next()) {
            const QJsonValue email(q.value(1).toString());
            add(q.value(0), [&](Tally &t) { t.emails.append(email); });
        }
    }

    void orders() {
        QSqlQuery q;
        m_store.exec(QStringLiteral("SELECT c.group_id, o.category_id, k.name, COUNT(*)"
                                    " FROM orders o JOIN clients c ON c.id = o.client_id"
                                    " JOIN categories k ON k.id = o.category_id"
                                    " WHERE c.enterprise_id = ? AND o.ordered_at >= ?"
                                    " AND o.ordered_at < ? GROUP BY c.group_id, o.category_id"),
                     {m_enterprise, m_start, m_end}, &q);
        while (q.next()) {
            const qint64 id = q.value(1).toLongLong();
            const QString name = q.value(2).toString();
            const qint64 count = q.value(3).toLongLong();
            add(q.value(0), [&](Tally &t) {
                auto &c = t.orders[id];
                c.first = name;
                c.second += count;
            });
        }
    }

    static QJsonObject entry(const Tally &t, const QList<QPair<qint64, QString>> &tags,
                             const QString &now) {
        QJsonObject o;
        o.insert(QStringLiteral("group_id"), t.group ? QJsonValue(*t.group) : QJsonValue());
        o.insert(QStringLiteral("last_updated"), now);
        o.insert(QStringLiteral("total_requests"), t.totalRequests);
        o.insert(QStringLiteral("delta_requests"), t.deltaRequests);
        o.insert(QStringLiteral("total_passes"), t.totalPasses);
        o.insert(QStringLiteral("delta_passes"), t.deltaPasses);
        o.insert(QStringLiteral("total_clients"), t.totalClients);
        o.insert(QStringLiteral("delta_clients"), t.deltaClients);
        const double f = percent(t.female, t.totalClients);
        const double m = percent(t.male, t.totalClients);
        o.insert(QStringLiteral("percentage_female_clients"), f);
        o.insert(QStringLiteral("percentage_male_clients"), m);
        o.insert(QStringLiteral("percentage_unknown_clients"),
                 t.totalClients > 0 ? round2(100.0 - f - m) : 0.0);
        o.insert(QStringLiteral("nologin_clients"),
                 QJsonObject{{QStringLiteral("total"), t.emails.size()},
                             {QStringLiteral("emails"), t.emails}});
        QJsonArray list;
        for (const auto &tag : tags) {
            list.append(QJsonObject{
                {QStringLiteral("tag_name"), tag.second},
                {QStringLiteral("percent"),
                 percent(t.tagged.value(QString::number(tag.first)), t.deltaRequests)}});
        }
        o.insert(QStringLiteral("tags"), list);
        o.insert(QStringLiteral("avergage_conversation_rating"),
                 t.rated > 0 ? round2(double(t.ratingSum) / double(t.rated)) : 0.0);
        qint64 total = 0;
        for (const auto &c : t.orders)
            total += c.second;
        QJsonArray categories;
        for (auto it = t.orders.constBegin(); it != t.orders.constEnd(); ++it) {
            // The reference shows category ids as strings here.
            categories.append(
                QJsonObject{{QStringLiteral("category_id"), QString::number(it.key())},
                            {QStringLiteral("category_name"), it.value().first},
                            {QStringLiteral("percent"), percent(it.value().second, total)}});
        }
        o.insert(QStringLiteral("total_orders"),
                 QJsonObject{{QStringLiteral("total"), total},
                             {QStringLiteral("categories"), categories}});
        return o;
    }

    SandboxStore &m_store;
    qint64 m_enterprise;
    QString m_start;
    QString m_end;
    QList<Tally> m_tallies;           // the enterprise, then its groups in id order
    QHash<qint64, qsizetype> m_index; // group id -> index in m_tallies
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
    const QJsonArray out = StatsTally(sb.store(), ctx.enterpriseId, start, end).compute(tags, now);
    return OrderedJson::data(out, kKeyOrder);
}
} // namespace

void install(Router &router, SandboxContext &sb) {
    router.add("GET", QStringLiteral("/oneapi/v0/stats"), Router::Auth::Bearer,
               [&sb](RequestContext &ctx) { return stats(ctx, sb); });
}

} // namespace StatsRoutes
