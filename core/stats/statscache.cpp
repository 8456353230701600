#include "statscache.h"

#include "net/jsondecode.h"
#include "storage/localstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

namespace {
Q_LOGGING_CATEGORY(lcCache, "jobbers.stats.cache", QtInfoMsg)

std::optional<StatsCache::Entry> entryFrom(const StoredStatsMonth &row) {
    QString why;
    std::optional<MonthStats> stats = StatsCache::decode(row.payload, &why);
    if (!stats || stats->year != row.year || stats->month != row.month) {
        qCWarning(lcCache).noquote()
            << "cached month" << row.year << row.month << "unreadable, ignored:" << why;
        return std::nullopt;
    }
    return StatsCache::Entry{*stats, row.fetchedAt, StatsCache::isFinal(*stats, row.fetchedAt)};
}
} // namespace

StatsCache::StatsCache(LocalStore *store)
    : m_store(store) {}

QString StatsCache::accountKey(const QUrl &server, qint64 enterpriseId) {
    QString base =
        server.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return base + QStringLiteral("#%1").arg(enterpriseId);
}

bool StatsCache::isUsable() const {
    return m_store && m_store->isOpen() && !m_account.isEmpty();
}

QDateTime StatsCache::endOf(const YearMonth &month) {
    return QDateTime(month.next().firstDay(), QTime(0, 0), JsonDecode::serverTimeZone());
}

bool StatsCache::isFinal(const MonthStats &stats, const QDateTime &fetchedAt) {
    const QDateTime calculated = stats.lastUpdated().isValid() ? stats.lastUpdated() : fetchedAt;
    return calculated.isValid() && calculated >= endOf({stats.year, stats.month});
}

QByteArray StatsCache::encode(const MonthStats &stats) {
    QJsonArray entries;
    for (const StatsEntry &e : stats.entries)
        entries.append(e.toJson());
    return QJsonDocument(QJsonObject{{QStringLiteral("year"), stats.year},
                                     {QStringLiteral("month"), stats.month},
                                     {QStringLiteral("entries"), entries}})
        .toJson(QJsonDocument::Compact);
}

std::optional<MonthStats> StatsCache::decode(const QByteArray &payload, QString *error) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(payload, &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = parseError.errorString();
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    auto entries = JsonDecode::list<StatsEntry>(o.value(QStringLiteral("entries")),
                                                QStringLiteral("stats"), error);
    if (!entries)
        return std::nullopt;
    return MonthStats{o.value(QStringLiteral("month")).toInt(),
                      o.value(QStringLiteral("year")).toInt(), *entries};
}

bool StatsCache::save(const MonthStats &stats, const QDateTime &fetchedAt) {
    if (!isUsable())
        return false;
    return m_store->saveStatsMonth({m_account, stats.year, stats.month, fetchedAt, encode(stats)});
}

bool StatsCache::saveEncoded(const QString &account, int year, int month,
                             const QDateTime &fetchedAt, const QByteArray &payload) {
    // Another account since the month was encoded: its figures are not this one's.
    if (!isUsable() || account != m_account)
        return false;
    return m_store->saveStatsMonth({m_account, year, month, fetchedAt, payload});
}

std::optional<StatsCache::Entry> StatsCache::load(const YearMonth &month) const {
    if (!isUsable())
        return std::nullopt;
    const auto row = m_store->statsMonth(m_account, month.year, month.month);
    return row ? entryFrom(*row) : std::nullopt;
}

QList<StoredStatsMonth> StatsCache::rows(const YearMonth &first, const YearMonth &last) const {
    if (!isUsable())
        return {};
    return m_store->statsMonths(m_account, first.year, first.month, last.year, last.month);
}

QList<StatsCache::Entry> StatsCache::decodeRows(const QList<StoredStatsMonth> &rows) {
    QList<Entry> out;
    for (const StoredStatsMonth &row : rows) {
        if (auto e = entryFrom(row))
            out.append(*e);
    }
    return out;
}

QList<StatsCache::Entry> StatsCache::load(const YearMonth &first, const YearMonth &last) const {
    return decodeRows(rows(first, last));
}
