#include "requestbudget.h"

RequestBudget::RequestBudget(QObject *parent)
    : QObject(parent) {
    m_clock.start();
}

void RequestBudget::setPerMinute(int perMinute) {
    perMinute = qBound(1, perMinute, 6000);
    if (perMinute == m_perMinute)
        return;
    m_perMinute = perMinute;
    Q_EMIT perMinuteChanged(perMinute);
}

void RequestBudget::forgetOld() const {
    const qint64 now = m_clock.elapsed();
    while (!m_taken.isEmpty() && m_taken.constFirst() <= now - m_windowMs)
        m_taken.removeFirst();
}

int RequestBudget::used() const {
    forgetOld();
    return int(m_taken.size());
}

bool RequestBudget::tryTake() {
    if (used() >= m_perMinute)
        return false;
    m_taken.append(m_clock.elapsed());
    return true;
}

void RequestBudget::take() {
    forgetOld();
    m_taken.append(m_clock.elapsed());
}

int RequestBudget::msUntilAvailable() const {
    forgetOld();
    if (int(m_taken.size()) < m_perMinute)
        return 0;
    // The oldest that must leave the window for one more to fit.
    const qint64 oldest = m_taken.at(m_taken.size() - m_perMinute);
    return int(qMax<qint64>(1, oldest + m_windowMs - m_clock.elapsed() + 1));
}
