#include "demoseed.h"

#include "demotexts.h"
#include "sandboxclock.h"
#include "sandboxstore.h"
#include "seedinserts.h"

#include <QDateTime>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <random>

using namespace DemoTexts;

namespace DemoSeed {

namespace {
// Fixed seed: the same people, conversations and orders at every start; only the
// dates move, relative to now, so that every one of the past 12 months has data.
constexpr std::mt19937::result_type kSeed = 20180712;

class Rng {
public:
    std::mt19937 gen{kSeed};
    int range(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(gen); }
    qint64 range64(qint64 lo, qint64 hi) {
        return hi <= lo ? lo : std::uniform_int_distribution<qint64>(lo, hi)(gen);
    }
    bool chance(double p) { return std::uniform_real_distribution<double>(0, 1)(gen) < p; }
};

struct Stock {
    qint64 id = 0;
    QDateTime expiration;
    int duration = 1;
    QString durationType;
    int used = 0;
    int spare = 0; // units left over; 0 makes the stock exhausted
};

struct Enterprise {
    qint64 id;
    int clients;
    qint64 groups[2];
    const char *domains[3];
};
const Enterprise kEnterprises[] = {
    {20, 60, {373, 374}, {"exemple.fr", "example.com", "exemple.org"}},
    {280, 15, {375, 376}, {"example.com", "exemple.fr", "example.org"}},
};

const qint64 kCategoryIds[] = {2, 7, 12, 15, 18, 21, 24};

// Email local part: lower case ASCII, accents dropped ("Hélène" -> "helene").
QString ascii(const QString &name) {
    QString out;
    for (const QChar c : name.normalized(QString::NormalizationForm_D)) {
        if (c.unicode() < 128 && (c.isLetterOrNumber() || c == QLatin1Char('-')))
            out += c.toLower();
    }
    return out;
}

QDateTime endOfDay(const QDateTime &dt) {
    QDateTime out = dt;
    out.setTime(QTime(23, 59, 59));
    return out;
}

QDateTime addDuration(const QDateTime &from, int n, const QString &type) {
    if (type == QLatin1String("DAY"))
        return from.addDays(n);
    if (type == QLatin1String("MONTH"))
        return from.addMonths(n);
    return from.addYears(n);
}

class Generator : SeedInserts {
public:
    Generator(SandboxStore &store, const QDateTime &now)
        : SeedInserts(store)
        , m_store(store)
        , m_now(now) {}

    bool run(QString *error) {
        const bool ok = prepare()
                        && std::all_of(std::begin(kEnterprises), std::end(kEnterprises),
                                       [this](const Enterprise &e) { return seed(e); });
        if (!ok && error)
            *error = QStringLiteral("demo data: %1").arg(m_lastError);
        return ok;
    }

private:
    QString fmt(const QDateTime &dt) const { return SandboxClock::format(dt); }

    // A moment between from and to (to is clamped to now).
    QDateTime between(const QDateTime &from, const QDateTime &to) {
        const QDateTime end = to > m_now ? m_now : to;
        return from.addSecs(m_rng.range64(0, qMax<qint64>(0, from.secsTo(end))));
    }

    bool seedStocks(qint64 enterpriseId, QList<Stock> &stocks) {
        struct Def {
            const char *description;
            int expiresInDays;
            int duration;
            const char *type;
            double price;
            int spare;
        };
        // One expired, one exhausted, one expiring within 30 days, one long-lived.
        const Def defs[] = {
            {"Pass annuel (ancienne offre)", -15, 1, "YEAR", 120.0, 6},
            {"Pass trimestriel", 120, 3, "MONTH", 45.0, 0},
            {"Pass découverte 1 mois", 20, 1, "MONTH", 15.9, 14},
            {"Pass annuel", 300, 1, "YEAR", 149.0, 80},
        };
        for (const Def &d : defs) {
            Stock s;
            s.expiration = endOfDay(m_now.addDays(d.expiresInDays));
            s.duration = d.duration;
            s.durationType = QString::fromLatin1(d.type);
            s.spare = d.spare;
            const double net = std::round(d.price / 1.2 * 100.0) / 100.0;
            const std::optional<qint64> id =
                m_store.insert(QStringLiteral("INSERT INTO stocks (enterprise_id, description,"
                                              " duration, duration_type, expiration_date,"
                                              " total_units, total_used, price, net_price, vat)"
                                              " VALUES (?, ?, ?, ?, ?, 0, 0, ?, ?, 20)"),
                               {enterpriseId, QString::fromUtf8(d.description), d.duration,
                                s.durationType, fmt(s.expiration), d.price, net});
            if (!id) {
                m_lastError = QStringLiteral("cannot insert a stock");
                return false;
            }
            s.id = *id;
            stocks.append(s);
        }
        return true;
    }

    QString messageId(const QDateTime &received) {
        // Shaped like a MongoDB ObjectId, as the reference's message ids are.
        QString id;
        do {
            id = QStringLiteral("%1%2")
                     .arg(quint32(received.toSecsSinceEpoch()), 8, 16, QLatin1Char('0'))
                     .arg(quint64(m_rng.gen()) << 32 | m_rng.gen(), 16, 16, QLatin1Char('0'));
        } while (m_messageIds.contains(id));
        m_messageIds.insert(id);
        return id;
    }

    bool seedConversations(qint64 enterpriseId, qint64 clientId, const QDateTime &from,
                           const QDateTime &until) {
        const int count = m_rng.range(0, 4);
        for (int c = 0; c < count; ++c) {
            const Script &script = kScripts[m_rng.range(0, kScriptCount - 1)];
            int available = 0;
            while (available < 6 && script.messages[available])
                ++available;
            const int n = m_rng.range(1, available);
            QList<qint64> gaps;
            qint64 total = 0;
            for (int i = 1; i < n; ++i) {
                gaps.append(m_rng.range(3, 240) * 60);
                total += gaps.last();
            }
            // A client met lately has less time behind it than the script's gaps: they
            // shrink to fit, so that no message is dated after now.
            const QDateTime last = until > m_now ? m_now : until;
            const qint64 room = qMax<qint64>(0, from.secsTo(last));
            if (total > room) {
                qint64 shrunk = 0;
                for (qint64 &gap : gaps) {
                    gap = gap * room / total;
                    shrunk += gap;
                }
                total = shrunk;
            }
            const QDateTime created = between(from, last.addSecs(-total));
            QDateTime received = created;
            QList<QPair<QDateTime, int>> messages{{received, 0}};
            for (int i = 1; i < n; ++i) {
                received = received.addSecs(gaps.at(i - 1));
                messages.append({received, i});
            }
            // Status follows the contract's rules: a client's message leaves it to the
            // agent (SYSTEM_PENDING), an agent's to the client (USER_PENDING); old ones close.
            QString status;
            int rating = 0;
            if (received.daysTo(m_now) > 10) {
                status = QStringLiteral("CLOSED");
                static const int ratings[] = {5, 5, 4, 4, 5, 3, 4, 2, 5, 1};
                if (m_rng.chance(0.65))
                    rating = ratings[m_rng.range(0, 9)];
            } else if (n == 1) {
                status = QStringLiteral("NEW");
            } else {
                status = (n - 1) % 2 == 0 ? QStringLiteral("SYSTEM_PENDING")
                                          : QStringLiteral("USER_PENDING");
            }
            QVariant secondary;
            if (m_rng.chance(0.35)) {
                int other = m_rng.range(1, 20);
                if (other >= script.mainTag)
                    ++other;
                secondary = QString::number(other);
            }
            if (!exec(m_conversation,
                      {enterpriseId, clientId, fmt(created), QString::fromUtf8(script.subject),
                       status, rating, fmt(received), n, QString::number(script.mainTag),
                       secondary}))
                return false;
            const qint64 conversationId = m_conversation.lastInsertId().toLongLong();
            for (const auto &m : messages) {
                if (!exec(m_message,
                          {messageId(m.first), conversationId, fmt(m.first),
                           m.second % 2 == 0 ? QStringLiteral("user") : QStringLiteral("business"),
                           QString::fromUtf8(script.messages[m.second])}))
                    return false;
            }
        }
        return true;
    }

    bool seed(const Enterprise &e) {
        QList<Stock> stocks;
        if (!seedStocks(e.id, stocks))
            return false;
        QSet<QString> emails;
        int subscribed = 0;
        for (int i = 0; i < e.clients; ++i) {
            const bool female = i % 2 == 0;
            QString first =
                QString::fromUtf8(female ? kFemaleNames[m_rng.range(0, kFemaleNameCount - 1)]
                                         : kMaleNames[m_rng.range(0, kMaleNameCount - 1)]);
            QString last = QString::fromUtf8(kLastNames[m_rng.range(0, kLastNameCount - 1)]);
            QString domain = QString::fromLatin1(e.domains[i % 3]);
            QString local;
            // A few fixed people that the README and tests can name.
            if (e.id == 20 && i == 0) {
                first = QStringLiteral("Camille");
                last = QStringLiteral("Lefebvre");
                domain = QStringLiteral("exemple.fr");
            } else if (e.id == 20 && i == 1) {
                first = QStringLiteral("Hugo");
                last = QStringLiteral("Martin");
                local = QStringLiteral("hugo.martin+conciergerie");
                domain = QStringLiteral("exemple.fr");
            } else if (e.id == 280 && i == 0) {
                first = QStringLiteral("Léa");
                last = QStringLiteral("Moreau");
                domain = QStringLiteral("example.com");
            }
            if (local.isEmpty())
                local = ascii(first) + QLatin1Char('.') + ascii(last);
            QString email = local + QLatin1Char('@') + domain;
            for (int n = 2; emails.contains(email); ++n)
                email = QStringLiteral("%1%2@%3").arg(local).arg(n).arg(domain);
            emails.insert(email);

            // Registrations spread evenly over the past year, newest last.
            const int daysAgo =
                qBound(0, (e.clients - i) * 360 / e.clients - 12 + m_rng.range(0, 10), 364);
            const QDateTime registered =
                m_now.addDays(-daysAgo).addSecs(-m_rng.range(0, 10 * 3600));
            QVariant gender;
            if (i > 1 && m_rng.chance(0.2))
                gender = QVariant();
            else
                gender = female ? QStringLiteral("FEMALE") : QStringLiteral("MALE");
            QVariant group;
            const int g = (i < 2) ? 0 : m_rng.range(0, 4);
            if (g < 2)
                group = e.groups[g];
            else if (g < 4)
                group = e.groups[1];
            const bool active = i < 2 || i % 17 != 16;
            const QDateTime left = active ? QDateTime() : between(registered, m_now);
            const QDateTime until = active ? m_now : left;
            QVariant lastLogin;
            if (i < 2 || m_rng.chance(0.7))
                lastLogin = fmt(between(registered, until));

            // Subscriptions through a pass, taken from one of the stocks.
            QVariant end;
            Stock *stock = nullptr;
            QDateTime assigned;
            if (i < 2 || i % 9 == 0 || i % 9 == 3 || i % 9 == 5 || i % 9 == 7) {
                assigned = between(registered, registered.addDays(20));
                stock = &stocks[(subscribed++ + 1) % stocks.size()];
                if (assigned >= stock->expiration)
                    stock = &stocks[3];
                end = fmt(endOfDay(addDuration(assigned, stock->duration, stock->durationType)));
                ++stock->used;
            }
            const QString phone = QStringLiteral("6%1").arg(m_rng.range(10000000, 99999999));
            const City &city = kCities[m_rng.range(0, kCityCount - 1)];
            const QString address =
                QStringLiteral("%1 %2")
                    .arg(m_rng.range(1, 140))
                    .arg(QString::fromUtf8(kStreets[m_rng.range(0, kStreetCount - 1)]));
            if (!exec(m_client, {e.id, group, email, first, last, phone, gender, address,
                                 QString::fromLatin1(city.zip), QString::fromUtf8(city.name),
                                 m_rng.chance(0.6) ? 1 : 0, fmt(registered), lastLogin, end,
                                 active ? 1 : 0, left.isValid() ? QVariant(fmt(left)) : QVariant(),
                                 QStringLiteral("demo-%1").arg(m_rng.range(100000, 999999))}))
                return false;
            const qint64 clientId = m_client.lastInsertId().toLongLong();
            if (stock
                && !exec(
                    m_assign,
                    {e.id, stock->id, clientId,
                     QStringLiteral("CB-%1-%2").arg(e.id).arg(subscribed, 5, 10, QLatin1Char('0')),
                     fmt(assigned), end}))
                return false;
            if (!seedConversations(e.id, clientId, registered, until))
                return false;
            const int orders = m_rng.range(0, 5);
            for (int o = 0; o < orders; ++o) {
                const qint64 category = kCategoryIds[m_rng.range(0, 6)];
                if (!exec(m_order, {clientId, category, fmt(between(registered, until))}))
                    return false;
            }
        }
        for (const Stock &s : stocks) {
            if (!m_store.exec(QStringLiteral("UPDATE stocks SET total_used = ?, total_units = ?"
                                             " WHERE id = ?"),
                              {s.used, s.used + s.spare, s.id})) {
                m_lastError = QStringLiteral("cannot update a stock");
                return false;
            }
        }
        return true;
    }

    SandboxStore &m_store;
    const QDateTime m_now;
    Rng m_rng;
    QSet<QString> m_messageIds;
};
} // namespace

bool seedDemoData(SandboxStore &store, const QDateTime &now, QString *error) {
    // The caller (DemoSeed::seed) runs this inside its transaction.
    return Generator(store, now).run(error);
}

} // namespace DemoSeed
