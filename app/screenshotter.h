#pragma once

#include <QDir>
#include <QObject>

class MainWindow;

// --screenshots DIR: once signed in, visits every section, grabs the window to
// DIR/<section>.png and quits. Driven by a timer, one section per tick, so pages get
// their answers from the sandbox between shots; never blocks the event loop.
class Screenshotter : public QObject {
    Q_OBJECT
public:
    Screenshotter(MainWindow *window, const QString &dir, QObject *parent = nullptr);
    void start();

Q_SIGNALS:
    void done(bool ok);

private:
    void shootNext();

    MainWindow *m_window;
    QDir m_dir;
    int m_next = 0;
    bool m_ok = true;
};
