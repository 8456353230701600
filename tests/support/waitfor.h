#pragma once

#include <QDeadlineTimer>
#include <QObject>
#include <QPointer>
#include <QSignalSpy>

// Waiting in tests without sleeping: each wait runs the event loop inside a QSignalSpy
// until the awaited signal comes, so a test never polls and never sleeps a fixed time.
//
// The object waited on may delete itself while the test waits (an ApiReply does, after
// finished()): the helpers hold it through a QPointer and only re-check the condition,
// which must itself cope with the object being gone (capture a QPointer, not a raw one).
namespace WaitFor {

// Long enough for a loaded 2-core CI machine; a test that waits this long has failed.
inline constexpr int kTimeoutMs = 30000;

// Waits until done() holds, re-checking it after every emission of signal by sender,
// until deadline. done() is checked first, so a condition already true returns at once.
// Returns done()'s last verdict: false on timeout, or when sender is null or destroyed
// with done() still false.
template<typename Object, typename Signal, typename Condition>
bool until(const Object *sender, Signal signal, Condition done, QDeadlineTimer deadline) {
    const QPointer<const QObject> guard(sender);
    if (done())
        return true;
    if (!guard)
        return false;
    QSignalSpy spy(sender, signal);
    while (!done()) {
        if (!guard || deadline.hasExpired())
            return done();
        spy.wait(int(qMax<qint64>(1, deadline.remainingTime())));
    }
    return true;
}

template<typename Object, typename Signal, typename Condition>
bool until(const Object *sender, Signal signal, Condition done, int timeoutMs = kTimeoutMs) {
    return until(sender, signal, done, QDeadlineTimer(timeoutMs));
}

// Waits until spy (made by the caller before the action) holds at least count emissions.
inline bool spyCount(QSignalSpy &spy, int count, int timeoutMs = kTimeoutMs) {
    const QDeadlineTimer deadline(timeoutMs);
    while (spy.size() < count) {
        if (deadline.hasExpired())
            return false;
        spy.wait(int(qMax<qint64>(1, deadline.remainingTime())));
    }
    return true;
}

} // namespace WaitFor
