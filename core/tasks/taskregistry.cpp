#include "taskregistry.h"

TaskRegistry::TaskRegistry(QObject *parent)
    : QObject(parent) {}

TaskRegistry::~TaskRegistry() = default;

TaskRegistry::TaskId TaskRegistry::add(const QString &title, std::function<void()> cancel) {
    const bool wasIdle = isIdle();
    Task task;
    task.id = m_nextId++;
    task.title = title;
    task.cancel = std::move(cancel);
    m_tasks.append(task);
    Q_EMIT taskAdded(task.id);
    if (wasIdle)
        Q_EMIT idleChanged(false);
    return task.id;
}

void TaskRegistry::setTitle(TaskId id, const QString &title) {
    if (Task *t = find(id); t && t->title != title) {
        t->title = title;
        Q_EMIT taskChanged(id);
    }
}

void TaskRegistry::setRange(TaskId id, qint64 minimum, qint64 maximum) {
    if (Task *t = find(id)) {
        t->minimum = minimum;
        t->maximum = maximum;
        t->value = qBound(minimum, t->value, qMax(minimum, maximum));
        Q_EMIT taskChanged(id);
    }
}

void TaskRegistry::setValue(TaskId id, qint64 value) {
    if (Task *t = find(id); t && t->value != value) {
        t->value = value;
        Q_EMIT taskChanged(id);
    }
}

void TaskRegistry::setProgress(TaskId id, qint64 value, qint64 maximum) {
    if (Task *t = find(id)) {
        t->minimum = 0;
        t->maximum = maximum;
        t->value = value;
        Q_EMIT taskChanged(id);
    }
}

void TaskRegistry::setBusy(TaskId id) {
    setRange(id, 0, 0);
}

void TaskRegistry::finish(TaskId id) {
    for (qsizetype i = 0; i < m_tasks.size(); ++i) {
        if (m_tasks.at(i).id == id) {
            m_tasks.removeAt(i);
            Q_EMIT taskFinished(id);
            if (isIdle())
                Q_EMIT idleChanged(true);
            return;
        }
    }
}

bool TaskRegistry::cancel(TaskId id) {
    const Task *t = find(id);
    if (!t || !t->cancel)
        return false;
    // Copied: the callback may finish the task, which removes it from the list.
    const std::function<void()> callback = t->cancel;
    Q_EMIT cancelRequested(id);
    callback();
    return true;
}

bool TaskRegistry::contains(TaskId id) const {
    return find(id) != nullptr;
}

TaskRegistry::Task TaskRegistry::task(TaskId id) const {
    const Task *t = find(id);
    return t ? *t : Task{};
}

QList<TaskRegistry::TaskId> TaskRegistry::ids() const {
    QList<TaskId> result;
    result.reserve(m_tasks.size());
    for (const Task &t : m_tasks)
        result.append(t.id);
    return result;
}

TaskRegistry::Task *TaskRegistry::find(TaskId id) {
    for (Task &t : m_tasks) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

const TaskRegistry::Task *TaskRegistry::find(TaskId id) const {
    for (const Task &t : m_tasks) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}
