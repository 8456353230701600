#pragma once

#include <QHash>
#include <QString>

// Bearer tokens: UUIDv4, kept in memory (a restarted sandbox forgets them and
// clients sign in again, as they must after any 401). Every use slides the expiry.
class TokenRegistry {
public:
    explicit TokenRegistry(int ttlSeconds)
        : m_ttlSeconds(ttlSeconds) {}

    int ttlSeconds() const { return m_ttlSeconds; }
    QString issue(qint64 enterpriseId);
    // The enterprise of a live token (and its expiry pushed forward), or 0.
    qint64 use(const QString &token);
    void revokeAll() { m_tokens.clear(); }
    int count() const { return int(m_tokens.size()); }

private:
    struct Entry {
        qint64 enterpriseId;
        qint64 expiresAtMs;
    };
    int m_ttlSeconds;
    QHash<QString, Entry> m_tokens;
};
