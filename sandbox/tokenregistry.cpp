#include "tokenregistry.h"

#include "store/sandboxclock.h"

#include <QUuid>

QString TokenRegistry::issue(qint64 enterpriseId) {
    const qint64 now = m_clock.steadyMs();
    // Drop the expired ones now and then so that a long run does not grow without end.
    if (m_tokens.size() > 1024) {
        for (auto it = m_tokens.begin(); it != m_tokens.end();)
            it = it->expiresAtMs <= now ? m_tokens.erase(it) : std::next(it);
    }
    const QString token = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_tokens.insert(token, Entry{enterpriseId, now + qint64(m_ttlSeconds) * 1000});
    return token;
}

qint64 TokenRegistry::use(const QString &token) {
    auto it = m_tokens.find(token);
    if (it == m_tokens.end())
        return 0;
    const qint64 now = m_clock.steadyMs();
    if (it->expiresAtMs <= now) {
        m_tokens.erase(it);
        return 0;
    }
    it->expiresAtMs = now + qint64(m_ttlSeconds) * 1000;
    return it->enterpriseId;
}
