#include "conversationsmodel.h"

#include "clients/clientsmodel.h"

#include <QLocale>

ConversationsModel::ConversationsModel(QObject *parent)
    : QAbstractTableModel(parent) {}

int ConversationsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConversationsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString ConversationsModel::statusText(Conversation::Status status) {
    switch (status) {
    case Conversation::Status::New:
        return tr("New");
    case Conversation::Status::UserPending:
        return tr("Waiting for the client");
    case Conversation::Status::SystemPending:
        return tr("To answer");
    case Conversation::Status::Closed:
        return tr("Closed");
    case Conversation::Status::Unknown:
        break;
    }
    return tr("Unknown");
}

QString ConversationsModel::clientText(const IndexedConversation &e) {
    if (!e.clientName.isEmpty())
        return e.clientName;
    if (!e.clientEmail.isEmpty())
        return e.clientEmail;
    return tr("Client %1").arg(e.conversation.clientId);
}

QString ConversationsModel::searchKeyOf(const IndexedConversation &e) {
    return ClientsModel::fold(e.conversation.subject) + QLatin1Char('\n')
           + ClientsModel::fold(e.clientName) + QLatin1Char('\n')
           + ClientsModel::fold(e.clientEmail) + QLatin1Char('\n')
           + QString::number(e.conversation.clientId);
}

QVariant ConversationsModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const IndexedConversation &e = row.entry;
    const Conversation &c = e.conversation;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Subject:
            return c.subject.isEmpty() ? tr("(no subject)") : c.subject;
        case ClientColumn:
            return clientText(e);
        case Status:
            return statusText(c.status);
        case LastUpdated: {
            const QDateTime when = c.lastUpdated.isValid() ? c.lastUpdated : c.creationDate;
            if (!when.isValid())
                return QString();
            // Short enough for a narrow column: the time today, else the date (the
            // tooltip has both).
            const QDateTime local = when.toLocalTime();
            return local.date() == QDate::currentDate()
                       ? QLocale().toString(local.time(), QLocale::ShortFormat)
                       : QLocale().toString(local.date(), QLocale::ShortFormat);
        }
        case Messages:
            return e.unread() > 0 ? tr("%1 (+%2)", "message count (unread ones)")
                                        .arg(c.messageCounter)
                                        .arg(e.unread())
                                  : QString::number(c.messageCounter);
        }
        return {};
    case Qt::ToolTipRole: {
        const QDateTime checked = m_checks.value(c.clientId);
        const QString checkedText =
            checked.isValid()
                ? tr("Client's conversations last checked %1")
                      .arg(QLocale().toString(checked.toLocalTime(), QLocale::ShortFormat))
                : tr("Client's conversations not checked yet");
        if (index.column() == Messages && e.unread() > 0)
            return QString(tr("%n new since this desk last opened it", nullptr, int(e.unread()))
                           + QLatin1Char('\n') + checkedText);
        if (index.column() == LastUpdated && c.lastUpdated.isValid())
            return QString(QLocale().toString(c.lastUpdated.toLocalTime(), QLocale::LongFormat)
                           + QLatin1Char('\n') + checkedText);
        if (index.column() == ClientColumn && !e.clientEmail.isEmpty())
            return QString(e.clientEmail + QLatin1Char('\n') + checkedText);
        return checkedText;
    }
    case Qt::AccessibleTextRole:
        if (index.column() == Subject && e.unread() > 0)
            return tr("%1, %n unread message(s)", nullptr, int(e.unread()))
                .arg(c.subject.isEmpty() ? tr("(no subject)") : c.subject);
        return data(index, Qt::DisplayRole);
    case ConversationIdRole:
        return c.id;
    case ClientIdRole:
        return c.clientId;
    case ConversationRole:
        return QVariant::fromValue(c);
    case StatusRole:
        return int(c.status);
    case OpenRole:
        return c.isOpen();
    case UnreadRole:
        return e.unread();
    case LastUpdatedRole:
        return c.lastUpdated.isValid() ? c.lastUpdated : c.creationDate;
    case ClientCheckedRole:
        return m_checks.value(c.clientId);
    case RatingRole:
        return c.rating;
    case SearchKeyRole:
        return row.searchKey;
    default:
        return {};
    }
}

QVariant ConversationsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Subject:
        return tr("Subject");
    case ClientColumn:
        return tr("Client");
    case Status:
        return tr("Status");
    case LastUpdated:
        return tr("Updated");
    case Messages:
        return tr("Messages");
    }
    return {};
}

void ConversationsModel::setEntries(const QList<IndexedConversation> &entries,
                                    const QHash<qint64, QDateTime> &clientChecks) {
    beginResetModel();
    m_rows.clear();
    m_rowById.clear();
    m_rowsByClient.clear();
    m_rows.reserve(entries.size());
    for (const IndexedConversation &e : entries) {
        if (m_rowById.contains(e.conversation.id))
            continue;
        m_rowById.insert(e.conversation.id, int(m_rows.size()));
        m_rowsByClient.insert(e.conversation.clientId, int(m_rows.size()));
        m_rows.append({e, searchKeyOf(e)});
    }
    m_checks = clientChecks;
    endResetModel();
}

QList<qint64> ConversationsModel::upsert(const QList<Conversation> &conversations) {
    QList<qint64> grown;
    QList<Row> added;
    for (const Conversation &c : conversations) {
        if (c.id <= 0)
            continue;
        const int row = rowOfId(c.id);
        if (row >= 0) {
            IndexedConversation &e = m_rows[row].entry;
            if (e.conversation == c)
                continue;
            if (c.messageCounter > e.conversation.messageCounter)
                grown.append(c.id);
            e.conversation = c;
            m_rows[row].searchKey = searchKeyOf(e);
            emitRowChanged(row);
            continue;
        }
        if (std::any_of(added.cbegin(), added.cend(),
                        [&c](const Row &r) { return r.entry.conversation.id == c.id; }))
            continue;
        IndexedConversation e;
        e.conversation = c;
        e.readCounter = c.isOpen() ? 0 : c.messageCounter;
        // Another conversation of the client may already carry the directory's name.
        if (const auto it = m_rowsByClient.constFind(c.clientId); it != m_rowsByClient.cend()) {
            e.clientEmail = m_rows.at(*it).entry.clientEmail;
            e.clientName = m_rows.at(*it).entry.clientName;
        }
        if (e.unread() > 0)
            grown.append(c.id);
        added.append({e, searchKeyOf(e)});
    }
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (const Row &r : std::as_const(added)) {
            m_rowById.insert(r.entry.conversation.id, int(m_rows.size()));
            m_rowsByClient.insert(r.entry.conversation.clientId, int(m_rows.size()));
            m_rows.append(r);
        }
        endInsertRows();
    }
    return grown;
}

void ConversationsModel::setReadCounter(qint64 conversationId, qint64 readCounter) {
    const int row = rowOfId(conversationId);
    if (row < 0 || m_rows.at(row).entry.readCounter == readCounter)
        return;
    m_rows[row].entry.readCounter = readCounter;
    emitRowChanged(row);
}

void ConversationsModel::setClientChecked(qint64 clientId, const QDateTime &when) {
    m_checks.insert(clientId, when);
    for (auto it = m_rowsByClient.constFind(clientId);
         it != m_rowsByClient.cend() && it.key() == clientId; ++it)
        Q_EMIT dataChanged(index(*it, 0), index(*it, ColumnCount - 1),
                           {ClientCheckedRole, Qt::ToolTipRole});
}

void ConversationsModel::setClientInfo(qint64 clientId, const QString &email, const QString &name) {
    for (auto it = m_rowsByClient.constFind(clientId);
         it != m_rowsByClient.cend() && it.key() == clientId; ++it) {
        const int row = *it;
        IndexedConversation &e = m_rows[row].entry;
        if (e.clientEmail == email && e.clientName == name)
            continue;
        e.clientEmail = email;
        e.clientName = name;
        m_rows[row].searchKey = searchKeyOf(e);
        emitRowChanged(row);
    }
}

std::optional<IndexedConversation> ConversationsModel::entry(qint64 conversationId) const {
    const int row = rowOfId(conversationId);
    if (row < 0)
        return std::nullopt;
    return m_rows.at(row).entry;
}

QList<Conversation> ConversationsModel::conversationsOf(qint64 clientId) const {
    QList<Conversation> out;
    for (auto it = m_rowsByClient.constFind(clientId);
         it != m_rowsByClient.cend() && it.key() == clientId; ++it)
        out.append(m_rows.at(*it).entry.conversation);
    return out;
}

qint64 ConversationsModel::totalUnread() const {
    qint64 total = 0;
    for (const Row &r : m_rows)
        total += r.entry.unread();
    return total;
}

void ConversationsModel::emitRowChanged(int row) {
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}
