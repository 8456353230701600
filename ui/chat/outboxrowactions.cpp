#include "outboxrowactions.h"

#include "chat/timelinerowsmodel.h"
#include "timelineview.h"

#include <QHBoxLayout>
#include <QToolButton>

OutboxRowActions::OutboxRowActions(TimelineView *view)
    : QObject(view)
    , m_view(view) {}

OutboxRowActions::~OutboxRowActions() = default;

void OutboxRowActions::setModel(QAbstractItemModel *model) {
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = qobject_cast<TimelineRowsModel *>(model) ? model : nullptr;
    if (!m_model)
        return;
    // After the view's own handling of each change: the rows are laid out.
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { sync(first, last); });
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to) { sync(from.row(), to.row()); });
    connect(m_model, &QAbstractItemModel::modelReset, this,
            [this] { sync(0, m_model->rowCount() - 1); });
    sync(0, m_model->rowCount() - 1);
}

QSize OutboxRowActions::sizeHint() {
    QWidget probe;
    return create(QModelIndex(), &probe)->sizeHint();
}

QWidget *OutboxRowActions::create(const QModelIndex &index, QWidget *parent) {
    auto *box = new QWidget(parent);
    box->setObjectName(QStringLiteral("outboxActions"));
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    const QString what = index.data(Qt::DisplayRole).toString().left(60);
    const qint64 id = index.data(TimelineRowsModel::OutboxIdRole).toLongLong();
    auto *retry = new QToolButton(box);
    retry->setObjectName(QStringLiteral("retryButton"));
    retry->setText(tr("Retry"));
    retry->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh")));
    retry->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    retry->setAccessibleName(tr("Retry sending “%1”").arg(what));
    retry->setToolTip(tr("Send it again (Enter)"));
    auto *discard = new QToolButton(box);
    discard->setObjectName(QStringLiteral("discardButton"));
    discard->setText(tr("Discard"));
    discard->setIcon(QIcon::fromTheme(QStringLiteral("edit-delete")));
    discard->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    discard->setAccessibleName(tr("Discard “%1”").arg(what));
    discard->setToolTip(tr("Forget this message (Delete)"));
    layout->addWidget(retry);
    layout->addWidget(discard);
    TimelineView *view = m_view;
    connect(retry, &QToolButton::clicked, view, [view, id] { Q_EMIT view->retryRequested(id); });
    connect(discard, &QToolButton::clicked, view,
            [view, id] { Q_EMIT view->discardRequested(id); });
    box->setProperty("outboxId", id);
    return box;
}

void OutboxRowActions::sync(int first, int last) {
    if (!m_model)
        return;
    const int count = m_model->rowCount();
    for (int r = qMax(0, first); r <= last && r < count; ++r) {
        const QModelIndex i = m_model->index(r, 0);
        const bool failed = i.data(TimelineRowsModel::PendingRole).toBool()
                            && i.data(TimelineRowsModel::CanRetryRole).toBool();
        QWidget *current = m_view->indexWidget(i);
        const qint64 id = i.data(TimelineRowsModel::OutboxIdRole).toLongLong();
        if (failed && (!current || current->property("outboxId").toLongLong() != id))
            m_view->setIndexWidget(i, create(i, m_view->viewport()));
        else if (!failed && current)
            m_view->setIndexWidget(i, nullptr);
    }
}

bool OutboxRowActions::act(const QModelIndex &index, bool retry) {
    if (!index.isValid() || !index.data(TimelineRowsModel::PendingRole).toBool())
        return false;
    const qint64 id = index.data(TimelineRowsModel::OutboxIdRole).toLongLong();
    if (retry && index.data(TimelineRowsModel::CanRetryRole).toBool()) {
        Q_EMIT m_view->retryRequested(id);
        return true;
    }
    if (!retry && index.data(TimelineRowsModel::CanDiscardRole).toBool()) {
        Q_EMIT m_view->discardRequested(id);
        return true;
    }
    return false;
}
