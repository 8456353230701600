#include "sandboxclock.h"

#include <QTimeZone>
#include <QTimer>

#include <algorithm>
#include <limits>

namespace {
const QString kFormat = QStringLiteral("yyyy-MM-dd HH:mm:ss");
} // namespace

SandboxClock::SandboxClock(QObject *parent)
    : QObject(parent) {
    m_steady.start();
}

QTimeZone SandboxClock::zone() {
    static const QTimeZone tz(QByteArrayLiteral("Europe/Paris"));
    // Without tzdata the zone is invalid; fall back to the machine's local time.
    return tz.isValid() ? tz : QTimeZone::systemTimeZone();
}

QDateTime SandboxClock::now() const {
    return QDateTime::fromMSecsSinceEpoch(nowMs(), zone());
}

QString SandboxClock::nowString() const {
    return format(now());
}

qint64 SandboxClock::nowMs() const {
    return QDateTime::currentMSecsSinceEpoch() + m_offsetMs;
}

qint64 SandboxClock::steadyMs() const {
    return m_steady.elapsed() + m_offsetMs;
}

bool SandboxClock::advance(qint64 seconds) {
    if (seconds < 0)
        return false;
    m_offsetMs += seconds * 1000;
    // Every pending call is re-armed on the moved clock; the due ones fire at once
    // (from the event loop, not inside this call).
    const QList<QTimer *> timers = m_pending.keys();
    for (QTimer *t : timers)
        arm(t, m_pending.value(t).deadline);
    Q_EMIT advanced(seconds, offsetSeconds());
    return true;
}

void SandboxClock::restoreOffset(qint64 seconds) {
    m_offsetMs = std::max<qint64>(0, seconds) * 1000;
}

void SandboxClock::callAfter(qint64 delayMs, QObject *context, std::function<void()> fn) {
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    const qint64 deadline = steadyMs() + std::max<qint64>(0, delayMs);
    m_pending.insert(timer, Pending{deadline, context, std::move(fn)});
    connect(timer, &QTimer::timeout, this, [this, timer] { fire(timer); });
    arm(timer, deadline);
}

void SandboxClock::arm(QTimer *timer, qint64 deadline) {
    const qint64 left =
        std::clamp<qint64>(deadline - steadyMs(), 0, std::numeric_limits<int>::max());
    timer->start(int(left));
}

void SandboxClock::fire(QTimer *timer) {
    const auto it = m_pending.find(timer);
    if (it == m_pending.end())
        return;
    // A delay beyond a QTimer's range wakes up early: wait again.
    if (it->deadline > steadyMs()) {
        arm(timer, it->deadline);
        return;
    }
    const Pending p = *it;
    m_pending.erase(it);
    timer->deleteLater();
    if (p.context)
        p.fn();
}

QString SandboxClock::format(const QDateTime &dt) {
    return dt.toTimeZone(zone()).toString(kFormat);
}

QDateTime SandboxClock::parse(const QString &text) {
    QDateTime dt = QDateTime::fromString(text, kFormat);
    if (!dt.isValid())
        return {};
    dt.setTimeZone(zone());
    return dt;
}
