#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

// The one list of long work in progress (uploads, bulk imports, 12-month stats...).
// Whoever starts such work registers a task here and reports its progress; the shell
// shows every task with a progress bar and a Cancel button. Keeping the list in core
// lets services report progress without knowing any widget.
class TaskRegistry : public QObject {
    Q_OBJECT
public:
    using TaskId = quint64;

    struct Task {
        TaskId id = 0;
        QString title;
        // busy (no known total) when maximum <= minimum
        qint64 minimum = 0;
        qint64 maximum = 0;
        qint64 value = 0;
        std::function<void()> cancel; // empty: the task cannot be cancelled
        bool isBusy() const { return maximum <= minimum; }
        bool isCancellable() const { return bool(cancel); }
    };

    explicit TaskRegistry(QObject *parent = nullptr);
    ~TaskRegistry() override;

    // A new busy task; give it a range with setRange() once the total is known.
    TaskId add(const QString &title, std::function<void()> cancel = {});
    void setTitle(TaskId id, const QString &title);
    void setRange(TaskId id, qint64 minimum, qint64 maximum);
    void setValue(TaskId id, qint64 value);
    // Shorthand for "value of maximum" reports (bytes sent, rows imported).
    void setProgress(TaskId id, qint64 value, qint64 maximum);
    void setBusy(TaskId id);
    // The work is over (done, failed or cancelled): the task leaves the list.
    void finish(TaskId id);
    // Asks the work to stop through its callback; the work calls finish() when it has.
    // Returns false for an unknown or non-cancellable task.
    bool cancel(TaskId id);

    bool contains(TaskId id) const;
    Task task(TaskId id) const;
    QList<TaskId> ids() const;
    int count() const { return int(m_tasks.size()); }
    bool isIdle() const { return m_tasks.isEmpty(); }

Q_SIGNALS:
    void taskAdded(TaskRegistry::TaskId id);
    void taskChanged(TaskRegistry::TaskId id);
    void taskFinished(TaskRegistry::TaskId id);
    void cancelRequested(TaskRegistry::TaskId id);
    void idleChanged(bool idle);

private:
    Task *find(TaskId id);
    const Task *find(TaskId id) const;

    QList<Task> m_tasks; // in start order, a handful at most
    TaskId m_nextId = 1;
};
