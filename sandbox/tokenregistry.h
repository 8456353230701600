#pragma once

#include <QHash>
#include <QString>

class SandboxClock;

// Bearer tokens: UUIDv4, kept in memory (a restarted sandbox forgets them and
// clients sign in again, as they must after any 401). Every use slides the expiry.
// Expiry runs on the sandbox's steady clock: advancing the sandbox's time expires
// tokens, setting the machine's clock does not.
class TokenRegistry {
public:
    TokenRegistry(int ttlSeconds, const SandboxClock &clock)
        : m_ttlSeconds(ttlSeconds)
        , m_clock(clock) {}

    int ttlSeconds() const { return m_ttlSeconds; }
    QString issue(qint64 enterpriseId);
    // The enterprise of a live token (and its expiry pushed forward), or 0.
    qint64 use(const QString &token);
    void revokeAll() { m_tokens.clear(); }
    int count() const { return int(m_tokens.size()); }

private:
    struct Entry {
        qint64 enterpriseId;
        qint64 expiresAtMs; // on SandboxClock::steadyMs()
    };
    int m_ttlSeconds;
    const SandboxClock &m_clock;
    QHash<QString, Entry> m_tokens;
};
