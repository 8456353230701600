#include "retrypolicy.h"

#include <QRandomGenerator>
#include <QtGlobal>

int RetryPolicy::delayBefore(int attemptsDone, qint64 elapsedMs, int atLeastMs) const {
    if (attemptsDone >= m_maxAttempts)
        return -1;
    const int doublings = qBound(0, attemptsDone - 1, 20);
    const qint64 base = qint64(qMax(1, m_firstDelayMs)) << doublings;
    // Up to +25%: the delays still grow (each base doubles) but spread out.
    const qint64 jitter = qint64(QRandomGenerator::global()->bounded(double(base) / 4.0));
    const qint64 delay = qMax<qint64>(qMin<qint64>(base + jitter, 60 * 1000), atLeastMs);
    if (elapsedMs + delay > m_maxTotalMs)
        return -1;
    return int(delay);
}
