#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QTimer;
class QTimeZone;

// The sandbox's time, which tests and integrators can move forward (in the spirit of
// Stripe's test clocks): the machine's time plus an offset. Dates the API shows are
// "YYYY-MM-DD HH:MM:SS" in Europe/Paris. Deadlines kept in memory (access tokens,
// timers) run on a steady clock plus the same offset, so that setting the machine's
// clock does not expire them, and advancing the sandbox's clock does.
class SandboxClock : public QObject {
    Q_OBJECT
public:
    explicit SandboxClock(QObject *parent = nullptr);

    QDateTime now() const;
    QString nowString() const;
    // Milliseconds since the epoch, moved: for deadlines kept in the store.
    qint64 nowMs() const;
    // Milliseconds on a monotonic clock, moved: for deadlines kept in memory.
    qint64 steadyMs() const;
    qint64 offsetSeconds() const { return m_offsetMs / 1000; }

    // Moves the clock forward; false (and nothing moves) for a negative count.
    bool advance(qint64 seconds);
    // Where a restarted sandbox resumes (the offset is kept in the store).
    void restoreOffset(qint64 seconds);

    // Runs fn once the sandbox's time has moved by delayMs, by time passing or by
    // advance(), whichever comes first; never when context is gone by then.
    void callAfter(qint64 delayMs, QObject *context, std::function<void()> fn);
    int pendingCalls() const { return int(m_pending.size()); }

    static QTimeZone zone();
    static QString format(const QDateTime &dt);
    // Invalid QDateTime when the text is not in the API's format.
    static QDateTime parse(const QString &text);

Q_SIGNALS:
    void advanced(qint64 seconds, qint64 offsetSeconds);

private:
    struct Pending {
        qint64 deadline; // steadyMs()
        QPointer<QObject> context;
        std::function<void()> fn;
    };
    void arm(QTimer *timer, qint64 deadline);
    void fire(QTimer *timer);

    QElapsedTimer m_steady;
    qint64 m_offsetMs = 0;
    QHash<QTimer *, Pending> m_pending;
};
