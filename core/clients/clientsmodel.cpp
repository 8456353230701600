#include "clientsmodel.h"

#include <QLocale>

#include <algorithm>
#include <utility>

namespace {
QString shortDate(const QDateTime &dt) {
    return dt.isValid() ? QLocale().toString(dt.date(), QLocale::ShortFormat) : QString();
}
} // namespace

ClientsModel::ClientsModel(QObject *parent)
    : QAbstractTableModel(parent) {}

ClientsModel::~ClientsModel() = default;

QString ClientsModel::fold(const QString &text) {
    QString out;
    out.reserve(text.size());
    bool ascii = true;
    for (const QChar c : text) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii)
        return text.toLower();
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c.toLower());
    }
    return out;
}

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
            return shortDate(c.endSubscriptionDate);
        case LastSeen:
            return QLocale().toString(e.lastSeen, QLocale::ShortFormat);
        }
        break;
    case Qt::ToolTipRole:
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
    case LastSeen:
        return tr("Last seen");
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
    case LastSeen:
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
        after.append(index(m_rowByEmail.value(emails.at(i)), before.at(i).column()));
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void ClientsModel::reindexFrom(int row) {
    for (int r = row; r < m_rows.size(); ++r)
        m_rowByEmail.insert(m_rows.at(r).emailKey, r);
}

ClientsModel::Batch ClientsModel::prepare(QList<DirectoryEntry> entries,
                                          const QHash<qint64, QString> &groupNames) {
    Batch batch;
    batch.rows.reserve(entries.size());
    batch.rowByEmail.reserve(entries.size());
    for (DirectoryEntry &e : entries) {
        Row row{std::move(e), {}, {}, {}};
        refreshKeys(row, groupNames);
        if (row.emailKey.isEmpty() || batch.rowByEmail.contains(row.emailKey))
            continue;
        batch.rowByEmail.insert(row.emailKey, int(batch.rows.size()));
        batch.rows.append(std::move(row));
    }
    return batch;
}

void ClientsModel::setEntries(QList<DirectoryEntry> entries) {
    setBatch(prepare(std::move(entries), m_groupNames));
}

void ClientsModel::setBatch(Batch batch) {
    beginResetModel();
    // Clients recorded while the batch was being read are newer than the batch.
    for (const Row &mine : std::as_const(m_rows)) {
        const int at = batch.rowByEmail.value(mine.emailKey, -1);
        if (at < 0) {
            batch.rowByEmail.insert(mine.emailKey, int(batch.rows.size()));
            batch.rows.append(mine);
        } else {
            merge(batch.rows[at].entry, mine.entry);
            refreshKeys(batch.rows[at], m_groupNames);
        }
    }
    m_rows = std::move(batch.rows);
    m_rowByEmail = std::move(batch.rowByEmail);
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
    const QString key = fold(entry.client.email.trimmed());
    if (key.isEmpty())
        return -1;
    const int existing = m_rowByEmail.value(key, -1);
    if (existing < 0) {
        Row row{entry, {}, {}, {}};
        refreshKeys(row, m_groupNames);
        const int at = insertPosition(row);
        beginInsertRows({}, at, at);
        m_rows.insert(at, std::move(row));
        reindexFrom(at);
        endInsertRows();
        return at;
    }
    Row &row = m_rows[existing];
    merge(row.entry, entry);
    refreshKeys(row, m_groupNames);
    // The row stays where it is even if its sort key changed: moving it under the
    // user's eyes while they work on it is worse than a slightly stale order.
    Q_EMIT dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
    return existing;
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
    return m_rowByEmail.value(fold(email.trimmed()), -1);
}

int ClientsModel::rowOfClientId(qint64 clientId) const {
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).entry.client.clientId == clientId)
            return r;
    }
    return -1;
}

const DirectoryEntry &ClientsModel::entryAt(int row) const {
    return m_rows.at(row).entry;
}

namespace {
int maskBit(char16_t c) {
    if (c >= u'a' && c <= u'z')
        return c - u'a';
    if (c >= u'0' && c <= u'9')
        return 26 + (c - u'0');
    switch (c) {
    case u'@':
        return 36;
    case u'.':
        return 37;
    case u'-':
        return 38;
    case u'_':
        return 39;
    case u'+':
        return 40;
    case u'\'':
        return 41;
    default:
        return 63;
    }
}
} // namespace

quint64 ClientsModel::charMask(const QString &text) {
    quint64 mask = 0;
    for (const QChar c : text)
        mask |= quint64(1) << maskBit(c.unicode());
    return mask;
}

bool ClientsModel::isMaskExact(QChar c) {
    return maskBit(c.unicode()) != 63;
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
