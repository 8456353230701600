// LocalStore's cache of monthly statistics (split from localstore.cpp to keep files
// short). The payload is opaque here: stats/StatsCache writes and reads it.
#include "localstore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {
StoredStatsMonth statsMonthFrom(const QSqlQuery &q) {
    StoredStatsMonth m;
    m.account = q.value(0).toString();
    m.year = q.value(1).toInt();
    m.month = q.value(2).toInt();
    m.fetchedAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
    m.payload = q.value(4).toByteArray();
    return m;
}

const QString kStatsColumns = QStringLiteral("account, year, month, fetched_at, payload");
} // namespace

bool LocalStore::saveStatsMonth(const StoredStatsMonth &m) {
    const QDateTime fetched = m.fetchedAt.isValid() ? m.fetchedAt : QDateTime::currentDateTimeUtc();
    return exec(
        QStringLiteral("INSERT INTO stats_months (%1) VALUES (?,?,?,?,?)"
                       " ON CONFLICT(account, year, month) DO UPDATE SET"
                       " fetched_at=excluded.fetched_at, payload=excluded.payload")
            .arg(kStatsColumns),
        {m.account, m.year, m.month, fetched.toUTC().toString(Qt::ISODateWithMs), m.payload});
}

std::optional<StoredStatsMonth> LocalStore::statsMonth(const QString &account, int year,
                                                       int month) const {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM stats_months WHERE account = ? AND year = ? AND"
                             " month = ?")
                  .arg(kStatsColumns));
    q.addBindValue(account);
    q.addBindValue(year);
    q.addBindValue(month);
    if (q.exec() && q.next())
        return statsMonthFrom(q);
    return std::nullopt;
}

QList<StoredStatsMonth> LocalStore::statsMonths(const QString &account, int firstYear,
                                                int firstMonth, int lastYear, int lastMonth) const {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM stats_months WHERE account = ? AND"
                             " year * 12 + month BETWEEN ? AND ? ORDER BY year, month")
                  .arg(kStatsColumns));
    q.addBindValue(account);
    q.addBindValue(firstYear * 12 + firstMonth);
    q.addBindValue(lastYear * 12 + lastMonth);
    QList<StoredStatsMonth> out;
    if (q.exec()) {
        while (q.next())
            out.append(statsMonthFrom(q));
    }
    return out;
}

bool LocalStore::clearStatsMonths(const QString &account) {
    if (account.isEmpty())
        return exec(QStringLiteral("DELETE FROM stats_months"));
    return exec(QStringLiteral("DELETE FROM stats_months WHERE account = ?"), {account});
}
