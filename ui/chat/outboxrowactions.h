#pragma once

#include <QObject>
#include <QPointer>
#include <QSize>

class QAbstractItemModel;
class QModelIndex;
class QWidget;
class TimelineView;

// The Retry and Discard buttons of the timeline's failed outbox rows (a
// TimelineRowsModel's pending rows): index widgets of the view, which the delegate
// places under the row's reason, given and taken as rows fail, are retried, leave.
// Clicks, and act() for the keyboard and the context menu, end in the view's
// retryRequested() and discardRequested().
class OutboxRowActions : public QObject {
    Q_OBJECT
public:
    explicit OutboxRowActions(TimelineView *view);
    ~OutboxRowActions() override;

    // Follows model's rows (nothing when it is not a TimelineRowsModel).
    void setModel(QAbstractItemModel *model);
    // The size the delegate leaves for the buttons.
    QSize sizeHint();
    // Retry (or discard) the outbox item of index. False when index is no outbox row or
    // its item cannot be retried (discarded) now.
    bool act(const QModelIndex &index, bool retry);

private:
    void sync(int first, int last);
    QWidget *create(const QModelIndex &index, QWidget *parent);

    TimelineView *m_view;
    QPointer<QAbstractItemModel> m_model;
};
