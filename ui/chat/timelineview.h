#pragma once

#include "textselection.h"

#include <QListView>
#include <QPersistentModelIndex>
#include <QUrl>

class MediaCache;
class OutboxRowActions;
class QToolButton;
class TimelineDelegate;

// The conversation's timeline: a QListView over MessagesModel drawn by
// TimelineDelegate. It adds what a chat needs:
// - text selection with the mouse across messages, Ctrl+C / Ctrl+A, links that open on
//   click, attachments that open on click or Enter (save from the context menu);
// - position: it stays at the bottom while new messages come, unless the user has
//   scrolled up; then a "new messages" button shows, and a click, End or Ctrl+End goes
//   down. History inserted above keeps what is on screen where it was;
// - historyWanted() when the top is reached, for the caller to load older messages;
// - over a TimelineRowsModel, the outbox's unsent items after the messages: a failed
//   one has Retry and Discard buttons under it, in its context menu, and on the keys
//   Enter (retry) and Delete (discard) when it is the current row.
class TimelineView : public QListView {
    Q_OBJECT
public:
    explicit TimelineView(QWidget *parent = nullptr);
    ~TimelineView() override;

    TimelineDelegate *timelineDelegate() const { return m_delegate; }
    void setModel(QAbstractItemModel *model) override;
    void doItemsLayout() override;

    // While history loads, and once the whole conversation is shown, historyWanted()
    // is not emitted.
    void setHistoryLoading(bool loading);
    void setHistoryComplete(bool complete);
    bool isHistoryLoading() const { return m_historyLoading; }

    bool isAtBottom() const;
    int unseenCount() const { return m_unseen; }
    QToolButton *newMessagesButton() const { return m_newMessages; }
    const TextSelection &textSelection() const { return m_selection; }
    QString selectedText() const { return m_selection.text(); }

public Q_SLOTS:
    void scrollToNewest();
    void copySelection();
    void selectAllText();

Q_SIGNALS:
    void historyWanted();
    void linkActivated(const QUrl &url);
    void attachmentActivated(const QModelIndex &index);
    void attachmentSaveRequested(const QModelIndex &index);
    // The newest message is on screen (the conversation may be marked read).
    void newestShown();
    void retryRequested(qint64 outboxId);
    void discardRequested(qint64 outboxId);

protected:
    void rowsInserted(const QModelIndex &parent, int start, int end) override;
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                     const QList<int> &roles = {}) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QModelIndex indexNear(const QPoint &viewportPos) const;
    // pos relative to the row's top-left.
    QPoint inRow(const QModelIndex &index, const QPoint &viewportPos) const;
    void beforeRowsInserted(const QModelIndex &parent, int start, int end);
    void onScrolled(int value);
    void onRangeChanged();
    void placeNewMessagesButton();
    void updateNewMessagesButton();

    TimelineDelegate *m_delegate;
    TextSelection m_selection;
    QToolButton *m_newMessages;
    OutboxRowActions *m_outboxActions;
    bool m_historyLoading = false;
    bool m_historyComplete = false;
    bool m_stickToBottom = true;
    int m_unseen = 0;
    // What stays in place while history is inserted above it.
    QPersistentModelIndex m_anchor;
    int m_anchorOffset = 0;
    bool m_adjusting = false;
    // Mouse state.
    bool m_selecting = false;
    QPoint m_pressPos;
    QUrl m_pressedLink;
    QPersistentModelIndex m_pressedAttachment;
    QPersistentModelIndex m_hovered;
};
