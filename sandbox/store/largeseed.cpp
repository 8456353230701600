#include "largeseed.h"

#include "../sandboxserver.h"
#include "demotexts.h"
#include "sandboxclock.h"
#include "sandboxstore.h"
#include "seedinserts.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <iterator>
#include <random>

using namespace DemoTexts;

namespace LargeSeed {

namespace {
// Fixed seed: the same people and activity at every start; dates move with now.
constexpr std::mt19937::result_type kSeed = 9002024;
constexpr qint64 kFirstGroupId = 9001;
constexpr qint64 kDay = 86400;
const qint64 kCategoryIds[] = {2, 7, 12, 15, 18, 21, 24};
const char *const kSites[] = {
    "Paris La Défense",
    "Lyon Part-Dieu",
    "Marseille Euroméditerranée",
    "Lille Euralille",
    "Toulouse Blagnac",
    "Nantes Île de Nantes",
    "Bordeaux Euratlantique",
    "Strasbourg Wacken",
    "Rennes EuroRennes",
    "Montpellier Port Marianne",
    "Nice Méridia",
    "Grenoble Presqu'île",
    "Paris Batignolles",
    "Issy Val de Seine",
    "Saint-Denis Pleyel",
    "Lyon Confluence",
    "Aix Duranne",
    "Sophia Antipolis",
    "Massy Atlantis",
    "Paris Gare de Lyon",
};
const int kRatings[] = {5, 5, 4, 4, 5, 3, 4, 2, 5, 1};

// Email local part: lower case ASCII, accents dropped ("Hélène" -> "helene").
QString ascii(const QString &name) {
    QString out;
    for (const QChar c : name.normalized(QString::NormalizationForm_D)) {
        if (c.unicode() < 128 && (c.isLetterOrNumber() || c == QLatin1Char('-')))
            out += c.toLower();
    }
    return out;
}

class Generator : SeedInserts {
public:
    // Times are seconds of Paris wall-clock time since 1970-01-01 00:00 (no zone
    // arithmetic in the loop: a few hundred thousand dates are written).
    Generator(SandboxStore &store, const LargeSeedSizes &sizes, const QDateTime &now)
        : SeedInserts(store)
        , m_store(store)
        , m_sizes(sizes)
        , m_today(now.toTimeZone(SandboxClock::zone()).date())
        , m_now(localSeconds(now.toTimeZone(SandboxClock::zone()))) {}

    bool run(QString *error) {
        const bool ok = prepare() && enterprise() && clients() && finishStock();
        if (!ok && error)
            *error = QStringLiteral("large enterprise: %1").arg(m_lastError);
        return ok;
    }

private:
    int range(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_rng); }
    qint64 range64(qint64 lo, qint64 hi) {
        return hi <= lo ? lo : std::uniform_int_distribution<qint64>(lo, hi)(m_rng);
    }
    bool chance(double p) { return std::uniform_real_distribution<double>(0, 1)(m_rng) < p; }
    static qint64 localSeconds(const QDateTime &paris) {
        return QDate(1970, 1, 1).daysTo(paris.date()) * kDay
               + paris.time().msecsSinceStartOfDay() / 1000;
    }
    static qint64 dayStart(const QDate &date) { return QDate(1970, 1, 1).daysTo(date) * kDay; }
    // "YYYY-MM-DD HH:MM:SS", the store's format.
    static QString fmt(qint64 t) {
        const QDate d = QDate(1970, 1, 1).addDays(t / kDay);
        const qint64 s = t % kDay;
        char buffer[24];
        std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d %02d:%02d:%02d", d.year(), d.month(),
                      d.day(), int(s / 3600), int(s / 60 % 60), int(s % 60));
        return QString::fromLatin1(buffer);
    }

    // The first instant of the month `monthsAgo` months before now's.
    qint64 monthStart(int monthsAgo) const {
        return dayStart(QDate(m_today.year(), m_today.month(), 1).addMonths(-monthsAgo));
    }
    // Where that month ends for the data: its last second, or now for this month.
    qint64 monthEnd(int monthsAgo) const {
        return monthsAgo == 0 ? m_now : monthStart(monthsAgo - 1) - 1;
    }
    // A moment in [from, to], to clamped to now.
    qint64 between(qint64 from, qint64 to) {
        return from + range64(0, std::max<qint64>(0, std::min(to, m_now) - from));
    }

    bool enterprise() {
        const DemoCredentials c = credentials();
        if (!m_store.exec(QStringLiteral("INSERT INTO enterprises (id, name, api_key, api_secret)"
                                         " VALUES (?, ?, ?, ?)"),
                          {c.enterpriseId, c.name, c.apiKey, c.apiSecret})) {
            m_lastError = QStringLiteral("cannot insert enterprise %1").arg(c.enterpriseId);
            return false;
        }
        for (int g = 0; g < m_sizes.groups; ++g) {
            const int site = g % int(std::size(kSites));
            const QString name = QStringLiteral("Site %1 — %2")
                                     .arg(g + 1, 2, 10, QLatin1Char('0'))
                                     .arg(QString::fromUtf8(kSites[site]));
            if (!m_store.exec(
                    QStringLiteral("INSERT INTO groups (id, enterprise_id, name) VALUES (?, ?, ?)"),
                    {kFirstGroupId + g, kEnterpriseId, name})) {
                m_lastError = QStringLiteral("cannot insert group %1").arg(kFirstGroupId + g);
                return false;
            }
        }
        const std::optional<qint64> stock = m_store.insert(
            QStringLiteral("INSERT INTO stocks (enterprise_id, description, duration,"
                           " duration_type, expiration_date, total_units, total_used, price,"
                           " net_price, vat) VALUES (?, ?, 1, 'YEAR', ?, 0, 0, 149, 124.17, 20)"),
            {kEnterpriseId, QStringLiteral("Pass annuel entreprise"),
             fmt(dayStart(m_today.addDays(365)) + kDay - 1)});
        if (!stock) {
            m_lastError = QStringLiteral("cannot insert the stock");
            return false;
        }
        m_stockId = *stock;
        return true;
    }

    QString messageId(qint64 received) {
        quint64 random = 0;
        do
            random = quint64(m_rng()) << 32 | m_rng();
        while (m_messageIds.contains(random));
        m_messageIds.insert(random);
        return QStringLiteral("%1%2")
            .arg(quint32(received), 8, 16, QLatin1Char('0'))
            .arg(random, 16, 16, QLatin1Char('0'));
    }

    // One conversation of 1-4 messages from a script, created at `created`; those of
    // a past month are closed (so rated or not), as are those over ten days old.
    bool conversation(qint64 clientId, qint64 created, bool pastMonth, bool rated) {
        const Script &script = kScripts[range(0, kScriptCount - 1)];
        int available = 0;
        while (available < 6 && script.messages[available])
            ++available;
        const int wanted = range(2, std::min(4, available));
        QList<qint64> times{created};
        for (int i = 1; i < wanted; ++i) {
            const qint64 next = times.last() + range(3, 180) * 60;
            if (next > m_now)
                break;
            times.append(next);
        }
        const int n = int(times.size());
        QString status;
        int rating = 0;
        if (pastMonth || m_now - created > 10 * kDay) {
            status = QStringLiteral("CLOSED");
            if (rated)
                rating = range(3, 5);
            else if (chance(0.65))
                rating = kRatings[range(0, 9)];
        } else if (n == 1) {
            status = QStringLiteral("NEW");
        } else {
            status = (n - 1) % 2 == 0 ? QStringLiteral("SYSTEM_PENDING")
                                      : QStringLiteral("USER_PENDING");
        }
        QVariant secondary;
        if (chance(0.35)) {
            int other = range(1, 20);
            if (other >= script.mainTag)
                ++other;
            secondary = QString::number(other);
        }
        if (!exec(m_conversation,
                  {kEnterpriseId, clientId, fmt(created), QString::fromUtf8(script.subject), status,
                   rating, fmt(times.last()), n, QString::number(script.mainTag), secondary}))
            return false;
        const qint64 conversationId = m_conversation.lastInsertId().toLongLong();
        for (int i = 0; i < n; ++i) {
            if (!exec(m_message, {messageId(times.at(i)), conversationId, fmt(times.at(i)),
                                  i % 2 == 0 ? QStringLiteral("user") : QStringLiteral("business"),
                                  QString::fromUtf8(script.messages[i])}))
                return false;
        }
        return true;
    }

    bool order(qint64 clientId, qint64 at) {
        return exec(m_order, {clientId, kCategoryIds[range(0, 6)], fmt(at)});
    }

    bool clients() {
        const int months = m_sizes.months;
        // The first months x groups clients cover every (group, month) pair once, with a
        // pass and a rated conversation, so that no group has an empty month.
        const int covering = months * m_sizes.groups;
        for (int i = 0; i < m_sizes.clients; ++i) {
            const int monthsAgo = months - 1 - i % months;
            const qint64 group = kFirstGroupId + (i / months) % m_sizes.groups;
            const bool covers = i < covering;
            const qint64 registered = between(monthStart(monthsAgo), monthEnd(monthsAgo) - 3600);

            const int kind = range(0, 99);
            const bool female = kind < 48;
            const QVariant gender = kind < 48   ? QVariant(QStringLiteral("FEMALE"))
                                    : kind < 88 ? QVariant(QStringLiteral("MALE"))
                                                : QVariant();
            const QString first =
                QString::fromUtf8(female ? kFemaleNames[range(0, kFemaleNameCount - 1)]
                                         : kMaleNames[range(0, kMaleNameCount - 1)]);
            const QString last = QString::fromUtf8(kLastNames[range(0, kLastNameCount - 1)]);
            const QString email = QStringLiteral("%1.%2.%3@grandcompte.example")
                                      .arg(ascii(first), ascii(last), QString::number(i + 1));

            const bool leaves = !covers && chance(0.04);
            qint64 left = 0; // 0: still a client
            if (leaves) {
                left = between(registered + kDay, m_now);
                if (left >= m_now)
                    left = 0;
            }
            const qint64 until = left ? left : m_now;
            const QVariant lastLogin =
                chance(0.75) ? QVariant(fmt(between(registered, until))) : QVariant();

            qint64 assigned = 0; // 0: no pass
            QVariant end;
            if (covers || chance(0.5)) {
                assigned =
                    between(registered, std::min(registered + 7 * kDay, monthEnd(monthsAgo)));
                const QDate day = QDate(1970, 1, 1).addDays(assigned / kDay).addYears(1);
                end = fmt(dayStart(day) + kDay - 1);
            }
            const City &city = kCities[range(0, kCityCount - 1)];
            if (!exec(m_client, {kEnterpriseId, group, email, first, last,
                                 QStringLiteral("6%1").arg(range(10000000, 99999999)), gender,
                                 QStringLiteral("%1 %2").arg(
                                     QString::number(range(1, 140)),
                                     QString::fromUtf8(kStreets[range(0, kStreetCount - 1)])),
                                 QString::fromLatin1(city.zip), QString::fromUtf8(city.name),
                                 chance(0.6) ? 1 : 0, fmt(registered), lastLogin, end, left ? 0 : 1,
                                 left ? QVariant(fmt(left)) : QVariant(),
                                 QStringLiteral("large-%1").arg(range(100000, 999999))}))
                return false;
            const qint64 clientId = m_client.lastInsertId().toLongLong();
            if (assigned) {
                ++m_passes;
                if (!exec(m_assign,
                          {kEnterpriseId, m_stockId, clientId,
                           QStringLiteral("GC-900-%1").arg(m_passes, 6, 10, QLatin1Char('0')),
                           fmt(assigned), end}))
                    return false;
            }
            // The registration month: one conversation and one order; later months: now
            // and then, while the client stays.
            const qint64 firstEnd = std::min(monthEnd(monthsAgo), until);
            if (!conversation(clientId, between(registered, firstEnd), monthsAgo > 0, covers)
                || !order(clientId, between(registered, firstEnd)))
                return false;
            for (int m = monthsAgo - 1; m >= 0; --m) {
                const qint64 start = monthStart(m);
                if (start >= until)
                    break;
                const qint64 stop = std::min(monthEnd(m), until);
                if (chance(0.12) && !conversation(clientId, between(start, stop), m > 0, false))
                    return false;
                if (chance(0.15) && !order(clientId, between(start, stop)))
                    return false;
            }
        }
        return true;
    }

    bool finishStock() {
        if (!m_store.exec(QStringLiteral("UPDATE stocks SET total_used = ?, total_units = ?"
                                         " WHERE id = ?"),
                          {m_passes, m_passes + 500, m_stockId})) {
            m_lastError = QStringLiteral("cannot update the stock");
            return false;
        }
        return true;
    }

    SandboxStore &m_store;
    const LargeSeedSizes m_sizes;
    const QDate m_today;
    const qint64 m_now;
    std::mt19937 m_rng{kSeed};
    QSet<quint64> m_messageIds;
    qint64 m_stockId = 0;
    int m_passes = 0;
};
} // namespace

DemoCredentials credentials() {
    return {kEnterpriseId, QStringLiteral("Conciergerie Grand Compte"),
            QStringLiteral("demo-900-key"), QStringLiteral("demo-900-secret")};
}

bool isSeeded(const SandboxStore &store) {
    return store
               .scalar(QStringLiteral("SELECT COUNT(*) FROM enterprises WHERE id = ?"),
                       {kEnterpriseId})
               .toInt()
           > 0;
}

bool seed(SandboxStore &store, const LargeSeedSizes &sizes, const QDateTime &now, QString *error) {
    if (!store.transaction()) {
        if (error)
            *error = QStringLiteral("large enterprise: cannot start a transaction");
        return false;
    }
    if (!Generator(store, sizes, now).run(error)) {
        store.rollback();
        return false;
    }
    return store.commit();
}

} // namespace LargeSeed
