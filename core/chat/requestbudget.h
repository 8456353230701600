#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>

// How many background requests the app may make per minute (the user's setting;
// default 30, whatever the size of the directory). A sliding window over the last
// 60 s: tryTake() succeeds while fewer than perMinute() requests were taken in it.
// Requests the user asked for (opening a conversation) are taken with take(): always
// granted, they still count, so that the background slows down to leave them room.
class RequestBudget : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultPerMinute = 30;

    explicit RequestBudget(QObject *parent = nullptr);

    void setPerMinute(int perMinute);
    int perMinute() const { return m_perMinute; }
    // For tests: the window's length (60,000 ms unless told).
    void setWindowMs(int ms) { m_windowMs = ms; }
    int windowMs() const { return m_windowMs; }

    bool tryTake();
    void take();
    // Taken in the current window.
    int used() const;
    // How long until tryTake() can succeed (0: now).
    int msUntilAvailable() const;
    // The even spacing that spreads perMinute() requests over the window.
    int spacingMs() const { return m_windowMs / qMax(1, m_perMinute); }

Q_SIGNALS:
    void perMinuteChanged(int perMinute);

private:
    void forgetOld() const;

    int m_perMinute = kDefaultPerMinute;
    int m_windowMs = 60000;
    QElapsedTimer m_clock;
    mutable QList<qint64> m_taken; // clock times, oldest first
};
