#include "screenshotter.h"

#include "shell/mainwindow.h"

#include <QPixmap>
#include <QTextStream>
#include <QTimer>

namespace {
// Time for a page to ask the sandbox and paint its answer before the shot.
constexpr int kSettleMs = 1500;
} // namespace

Screenshotter::Screenshotter(MainWindow *window, const QString &dir, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_dir(dir) {}

void Screenshotter::start() {
    if (!m_dir.mkpath(QStringLiteral("."))) {
        QTextStream(stderr) << "cannot create " << m_dir.absolutePath() << Qt::endl;
        Q_EMIT done(false);
        return;
    }
    m_window->setCurrentSection(MainWindow::sections().first());
    QTimer::singleShot(kSettleMs, this, &Screenshotter::shootNext);
}

void Screenshotter::shootNext() {
    const QList<MainWindow::Section> sections = MainWindow::sections();
    const MainWindow::Section section = sections.at(m_next);
    const QString path = m_dir.filePath(MainWindow::sectionKey(section) + QStringLiteral(".png"));
    if (m_window->grab().save(path))
        QTextStream(stdout) << "wrote " << path << Qt::endl;
    else
        m_ok = false;
    if (++m_next >= sections.size()) {
        Q_EMIT done(m_ok);
        return;
    }
    m_window->setCurrentSection(sections.at(m_next));
    QTimer::singleShot(kSettleMs, this, &Screenshotter::shootNext);
}
