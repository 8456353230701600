#include "clientsmodel.h"

#include "common/datetext.h"

#include <algorithm>
#include <utility>

ClientsModel::ClientsModel(QObject *parent)
    : QAbstractTableModel(parent) {}

ClientsModel::~ClientsModel() = default;

void ClientsModel::refreshKeys(Row &row, const QHash<qint64, QString> &groupNames) {
    const Client &c = row.entry.client;
    row.emailKey = fold(c.email.trimmed());
    row.nameKey = fold(QString(c.lastName + QLatin1Char(' ') + c.firstName).trimmed());
    QString key = fold(c.email);
    key += QLatin1Char('\n') + fold(c.firstName) + QLatin1Char(' ') + fold(c.lastName)
           + QLatin1Char('\n') + fold(c.lastName) + QLatin1Char(' ') + fold(c.firstName);
    if (c.clientId > 0)
        key += QLatin1Char('\n') + QString::number(c.clientId);
    if (!c.city.isEmpty())
        key += QLatin1Char('\n') + fold(c.city);
    const QString group = groupName(c, groupNames);
    if (!group.isEmpty())
        key += QLatin1Char('\n') + fold(group);
    row.searchKey = key;
    row.searchKey.squeeze();
    row.charMask = charMask(key);
}

QString ClientsModel::groupName(const Client &client, const QHash<qint64, QString> &groupNames) {
    if (!client.groupId)
        return {};
    return groupNames.value(*client.groupId, QString::number(*client.groupId));
}

// QDateTime::currentDateTime() re-reads the time zone (a stat of /etc/localtime) on
// every call: per painted cell that was half the cost of a repaint. A second-old "now"
// is exact enough to tell an ended subscription.
QDateTime ClientsModel::currentTime() const {
    if (m_now.isValid())
        return m_now;
    if (!m_nowTimer.isValid() || m_nowTimer.hasExpired(1000)) {
        m_cachedNow = QDateTime::currentDateTime();
        m_nowTimer.start();
    }
    return m_cachedNow;
}

int ClientsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ClientsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClientsModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const DirectoryEntry &e = row.entry;
    const Client &c = e.client;
    const QDateTime now = currentTime();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Email:
            return c.email;
        case Name:
            return QString(c.firstName + QLatin1Char(' ') + c.lastName).trimmed();
        case Group:
            return c.groupId ? groupName(c) : (e.detailed ? tr("Enterprise") : QString());
        case Active:
            if (!e.detailed)
                return tr("Not loaded");
            return c.active ? tr("Active") : tr("Inactive");
        case SubscriptionEnd:
            return DateText::date(c.endSubscriptionDate.date());
        case LastLogin:
            if (!e.detailed)
                return QString();
            return c.lastLoginDate.isValid() ? DateText::date(c.lastLoginDate.date()) : tr("Never");
        case Synced:
            return DateText::date(e.lastSeen.date());
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Group && c.groupId)
            return groupName(c); // the whole name, whatever the column's width
        // The days in the cells, the times here.
        if (index.column() == LastLogin || index.column() == Synced) {
            QStringList lines;
            if (e.detailed && c.lastLoginDate.isValid())
                lines.append(tr("Last signed in on %1").arg(DateText::dateTime(c.lastLoginDate)));
            if (e.lastSeen.isValid())
                lines.append(tr("Received by this desk on %1").arg(DateText::dateTime(e.lastSeen)));
            if (!lines.isEmpty())
                return lines.join(QLatin1Char('\n'));
        }
        if (!e.detailed)
            return tr("Only the email is known (seen in statistics or a conversation). "
                      "Open it to load the client from the API.");
        if (!c.active)
            return tr("This client was deactivated.");
        if (index.column() == SubscriptionEnd && c.endSubscriptionDate.isValid()
            && c.endSubscriptionDate < now)
            return tr("The subscription has ended.");
        break;
    case ItemStateRole:
        if (e.detailed && !c.active)
            return QVariant::fromValue(ItemState::Inactive);
        if (index.column() == SubscriptionEnd && c.endSubscriptionDate.isValid()
            && c.endSubscriptionDate < now)
            return QVariant::fromValue(ItemState::Expired);
        return QVariant::fromValue(ItemState::Normal);
    case Qt::FontRole:
        break;
    case EmailRole:
        return c.email;
    case ClientIdRole:
        return c.clientId;
    case ActiveRole:
        return c.active;
    case DetailedRole:
        return e.detailed;
    case SearchKeyRole:
        return row.searchKey;
    }
    return {};
}

QVariant ClientsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        if (section == LastLogin)
            return tr("When the client last signed in to Jobbers, as the API says.");
        if (section == Synced)
            return tr("When this desk last received the client from the API, or met its "
                      "email in statistics or a conversation.");
        return {};
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Email:
        return tr("Email");
    case Name:
        return tr("Name");
    case Group:
        return tr("Group");
    case Active:
        return tr("Status");
    case SubscriptionEnd:
        return tr("Subscription end");
    case LastLogin:
        return tr("Last login");
    case Synced:
        return tr("Synced");
    }
    return {};
}

bool ClientsModel::lessThan(const Row &a, const Row &b) const {
    const Client &x = a.entry.client;
    const Client &y = b.entry.client;
    int c = 0;
    switch (m_sortColumn) {
    case Name:
        c = a.nameKey.compare(b.nameKey);
        break;
    case Group:
        c = groupName(x).compare(groupName(y), Qt::CaseInsensitive);
        break;
    case Active:
        c = int(x.active) - int(y.active);
        break;
    case SubscriptionEnd:
        c = x.endSubscriptionDate < y.endSubscriptionDate   ? -1
            : y.endSubscriptionDate < x.endSubscriptionDate ? 1
                                                            : 0;
        break;
    case LastLogin:
        c = x.lastLoginDate < y.lastLoginDate ? -1 : y.lastLoginDate < x.lastLoginDate ? 1 : 0;
        break;
    case Synced:
        c = a.entry.lastSeen < b.entry.lastSeen ? -1 : b.entry.lastSeen < a.entry.lastSeen ? 1 : 0;
        break;
    default:
        break;
    }
    if (c == 0) // the email is unique: ties end in a stable, total order
        c = x.email.compare(y.email, Qt::CaseInsensitive);
    return m_sortOrder == Qt::AscendingOrder ? c < 0 : c > 0;
}

void ClientsModel::sort(int column, Qt::SortOrder order) {
    if (column < -1 || column >= ColumnCount)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<QString> emails;
    emails.reserve(before.size());
    for (const QModelIndex &i : before)
        emails.append(m_rows.at(i.row()).emailKey);

    m_sortColumn = column;
    m_sortOrder = order;
    if (column >= 0)
        std::stable_sort(m_rows.begin(), m_rows.end(),
                         [this](const Row &a, const Row &b) { return lessThan(a, b); });
    reindexFrom(0);

    QModelIndexList after;
    after.reserve(before.size());
    for (int i = 0; i < before.size(); ++i)
        after.append(index(m_index.rowOfEmail(emails.at(i)), before.at(i).column()));
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void ClientsModel::reindexFrom(int row, int end) {
    if (end < 0 || end > m_rows.size())
        end = int(m_rows.size());
    for (int r = row; r < end; ++r)
        m_index.set(r, m_rows.at(r).emailKey, m_rows.at(r).entry.client.clientId);
}

ClientsModel::Batch ClientsModel::prepare(QList<DirectoryEntry> entries,
                                          const QHash<qint64, QString> &groupNames) {
    Batch batch;
    batch.rows.reserve(entries.size());
    batch.index.reserve(entries.size());
    for (DirectoryEntry &e : entries) {
        Row row{std::move(e), {}, {}, {}};
        refreshKeys(row, groupNames);
        if (row.emailKey.isEmpty() || batch.index.containsEmail(row.emailKey))
            continue;
        batch.index.set(int(batch.rows.size()), row.emailKey, row.entry.client.clientId);
        batch.rows.append(std::move(row));
    }
    return batch;
}

void ClientsModel::clear() {
    beginResetModel();
    m_rows.clear();
    m_index.clear();
    endResetModel();
}

void ClientsModel::setEntries(QList<DirectoryEntry> entries) {
    setBatch(prepare(std::move(entries), m_groupNames));
}

void ClientsModel::setBatch(Batch batch) {
    beginResetModel();
    // Clients recorded while the batch was being read are newer than the batch.
    for (const Row &mine : std::as_const(m_rows)) {
        const int at = batch.index.rowOfEmail(mine.emailKey);
        if (at < 0) {
            batch.index.set(int(batch.rows.size()), mine.emailKey, mine.entry.client.clientId);
            batch.rows.append(mine);
        } else {
            const qint64 previousId = batch.rows.at(at).entry.client.clientId;
            merge(batch.rows[at].entry, mine.entry);
            refreshKeys(batch.rows[at], m_groupNames);
            batch.index.changeId(at, previousId, batch.rows.at(at).entry.client.clientId);
        }
    }
    m_rows = std::move(batch.rows);
    m_index = std::move(batch.index);
    if (m_sortColumn >= 0) {
        std::stable_sort(m_rows.begin(), m_rows.end(),
                         [this](const Row &a, const Row &b) { return lessThan(a, b); });
        reindexFrom(0);
    }
    endResetModel();
}

// A record with only an email never overwrites a detailed one; lastSeen only grows.
void ClientsModel::merge(DirectoryEntry &into, const DirectoryEntry &entry) {
    if (entry.detailed || !into.detailed) {
        const QDateTime seen = std::max(into.lastSeen, entry.lastSeen);
        into = entry;
        into.lastSeen = seen;
    } else if (entry.lastSeen > into.lastSeen) {
        into.lastSeen = entry.lastSeen;
    }
}

int ClientsModel::insertPosition(const Row &row) const {
    if (m_sortColumn < 0)
        return int(m_rows.size());
    const auto it = std::upper_bound(m_rows.cbegin(), m_rows.cend(), row,
                                     [this](const Row &a, const Row &b) { return lessThan(a, b); });
    return int(it - m_rows.cbegin());
}

int ClientsModel::upsert(const DirectoryEntry &entry) {
    return upsertAll({entry}).constFirst();
}

QList<int> ClientsModel::upsertAll(const QList<DirectoryEntry> &entries) {
    QList<QString> keys;
    keys.reserve(entries.size());
    QList<int> changed; // rows already here, updated in place
    QList<Row> added;   // new rows, one per email
    QHash<QString, int> addedByEmail;
    for (const DirectoryEntry &entry : entries) {
        const QString key = fold(entry.client.email.trimmed());
        keys.append(key);
        if (key.isEmpty())
            continue;
        if (const int existing = m_index.rowOfEmail(key); existing >= 0) {
            Row &row = m_rows[existing];
            const qint64 previousId = row.entry.client.clientId;
            merge(row.entry, entry);
            refreshKeys(row, m_groupNames);
            m_index.changeId(existing, previousId, row.entry.client.clientId);
            changed.append(existing);
        } else if (const int pending = addedByEmail.value(key, -1); pending >= 0) {
            merge(added[pending].entry, entry);
            refreshKeys(added[pending], m_groupNames);
        } else {
            Row row{entry, {}, {}, {}};
            refreshKeys(row, m_groupNames);
            addedByEmail.insert(key, int(added.size()));
            added.append(std::move(row));
        }
    }
    // The rows stay where they are even if their sort key changed: moving a row under
    // the user's eyes while they work on it is worse than a slightly stale order.
    announceChanged(std::move(changed));
    if (added.size() == 1)
        insertOne(std::move(added.first()));
    else if (!added.isEmpty())
        appendAndMerge(std::move(added));

    QList<int> rows;
    rows.reserve(keys.size());
    for (const QString &key : std::as_const(keys))
        rows.append(key.isEmpty() ? -1 : m_index.rowOfEmail(key));
    return rows;
}

void ClientsModel::announceChanged(QList<int> rows) {
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) == rows.at(j) + 1)
            ++j;
        Q_EMIT dataChanged(index(rows.at(i), 0), index(rows.at(j), ColumnCount - 1));
        i = j + 1;
    }
}

void ClientsModel::insertOne(Row row) {
    const int at = insertPosition(row);
    const int count = int(m_rows.size());
    beginInsertRows({}, at, at);
    m_rows.insert(at, std::move(row));
    if (at < count)
        m_index.remap([at](int r) { return r < at ? r : r + 1; });
    reindexFrom(at, at + 1);
    endInsertRows();
}

// One insert at the end, then (sorted) one merge in one layout change: O(n + k log n)
// for k new rows among n, where inserting each in place cost O(n) apiece (moving the
// rows below it and indexing them again) and as many signals for the views.
void ClientsModel::appendAndMerge(QList<Row> rows) {
    const auto less = [this](const Row &a, const Row &b) { return lessThan(a, b); };
    if (m_sortColumn >= 0)
        std::sort(rows.begin(), rows.end(), less); // emails are unique: a total order
    const int first = int(m_rows.size());
    const int count = int(rows.size());
    beginInsertRows({}, first, first + count - 1);
    for (Row &row : rows)
        m_rows.append(std::move(row));
    reindexFrom(first);
    endInsertRows();
    if (m_sortColumn < 0 || first == 0 || !lessThan(m_rows.at(first), m_rows.at(first - 1)))
        return; // already in order

    // before[j]: how many of the rows already here precede new row j. New row j ends at
    // before[j] + j; a row r already here moves down by the new rows that precede it.
    QList<int> before;
    before.reserve(count);
    for (int j = 0; j < count; ++j)
        before.append(int(
            std::upper_bound(m_rows.cbegin(), m_rows.cbegin() + first, m_rows.at(first + j), less)
            - m_rows.cbegin()));
    const auto moved = [&before, first](int r) {
        if (r >= first)
            return before.at(r - first) + (r - first);
        return r + int(std::upper_bound(before.cbegin(), before.cend(), r) - before.cbegin());
    };

    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList persistent = persistentIndexList();
    std::inplace_merge(m_rows.begin() + before.constFirst(), m_rows.begin() + first, m_rows.end(),
                       less);
    m_index.remap(moved);
    QModelIndexList after;
    after.reserve(persistent.size());
    for (const QModelIndex &i : persistent)
        after.append(index(moved(i.row()), i.column()));
    changePersistentIndexList(persistent, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void ClientsModel::setGroupNames(const QHash<qint64, QString> &names) {
    m_groupNames = names;
    for (Row &row : m_rows) {
        if (row.entry.client.groupId)
            refreshKeys(row, m_groupNames);
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Group), index(int(m_rows.size()) - 1, Group));
}

int ClientsModel::rowOfEmail(const QString &email) const {
    return m_index.rowOfEmail(fold(email.trimmed()));
}

int ClientsModel::rowOfClientId(qint64 clientId) const {
    if (clientId <= 0)
        return -1;
    const int row = m_index.rowOfClientId(clientId);
    // Never a row that does not hold the id, even if two rows once shared it.
    return row >= 0 && m_rows.at(row).entry.client.clientId == clientId ? row : -1;
}

const DirectoryEntry &ClientsModel::entryAt(int row) const {
    return m_rows.at(row).entry;
}

const QString &ClientsModel::searchKey(int row) const {
    return m_rows.at(row).searchKey;
}

QStringList ClientsModel::emails() const {
    QStringList out;
    out.reserve(m_rows.size());
    for (const Row &row : m_rows)
        out.append(row.entry.client.email);
    return out;
}
