#pragma once

#include <QtGlobal>

// How often and how long transient faults are retried: delays double from the first one,
// with jitter so that many clients hit by one outage do not come back in lockstep.
class RetryPolicy {
public:
    RetryPolicy() = default;
    RetryPolicy(int maxAttempts, int firstDelayMs, int maxTotalMs)
        : m_maxAttempts(maxAttempts)
        , m_firstDelayMs(firstDelayMs)
        , m_maxTotalMs(maxTotalMs) {}

    int maxAttempts() const { return m_maxAttempts; }
    int firstDelayMs() const { return m_firstDelayMs; }
    int maxTotalMs() const { return m_maxTotalMs; }

    // The delay before attempt number `attemptsDone + 1`, or -1 when the budget (attempts
    // or total time already spent) is used up. atLeastMs is a floor the server asked for
    // (Retry-After): it may exceed the per-delay cap, never the bound on the total time.
    int delayBefore(int attemptsDone, qint64 elapsedMs, int atLeastMs = 0) const;

private:
    int m_maxAttempts = 6;
    int m_firstDelayMs = 250;
    int m_maxTotalMs = 20000;
};
