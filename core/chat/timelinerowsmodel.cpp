#include "timelinerowsmodel.h"

#include "chat/outboxmachine.h"
#include "chat/outboxmodel.h"
#include "storage/outboxitem.h"

#include <QMimeDatabase>

using State = OutboxItem::State;

TimelineRowsModel::TimelineRowsModel(MessagesModel *messages, OutboxModel *outbox, QObject *parent)
    : QAbstractListModel(parent)
    , m_messages(messages)
    , m_outbox(outbox) {
    connectMessages();
    connectOutbox();
}

TimelineRowsModel::~TimelineRowsModel() = default;

int TimelineRowsModel::messageCount() const {
    return m_messages ? m_messages->rowCount() : 0;
}

int TimelineRowsModel::rowCount(const QModelIndex &parent) const {
    if (parent.isValid())
        return 0;
    return messageCount() + (m_outbox ? m_outbox->rowCount() : 0);
}

QString TimelineRowsModel::pendingId(qint64 outboxId) {
    return QStringLiteral("outbox:%1").arg(outboxId);
}

Message TimelineRowsModel::messageOf(const OutboxItem &item) {
    Message m;
    m.id = pendingId(item.id);
    m.received = item.createdAt.isValid() ? item.createdAt : QDateTime::currentDateTimeUtc();
    m.author = OutboxMachine::authorOf(item.sender);
    if (item.kind == OutboxItem::Kind::Text) {
        m.type = QStringLiteral("text");
        m.content = item.text();
    } else {
        m.type = item.mimeType.isEmpty() ? QStringLiteral("attachment") : item.mimeType;
        m.mediaUrl = item.mediaUrl;
    }
    return m;
}

bool TimelineRowsModel::isGroupedPending(int outboxRow) const {
    const Message::Author author = OutboxMachine::authorOf(m_outbox->itemAt(outboxRow).sender);
    if (outboxRow > 0)
        return OutboxMachine::authorOf(m_outbox->itemAt(outboxRow - 1).sender) == author;
    const int n = messageCount();
    return n > 0 && m_messages->messageAt(n - 1).author == author;
}

QVariant TimelineRowsModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const int n = messageCount();
    if (index.row() < n) {
        if (role == PendingRole)
            return false;
        if (role >= PendingRole)
            return {};
        return m_messages->data(m_messages->index(index.row()), role);
    }
    return pendingData(index.row() - n, role);
}

QVariant TimelineRowsModel::pendingData(int row, int role) const {
    const OutboxItem &item = m_outbox->itemAt(row);
    const QModelIndex o = m_outbox->index(row);
    const bool file = item.kind == OutboxItem::Kind::Attachment;
    switch (role) {
    case Qt::DisplayRole:
        return file ? item.fileName : item.text();
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        return o.data(OutboxModel::StatusTextRole);
    case Qt::AccessibleTextRole:
        return tr("%1 (%2)").arg(file ? item.fileName : item.text(),
                                 o.data(OutboxModel::StatusTextRole).toString());
    case MessagesModel::IdRole:
        return pendingId(item.id);
    case MessagesModel::MessageRole:
        return QVariant::fromValue(messageOf(item));
    case MessagesModel::AuthorRole:
        return int(OutboxMachine::authorOf(item.sender));
    case MessagesModel::ReceivedRole:
        return messageOf(item).received.toLocalTime();
    case MessagesModel::KindRole:
        // Not yet on the server: no thumbnail to fetch, a card with its name and size.
        return int(file ? MessagesModel::Kind::File : MessagesModel::Kind::Text);
    case MessagesModel::ContentRole:
        return file ? QString() : item.text();
    case MessagesModel::MediaUrlRole:
        return item.mediaUrl;
    case MessagesModel::FileNameRole:
        return file ? item.fileName : QString();
    case MessagesModel::MimeTypeRole:
        if (!file)
            return QString();
        if (!item.mimeType.isEmpty())
            return item.mimeType;
        return QMimeDatabase().mimeTypeForFile(item.fileName, QMimeDatabase::MatchExtension).name();
    case MessagesModel::FirstOfDayRole:
        return messageCount() == 0 && row == 0;
    case MessagesModel::GroupedRole:
        return isGroupedPending(row);
    case MessagesModel::LastOfGroupRole:
        return row + 1 >= m_outbox->rowCount() || !isGroupedPending(row + 1);
    case PendingRole:
        return true;
    case OutboxIdRole:
        return item.id;
    case OutboxStateRole:
        return int(item.state);
    case StatusTextRole:
        return o.data(OutboxModel::StatusTextRole);
    case ErrorRole:
        return item.error;
    case SentBytesRole:
        return o.data(OutboxModel::SentBytesRole);
    case TotalBytesRole:
        return o.data(OutboxModel::TotalBytesRole);
    case CanRetryRole:
        return o.data(OutboxModel::CanRetryRole);
    case CanDiscardRole:
        return o.data(OutboxModel::CanDiscardRole);
    case FileSizeRole:
        return item.fileSize;
    default:
        return {};
    }
}

QHash<int, QByteArray> TimelineRowsModel::roleNames() const {
    QHash<int, QByteArray> names = m_messages ? m_messages->roleNames() : QHash<int, QByteArray>();
    names.insert(PendingRole, "pending");
    names.insert(OutboxIdRole, "outboxId");
    names.insert(OutboxStateRole, "outboxState");
    names.insert(StatusTextRole, "statusText");
    names.insert(ErrorRole, "error");
    names.insert(SentBytesRole, "sentBytes");
    names.insert(TotalBytesRole, "totalBytes");
    names.insert(CanRetryRole, "canRetry");
    names.insert(CanDiscardRole, "canDiscard");
    names.insert(FileSizeRole, "fileSize");
    return names;
}

void TimelineRowsModel::connectMessages() {
    if (!m_messages)
        return;
    // Rows of messages keep their numbers; the outbox's come after them.
    connect(m_messages, &QAbstractItemModel::rowsAboutToBeInserted, this,
            [this](const QModelIndex &, int first, int last) { beginInsertRows({}, first, last); });
    connect(m_messages, &QAbstractItemModel::rowsInserted, this, [this] {
        endInsertRows();
        // The first pending row may now continue the newest message's group.
        if (m_outbox && m_outbox->rowCount() > 0) {
            const QModelIndex first = index(messageCount());
            Q_EMIT dataChanged(first, first);
        }
    });
    connect(m_messages, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &, int first, int last) { beginRemoveRows({}, first, last); });
    connect(m_messages, &QAbstractItemModel::rowsRemoved, this, [this] { endRemoveRows(); });
    connect(m_messages, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to, const QList<int> &roles) {
                Q_EMIT dataChanged(index(from.row()), index(to.row()), roles);
            });
    connect(m_messages, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { beginResetModel(); });
    connect(m_messages, &QAbstractItemModel::modelReset, this, [this] { endResetModel(); });
    connect(m_messages, &QAbstractItemModel::layoutAboutToBeChanged, this,
            [this] { Q_EMIT layoutAboutToBeChanged(); });
    connect(m_messages, &QAbstractItemModel::layoutChanged, this,
            [this] { Q_EMIT layoutChanged(); });
}

void TimelineRowsModel::connectOutbox() {
    if (!m_outbox)
        return;
    connect(m_outbox, &QAbstractItemModel::rowsAboutToBeInserted, this,
            [this](const QModelIndex &, int first, int last) {
                beginInsertRows({}, messageCount() + first, messageCount() + last);
            });
    connect(m_outbox, &QAbstractItemModel::rowsInserted, this, [this] { endInsertRows(); });
    connect(m_outbox, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &, int first, int last) {
                beginRemoveRows({}, messageCount() + first, messageCount() + last);
            });
    connect(m_outbox, &QAbstractItemModel::rowsRemoved, this, [this] { endRemoveRows(); });
    connect(m_outbox, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to) {
                // OutboxModel's role numbers are not ours: every role may have changed.
                const int n = messageCount();
                Q_EMIT dataChanged(index(n + from.row()), index(n + to.row()));
            });
    connect(m_outbox, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { beginResetModel(); });
    connect(m_outbox, &QAbstractItemModel::modelReset, this, [this] { endResetModel(); });
}
