#pragma once

#include "tasks/taskregistry.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QVBoxLayout;

// The one place where long work shows: a row per task of the TaskRegistry with its
// title, a progress bar and a Cancel button. Hidden while nothing runs, so it takes
// no room from the pages most of the day.
class ProgressArea : public QWidget {
    Q_OBJECT
public:
    explicit ProgressArea(TaskRegistry *registry, QWidget *parent = nullptr);
    ~ProgressArea() override;

    TaskRegistry *registry() const { return m_registry; }
    // The row of a task, for tests and accessibility tools; nullptr if none.
    QWidget *rowFor(TaskRegistry::TaskId id) const;

private:
    void addRow(TaskRegistry::TaskId id);
    void updateRow(TaskRegistry::TaskId id);
    void removeRow(TaskRegistry::TaskId id);

    QPointer<TaskRegistry> m_registry;
    QVBoxLayout *m_rows;
    QHash<TaskRegistry::TaskId, QWidget *> m_rowById;
};
