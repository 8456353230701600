// The timeline at scale: a conversation of 10,000 messages (mixed lengths, some
// images and files). Model fill, first paint, a scroll through the whole
// conversation one screen at a time (time per frame), and a window resize that
// reflows every message. Prints its figures; --quick runs 2,000 messages as a smoke
// test. Targets (issue 10): fill < 50 ms, first paint < 100 ms, p95 frame < 16 ms,
// resize < 100 ms.
#include "benchconversation.h"
#include "chat/messagesmodel.h"
#include "chat/timelinedelegate.h"
#include "chat/timelineview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QTest>
#include <QTextStream>

#include <algorithm>
#include <random>

#include <time.h>

namespace {
double percentile(QList<double> values, double p) {
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto i =
        qsizetype(std::min<double>(double(values.size()) - 1, p * double(values.size())));
    return values.at(i);
}

// Both clocks: wall time is the target's, this thread's CPU time says what the
// figure is worth on a machine shared with other work.
class Stopwatch {
public:
    Stopwatch() { restart(); }
    void restart() {
        m_wall.start();
        m_cpu = cpuNs();
    }
    double wallMs() const { return double(m_wall.nsecsElapsed()) / 1e6; }
    double cpuMs() const { return double(cpuNs() - m_cpu) / 1e6; }
    QString text() const {
        return QStringLiteral("%1 ms (CPU %2 ms)").arg(wallMs(), 0, 'f', 1).arg(cpuMs(), 0, 'f', 1);
    }

private:
    static qint64 cpuNs() {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
    }
    QElapsedTimer m_wall;
    qint64 m_cpu = 0;
};
} // namespace

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const int count = quick ? 2000 : 10000;
    QTextStream out(stdout);
    const QList<Message> messages = benchConversation(count);
    out << "timeline of " << count << " messages\n";

    // Model fill: one page into an empty model (and the same with the view attached,
    // which is what the app does).
    {
        MessagesModel model;
        Stopwatch t;
        model.merge(messages);
        out << "model fill (model alone):     " << t.text() << "\n";
    }

    if (qEnvironmentVariableIsSet("BENCH_CHAT_PARTS")) {
        MessagesModel m;
        m.merge(messages);
        Stopwatch p;
        int grouped = 0;
        for (int r = 0; r < m.rowCount(); ++r)
            grouped += m.isGrouped(r) ? 1 : 0;
        out << "  part: days and groups of every row: " << p.text() << " (" << grouped << ")\n";
        MessageTextHelper text;
        p.restart();
        int h = 0;
        for (const Message &msg : messages)
            h += text.size(msg, 560).height();
        out << "  part: text sizes, first time:       " << p.text() << "\n";
        p.restart();
        for (const Message &msg : messages)
            h += text.size(msg, 400).height();
        out << "  part: text sizes, another width:    " << p.text() << " (" << h << ")\n";
        if (qEnvironmentVariable("BENCH_CHAT_PARTS") == QLatin1String("only"))
            return 0;
    }

    MessagesModel model;
    TimelineView view;
    view.resize(900, 700);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view)) {
        out << "the window was never exposed\n";
        return 1;
    }
    view.setModel(&model);
    Stopwatch t;
    model.merge(messages);
    out << "model fill (view attached):   " << t.text() << "\n";

    // First paint: laying out every row (sizes) and painting the newest screen.
    t.restart();
    view.doItemsLayout();
    view.viewport()->repaint();
    out << "first paint:                  " << t.text()
        << " (at the bottom: " << (view.isAtBottom() ? "yes" : "no") << ")\n";

    // Scroll through the whole conversation, one screen (less a line) per frame, from
    // the top: each row is painted, laid out for the first time, at least once.
    QScrollBar *bar = view.verticalScrollBar();
    bar->setValue(0);
    view.viewport()->repaint();
    QList<double> frames;
    QList<double> cpuFrames;
    const int step = view.viewport()->height() - 40;
    while (bar->value() < bar->maximum()) {
        t.restart();
        bar->setValue(bar->value() + step);
        view.viewport()->repaint();
        frames.append(t.wallMs());
        cpuFrames.append(t.cpuMs());
    }
    out << "scroll through (" << frames.size() << " frames): median " << percentile(frames, 0.5)
        << " ms, p95 " << percentile(frames, 0.95) << " ms, max " << percentile(frames, 1.0)
        << " ms; CPU p50 " << percentile(cpuFrames, 0.5) << " ms, p95 "
        << percentile(cpuFrames, 0.95) << " ms\n";

    // A resize that reflows every message: from 900 to 640 wide.
    t.restart();
    view.resize(640, 700);
    QCoreApplication::sendPostedEvents();
    view.doItemsLayout();
    view.viewport()->repaint();
    out << "resize 900 -> 640 px:         " << t.text() << "\n";
    t.restart();
    view.resize(900, 700);
    QCoreApplication::sendPostedEvents();
    view.doItemsLayout();
    view.viewport()->repaint();
    out << "resize 640 -> 900 px:         " << t.text() << "\n";
    out << "text layouts built:           " << view.timelineDelegate()->textHelper().layoutsBuilt()
        << "\n";
    out.flush();

    // The smoke run fails only on something broken, not on a slow machine.
    return model.rowCount() == count && !frames.isEmpty() ? 0 : 1;
}
