#include "timelineview.h"

#include "chat/messagesmodel.h"
#include "chat/timelinerowsmodel.h"
#include "outboxrowactions.h"
#include "timelinedelegate.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QMenu>
#include <QMouseEvent>
#include <QScrollBar>
#include <QToolButton>

namespace {
constexpr int kBottomSlack = 4; // pixels from the end that still count as the bottom
} // namespace

TimelineView::TimelineView(QWidget *parent)
    : QListView(parent)
    , m_delegate(new TimelineDelegate(nullptr, this))
    , m_newMessages(new QToolButton(viewport()))
    , m_outboxActions(new OutboxRowActions(this)) {
    setObjectName(QStringLiteral("timeline"));
    setAccessibleName(tr("Messages"));
    setItemDelegate(m_delegate);
    m_delegate->setSelection(&m_selection);
    m_delegate->setActionsSize(m_outboxActions->sizeHint());
    setVerticalScrollMode(ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSelectionMode(NoSelection);
    setUniformItemSizes(false);
    setResizeMode(Adjust);
    setLayoutMode(SinglePass);
    setFrameShape(QFrame::NoFrame);
    setMouseTracking(true);
    setEditTriggers(NoEditTriggers);
    setFocusPolicy(Qt::StrongFocus);
    verticalScrollBar()->setSingleStep(24);

    m_newMessages->setObjectName(QStringLiteral("newMessagesButton"));
    m_newMessages->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_newMessages->setCursor(Qt::PointingHandCursor);
    m_newMessages->setAutoRaise(false);
    m_newMessages->hide();
    connect(m_newMessages, &QToolButton::clicked, this, &TimelineView::scrollToNewest);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &TimelineView::onScrolled);
    connect(verticalScrollBar(), &QScrollBar::rangeChanged, this, &TimelineView::onRangeChanged);
}

TimelineView::~TimelineView() = default;

void TimelineView::setModel(QAbstractItemModel *model) {
    m_delegate->setMessagesModel(qobject_cast<MessagesModel *>(model));
    m_delegate->setRowsModel(qobject_cast<TimelineRowsModel *>(model));
    m_delegate->clearCaches();
    QListView::setModel(model);
    m_selection.clear();
    m_stickToBottom = true;
    m_unseen = 0;
    m_anchor = QPersistentModelIndex();
    updateNewMessagesButton();
    if (!model)
        return;
    connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this,
            &TimelineView::beforeRowsInserted);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_selection.clear();
        m_stickToBottom = true;
        m_unseen = 0;
        m_historyComplete = false;
        updateNewMessagesButton();
    });
    m_outboxActions->setModel(model);
}

void TimelineView::setHistoryLoading(bool loading) {
    m_historyLoading = loading;
    if (!loading)
        onRangeChanged();
}

void TimelineView::setHistoryComplete(bool complete) {
    m_historyComplete = complete;
}

bool TimelineView::isAtBottom() const {
    const QScrollBar *bar = verticalScrollBar();
    return bar->value() >= bar->maximum() - kBottomSlack;
}

void TimelineView::scrollToNewest() {
    m_stickToBottom = true;
    m_unseen = 0;
    scrollToBottom();
    updateNewMessagesButton();
    if (model() && model()->rowCount() > 0)
        setCurrentIndex(model()->index(model()->rowCount() - 1, 0));
    Q_EMIT newestShown();
}

void TimelineView::onScrolled(int value) {
    Q_UNUSED(value)
    if (m_adjusting)
        return; // a layout moving the view, not the user
    // The user's scrolling decides whether the view follows new messages.
    m_stickToBottom = isAtBottom();
    onRangeChanged();
}

void TimelineView::onRangeChanged() {
    if (m_adjusting)
        return;
    if (isAtBottom()) {
        if (m_unseen > 0) {
            m_unseen = 0;
            updateNewMessagesButton();
        }
        Q_EMIT newestShown();
    }
    if (!m_historyLoading && !m_historyComplete && model() && model()->rowCount() > 0
        && verticalScrollBar()->value() <= viewport()->height() / 3)
        Q_EMIT historyWanted();
}

void TimelineView::beforeRowsInserted(const QModelIndex &parent, int start, int end) {
    Q_UNUSED(end)
    if (parent.isValid() || !model())
        return;
    // History goes above: what is on screen stays there (unless the view follows the
    // newest: new messages go before the outbox's rows, not at the end).
    if (start < model()->rowCount() && !m_anchor.isValid() && !m_stickToBottom) {
        const QModelIndex top = indexAt(QPoint(1, 1));
        if (top.isValid()) {
            m_anchor = top;
            m_anchorOffset = visualRect(top).top();
        }
    }
}

void TimelineView::rowsInserted(const QModelIndex &parent, int start, int end) {
    bool appended = !parent.isValid() && model() && end == model()->rowCount() - 1 && start > 0;
    if (const auto *rows = qobject_cast<TimelineRowsModel *>(model()); rows && !parent.isValid()) {
        // New messages land before the outbox's rows; the outbox's own rows are ours.
        appended = start > 0 && end == rows->messageCount() - 1;
    }
    QListView::rowsInserted(parent, start, end);
    if (appended && !m_stickToBottom) {
        m_unseen += end - start + 1;
        updateNewMessagesButton();
    }
}

void TimelineView::dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                               const QList<int> &roles) {
    for (int r = topLeft.row(); r <= bottomRight.row(); ++r)
        m_delegate->invalidate(model()->index(r, 0));
    QListView::dataChanged(topLeft, bottomRight, roles);
    // A row that gains or loses its author line or day separator changes height.
    scheduleDelayedItemsLayout();
}

void TimelineView::doItemsLayout() {
    m_adjusting = true;
    QListView::doItemsLayout();
    if (m_anchor.isValid()) {
        const int delta = visualRect(m_anchor).top() - m_anchorOffset;
        m_anchor = QPersistentModelIndex();
        verticalScrollBar()->setValue(verticalScrollBar()->value() + delta);
    } else if (m_stickToBottom) {
        scrollToBottom();
    }
    m_adjusting = false;
    placeNewMessagesButton();
    onRangeChanged();
}

void TimelineView::resizeEvent(QResizeEvent *event) {
    // Reflowed rows above change heights: keep the top message in place, unless the
    // view follows the newest.
    if (!m_stickToBottom && !m_anchor.isValid()) {
        const QModelIndex top = indexAt(QPoint(1, 1));
        if (top.isValid()) {
            m_anchor = top;
            m_anchorOffset = visualRect(top).top();
        }
    }
    QListView::resizeEvent(event);
    placeNewMessagesButton();
}

void TimelineView::updateNewMessagesButton() {
    if (m_unseen <= 0) {
        m_newMessages->hide();
        return;
    }
    m_newMessages->setText(tr("↓ %n new message(s)", nullptr, m_unseen));
    m_newMessages->setToolTip(tr("Go to the newest message (End)"));
    m_newMessages->setAccessibleName(m_newMessages->text());
    m_newMessages->adjustSize();
    placeNewMessagesButton();
    m_newMessages->show();
    m_newMessages->raise();
}

void TimelineView::placeNewMessagesButton() {
    const QSize s = m_newMessages->sizeHint();
    m_newMessages->setGeometry((viewport()->width() - s.width()) / 2,
                               viewport()->height() - s.height() - 10, s.width(), s.height());
}

QModelIndex TimelineView::indexNear(const QPoint &viewportPos) const {
    if (!model() || model()->rowCount() == 0)
        return {};
    const int x = qBound(1, viewportPos.x(), qMax(1, viewport()->width() - 2));
    const int y = qBound(0, viewportPos.y(), qMax(0, viewport()->height() - 1));
    QModelIndex i = indexAt(QPoint(x, y));
    if (i.isValid())
        return i;
    // Below the last row.
    return model()->index(model()->rowCount() - 1, 0);
}

QPoint TimelineView::inRow(const QModelIndex &index, const QPoint &viewportPos) const {
    return viewportPos - visualRect(index).topLeft();
}

void TimelineView::mousePressEvent(QMouseEvent *event) {
    setFocus(Qt::MouseFocusReason);
    m_pressedLink = QUrl();
    m_pressedAttachment = QPersistentModelIndex();
    if (event->button() != Qt::LeftButton) {
        QListView::mousePressEvent(event);
        return;
    }
    const QPoint pos = event->position().toPoint();
    m_pressPos = pos;
    const QModelIndex index = indexAt(pos);
    if (!index.isValid()) {
        m_selection.clear();
        viewport()->update();
        return;
    }
    setCurrentIndex(index);
    const int width = viewport()->width();
    const QPoint p = inRow(index, pos);
    m_pressedLink = m_delegate->linkAt(index, width, font(), p);
    if (m_delegate->isOnAttachment(index, width, font(), p))
        m_pressedAttachment = index;
    if (!(event->modifiers() & Qt::ShiftModifier) || m_selection.isEmpty())
        m_selection.setAnchor(index, m_delegate->cursorAt(index, width, font(), p));
    else
        m_selection.setFocus(index, m_delegate->cursorAt(index, width, font(), p));
    m_selecting = true;
    viewport()->update();
}

void TimelineView::mouseMoveEvent(QMouseEvent *event) {
    const QPoint pos = event->position().toPoint();
    const int width = viewport()->width();
    if (m_selecting && (event->buttons() & Qt::LeftButton)) {
        if ((pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance()) {
            m_pressedLink = QUrl();
            m_pressedAttachment = QPersistentModelIndex();
        }
        // Dragging past an edge scrolls.
        if (pos.y() < 0)
            verticalScrollBar()->setValue(verticalScrollBar()->value() - 20);
        else if (pos.y() > viewport()->height())
            verticalScrollBar()->setValue(verticalScrollBar()->value() + 20);
        const QModelIndex index = indexNear(pos);
        if (index.isValid()) {
            m_selection.setFocus(index,
                                 m_delegate->cursorAt(index, width, font(), inRow(index, pos)));
            viewport()->update();
        }
        return;
    }
    const QModelIndex index = indexAt(pos);
    Qt::CursorShape shape = Qt::ArrowCursor;
    QModelIndex hovered;
    if (index.isValid()) {
        const QPoint p = inRow(index, pos);
        const TimelineDelegate::Geometry g = m_delegate->geometry(index, width, font());
        if (m_delegate->linkAt(index, width, font(), p).isValid()) {
            shape = Qt::PointingHandCursor;
        } else if (m_delegate->isOnAttachment(index, width, font(), p)) {
            shape = Qt::PointingHandCursor;
            hovered = index;
        } else if (g.content.contains(p)) {
            shape = Qt::IBeamCursor;
        }
    }
    if (viewport()->cursor().shape() != shape)
        viewport()->setCursor(shape);
    if (QPersistentModelIndex(hovered) != m_hovered) {
        if (m_hovered.isValid())
            viewport()->update(visualRect(m_hovered));
        m_hovered = hovered;
        m_delegate->setHovered(hovered);
        if (hovered.isValid())
            viewport()->update(visualRect(hovered));
    }
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event) {
    if (event->button() != Qt::LeftButton) {
        QListView::mouseReleaseEvent(event);
        return;
    }
    m_selecting = false;
    const bool click = (event->position().toPoint() - m_pressPos).manhattanLength()
                       < QApplication::startDragDistance();
    if (click && m_pressedLink.isValid()) {
        m_selection.clear();
        Q_EMIT linkActivated(m_pressedLink);
    } else if (click && m_pressedAttachment.isValid()) {
        m_selection.clear();
        Q_EMIT attachmentActivated(m_pressedAttachment);
    } else if (!m_selection.isEmpty() && QApplication::clipboard()->supportsSelection()) {
        QApplication::clipboard()->setText(m_selection.text(), QClipboard::Selection);
    }
    if (click && m_selection.isEmpty())
        m_selection.clear();
    m_pressedLink = QUrl();
    m_pressedAttachment = QPersistentModelIndex();
    viewport()->update();
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event) {
    const QModelIndex index = indexAt(event->position().toPoint());
    if (!index.isValid() || event->button() != Qt::LeftButton)
        return;
    // The whole message.
    m_selection.setAnchor(index, 0);
    m_selection.setFocus(index, int(index.data(MessagesModel::ContentRole).toString().size()));
    viewport()->update();
}

void TimelineView::keyPressEvent(QKeyEvent *event) {
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
        return;
    }
    if (event->matches(QKeySequence::SelectAll)) {
        selectAllText();
        return;
    }
    if (event->key() == Qt::Key_End || event->matches(QKeySequence::MoveToEndOfDocument)) {
        scrollToNewest();
        return;
    }
    if (event->key() == Qt::Key_Escape && !m_selection.isEmpty()) {
        m_selection.clear();
        viewport()->update();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && currentIndex().data(TimelineRowsModel::PendingRole).toBool()) {
        m_outboxActions->act(currentIndex(), true);
        return;
    }
    if (event->key() == Qt::Key_Delete && m_outboxActions->act(currentIndex(), false))
        return;
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && currentIndex().isValid()
        && currentIndex().data(MessagesModel::KindRole).toInt() != int(MessagesModel::Kind::Text)) {
        Q_EMIT attachmentActivated(currentIndex());
        return;
    }
    QListView::keyPressEvent(event);
}

void TimelineView::copySelection() {
    QString text = m_selection.text();
    if (text.isEmpty() && currentIndex().isValid())
        text = currentIndex().data(MessagesModel::ContentRole).toString();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void TimelineView::selectAllText() {
    m_selection.selectAll(model());
    viewport()->update();
}

void TimelineView::contextMenuEvent(QContextMenuEvent *event) {
    const QPoint pos = viewport()->mapFrom(this, event->pos());
    const QModelIndex index =
        event->reason() == QContextMenuEvent::Mouse ? indexAt(pos) : currentIndex();
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (index.isValid()) {
        const QUrl link =
            event->reason() == QContextMenuEvent::Mouse
                ? m_delegate->linkAt(index, viewport()->width(), font(), inRow(index, pos))
                : QUrl();
        if (link.isValid()) {
            menu->addAction(tr("&Open link"), this, [this, link] { Q_EMIT linkActivated(link); });
            menu->addAction(tr("Copy &link address"), this,
                            [link] { QApplication::clipboard()->setText(link.toString()); });
            menu->addSeparator();
        }
        if (index.data(TimelineRowsModel::PendingRole).toBool()) {
            const QPersistentModelIndex p(index);
            QAction *retry = menu->addAction(tr("&Retry sending"), this,
                                             [this, p] { m_outboxActions->act(p, true); });
            retry->setShortcut(QKeySequence(Qt::Key_Return));
            retry->setEnabled(index.data(TimelineRowsModel::CanRetryRole).toBool());
            QAction *discard = menu->addAction(tr("&Discard"), this,
                                               [this, p] { m_outboxActions->act(p, false); });
            discard->setShortcut(QKeySequence(Qt::Key_Delete));
            discard->setEnabled(index.data(TimelineRowsModel::CanDiscardRole).toBool());
            menu->addSeparator();
        } else if (index.data(MessagesModel::KindRole).toInt() != int(MessagesModel::Kind::Text)) {
            const QPersistentModelIndex p(index);
            menu->addAction(tr("&Open attachment"), this,
                            [this, p] { Q_EMIT attachmentActivated(p); });
            menu->addAction(tr("&Save attachment as…"), this,
                            [this, p] { Q_EMIT attachmentSaveRequested(p); });
            menu->addSeparator();
        }
    }
    QAction *copy = menu->addAction(tr("&Copy"), this, &TimelineView::copySelection);
    copy->setShortcut(QKeySequence::Copy);
    copy->setEnabled(!m_selection.isEmpty() || index.isValid());
    QAction *all = menu->addAction(tr("Select &all"), this, &TimelineView::selectAllText);
    all->setShortcut(QKeySequence::SelectAll);
    menu->popup(event->globalPos());
}

void TimelineView::leaveEvent(QEvent *event) {
    m_hovered = QPersistentModelIndex();
    m_delegate->setHovered({});
    viewport()->update();
    QListView::leaveEvent(event);
}

void TimelineView::changeEvent(QEvent *event) {
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange
        || event->type() == QEvent::LanguageChange) {
        m_delegate->clearCaches();
        scheduleDelayedItemsLayout();
    }
    QListView::changeEvent(event);
}
