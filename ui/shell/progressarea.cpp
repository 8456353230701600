#include "progressarea.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
// QProgressBar holds ints; byte counts of uploads do not fit, so they are scaled.
constexpr qint64 kBarMax = 10000;
} // namespace

ProgressArea::ProgressArea(TaskRegistry *registry, QWidget *parent)
    : QWidget(parent)
    , m_registry(registry)
    , m_rows(new QVBoxLayout(this)) {
    setObjectName(QStringLiteral("progressArea"));
    setAccessibleName(tr("Tasks in progress"));
    m_rows->setContentsMargins(8, 4, 8, 4);
    m_rows->setSpacing(2);

    connect(registry, &TaskRegistry::taskAdded, this, &ProgressArea::addRow);
    connect(registry, &TaskRegistry::taskChanged, this, &ProgressArea::updateRow);
    connect(registry, &TaskRegistry::taskFinished, this, &ProgressArea::removeRow);
    for (TaskRegistry::TaskId id : registry->ids())
        addRow(id);
    setVisible(!registry->isIdle());
}

ProgressArea::~ProgressArea() = default;

QWidget *ProgressArea::rowFor(TaskRegistry::TaskId id) const {
    return m_rowById.value(id);
}

void ProgressArea::addRow(TaskRegistry::TaskId id) {
    auto *row = new QWidget(this);
    row->setObjectName(QStringLiteral("taskRow%1").arg(id));
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *title = new QLabel(row);
    title->setObjectName(QStringLiteral("title"));
    title->setMinimumWidth(160);
    auto *bar = new QProgressBar(row);
    bar->setObjectName(QStringLiteral("bar"));
    bar->setTextVisible(true);
    auto *cancel = new QPushButton(tr("Cancel"), row);
    cancel->setObjectName(QStringLiteral("cancel"));
    connect(cancel, &QPushButton::clicked, this, [this, id, cancel] {
        // One click is enough; the work may take a moment to stop.
        cancel->setEnabled(false);
        if (m_registry)
            m_registry->cancel(id);
    });

    layout->addWidget(title, 2);
    layout->addWidget(bar, 3);
    layout->addWidget(cancel);
    m_rows->addWidget(row);
    m_rowById.insert(id, row);
    updateRow(id);
    show();
}

void ProgressArea::updateRow(TaskRegistry::TaskId id) {
    QWidget *row = m_rowById.value(id);
    if (!row || !m_registry)
        return;
    const TaskRegistry::Task task = m_registry->task(id);
    auto *title = row->findChild<QLabel *>(QStringLiteral("title"));
    auto *bar = row->findChild<QProgressBar *>(QStringLiteral("bar"));
    auto *cancel = row->findChild<QPushButton *>(QStringLiteral("cancel"));
    title->setText(task.title);
    bar->setAccessibleName(tr("Progress of %1").arg(task.title));
    cancel->setAccessibleName(tr("Cancel %1").arg(task.title));
    cancel->setToolTip(tr("Stop \"%1\"").arg(task.title));
    cancel->setVisible(task.isCancellable());
    if (task.isBusy()) {
        bar->setRange(0, 0);
        return;
    }
    const qint64 span = task.maximum - task.minimum;
    const qint64 done = qBound<qint64>(0, task.value - task.minimum, span);
    bar->setRange(0, int(kBarMax));
    bar->setValue(int(done * kBarMax / span));
    bar->setFormat(tr("%p%"));
}

void ProgressArea::removeRow(TaskRegistry::TaskId id) {
    if (QWidget *row = m_rowById.take(id)) {
        m_rows->removeWidget(row);
        row->deleteLater();
    }
    if (m_rowById.isEmpty())
        hide();
}
