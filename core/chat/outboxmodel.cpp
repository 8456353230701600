#include "outboxmodel.h"

#include "chat/outbox.h"

#include <QLocale>

using State = OutboxItem::State;

OutboxModel::OutboxModel(Outbox *outbox, QObject *parent)
    : QAbstractListModel(parent)
    , m_outbox(outbox) {
    connect(outbox, &Outbox::itemAdded, this, &OutboxModel::onAdded);
    connect(outbox, &Outbox::itemChanged, this, &OutboxModel::onChanged);
    connect(outbox, &Outbox::itemRemoved, this,
            [this](qint64 id, const QString &) { onRemoved(id); });
    connect(outbox, &Outbox::uploadProgress, this, &OutboxModel::onProgress);
}

void OutboxModel::setConversationId(const QString &conversationId) {
    if (conversationId == m_conversationId)
        return;
    beginResetModel(); // another conversation: every row changes
    m_conversationId = conversationId;
    m_items = conversationId.isEmpty() || !m_outbox ? QList<OutboxItem>()
                                                    : m_outbox->items(conversationId);
    endResetModel();
}

int OutboxModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_items.size());
}

int OutboxModel::rowOfId(qint64 id) const {
    for (int r = 0; r < m_items.size(); ++r) {
        if (m_items.at(r).id == id)
            return r;
    }
    return -1;
}

QString OutboxModel::statusText(const OutboxItem &item, qint64 sent, qint64 total) {
    switch (item.state) {
    case State::Queued:
        return tr("Waiting to be sent");
    case State::Uploading:
        if (total > 0)
            return tr("Uploading… %1")
                .arg(QLocale().toString(100.0 * double(sent) / double(total), 'f', 0)
                     + QStringLiteral(" %"));
        return tr("Uploading…");
    case State::Sending:
        return item.attempts > 1 ? tr("Sending (attempt %1)…").arg(item.attempts) : tr("Sending…");
    case State::Sent:
        return tr("Sent");
    case State::Failed:
        return tr("Not sent: %1").arg(item.error);
    }
    return {};
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const OutboxItem &item = m_items.at(index.row());
    const QPair<qint64, qint64> progress =
        m_outbox ? m_outbox->uploadProgressOf(item.id) : QPair<qint64, qint64>();
    switch (role) {
    case Qt::DisplayRole:
        return item.kind == OutboxItem::Kind::Text ? item.text() : item.fileName;
    case Qt::ToolTipRole:
    case StatusTextRole:
        return statusText(item, progress.first, progress.second);
    case IdRole:
        return item.id;
    case ItemRole:
        return QVariant::fromValue(item);
    case KindRole:
        return int(item.kind);
    case StateRole:
        return int(item.state);
    case SenderRole:
        return int(item.sender);
    case TextRole:
        return item.text();
    case FileNameRole:
        return item.fileName;
    case FileSizeRole:
        return item.fileSize;
    case MimeTypeRole:
        return item.mimeType;
    case ErrorRole:
        return item.error;
    case SentBytesRole:
        return progress.first;
    case TotalBytesRole:
        return progress.second > 0 ? progress.second : item.fileSize;
    case CanRetryRole:
        return item.state == State::Failed;
    case CanDiscardRole:
        return item.state != State::Sending && item.state != State::Sent;
    default:
        return {};
    }
}

QHash<int, QByteArray> OutboxModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{IdRole, "outboxId"},
                  {KindRole, "kind"},
                  {StateRole, "state"},
                  {SenderRole, "sender"},
                  {TextRole, "text"},
                  {FileNameRole, "fileName"},
                  {FileSizeRole, "fileSize"},
                  {MimeTypeRole, "mimeType"},
                  {ErrorRole, "error"},
                  {SentBytesRole, "sentBytes"},
                  {TotalBytesRole, "totalBytes"},
                  {CanRetryRole, "canRetry"},
                  {CanDiscardRole, "canDiscard"},
                  {StatusTextRole, "statusText"}});
    return names;
}

bool OutboxModel::retry(int row) {
    return m_outbox && row >= 0 && row < m_items.size() && m_outbox->retry(m_items.at(row).id);
}

bool OutboxModel::discard(int row) {
    return m_outbox && row >= 0 && row < m_items.size() && m_outbox->discard(m_items.at(row).id);
}

void OutboxModel::onAdded(const OutboxItem &item) {
    if (item.conversationId != m_conversationId || rowOfId(item.id) >= 0)
        return;
    const int row = int(m_items.size()); // ids grow: a new item is the newest
    beginInsertRows({}, row, row);
    m_items.append(item);
    endInsertRows();
}

void OutboxModel::onChanged(const OutboxItem &item) {
    const int row = rowOfId(item.id);
    if (row < 0)
        return;
    if (item.state == State::Sent) {
        onRemoved(item.id);
        return;
    }
    m_items[row] = item;
    const QModelIndex i = index(row);
    Q_EMIT dataChanged(i, i);
}

void OutboxModel::onRemoved(qint64 id) {
    const int row = rowOfId(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_items.removeAt(row);
    endRemoveRows();
}

void OutboxModel::onProgress(qint64 id, qint64, qint64) {
    const int row = rowOfId(id);
    if (row < 0)
        return;
    const QModelIndex i = index(row);
    Q_EMIT dataChanged(i, i, {SentBytesRole, TotalBytesRole, StatusTextRole, Qt::ToolTipRole});
}
