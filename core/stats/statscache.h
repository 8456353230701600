#pragma once

#include "stats/monthstats.h"
#include "stats/yearmonth.h"
#include "storage/storedstatsmonth.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

class LocalStore;

// The statistics of months already fetched, in LocalStore, per account (one server and
// enterprise: two enterprises on one machine never see each other's figures).
//
// Only a final month is trusted: one whose figures were calculated after it ended
// (last_updated, else the fetch time, at or past the first instant of the next month,
// server time). The current month, and a past month cached while it was still
// running, are kept to be shown at once, but isFinal() is false and they are fetched
// again. Without a store (or with one that did not open) the cache holds nothing.
class StatsCache {
public:
    struct Entry {
        MonthStats stats;
        QDateTime fetchedAt;
        bool final = false;
    };

    explicit StatsCache(LocalStore *store = nullptr);

    void setStore(LocalStore *store) { m_store = store; }
    LocalStore *store() const { return m_store; }
    // "http://host:port/#20": server and enterprise id.
    static QString accountKey(const QUrl &server, qint64 enterpriseId);
    void setAccount(const QString &account) { m_account = account; }
    QString account() const { return m_account; }
    bool isUsable() const;

    bool save(const MonthStats &stats, const QDateTime &fetchedAt);
    // The two halves of save(), for a caller that encodes off the UI thread: encode()
    // (anywhere), then the row written (on the store's thread) for that account.
    bool saveEncoded(const QString &account, int year, int month, const QDateTime &fetchedAt,
                     const QByteArray &payload);
    std::optional<Entry> load(const YearMonth &month) const;
    // The months of first..last found in the cache, oldest first (unreadable ones left out).
    QList<Entry> load(const YearMonth &first, const YearMonth &last) const;

    // The two halves of load(first, last), for a caller that decodes off the UI thread:
    // the rows (a quick read, on the store's thread), then their decoding (anywhere).
    QList<StoredStatsMonth> rows(const YearMonth &first, const YearMonth &last) const;
    static QList<Entry> decodeRows(const QList<StoredStatsMonth> &rows);

    static bool isFinal(const MonthStats &stats, const QDateTime &fetchedAt);
    // The first instant after the month, on the server's clock.
    static QDateTime endOf(const YearMonth &month);

    static QByteArray encode(const MonthStats &stats);
    static std::optional<MonthStats> decode(const QByteArray &payload, QString *error = nullptr);

private:
    LocalStore *m_store;
    QString m_account;
};
