#include "clientsmodel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include <algorithm>

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

void ClientsModel::refreshKeys(Row &row) const {
    const Client &c = row.entry.client;
    row.nameKey = fold(QString(c.lastName + QLatin1Char(' ') + c.firstName).trimmed());
    QString key = fold(c.email);
    key += QLatin1Char('\n') + fold(c.firstName) + QLatin1Char(' ') + fold(c.lastName)
           + QLatin1Char('\n') + fold(c.lastName) + QLatin1Char(' ') + fold(c.firstName);
    if (c.clientId > 0)
        key += QLatin1Char('\n') + QString::number(c.clientId);
    if (!c.city.isEmpty())
        key += QLatin1Char('\n') + fold(c.city);
    const QString group = groupName(c);
    if (!group.isEmpty())
        key += QLatin1Char('\n') + fold(group);
    row.searchKey = key;
    row.searchKey.squeeze();
}

QString ClientsModel::groupName(const Client &client) const {
    if (!client.groupId)
        return {};
    return m_groupNames.value(*client.groupId, QString::number(*client.groupId));
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
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTime();
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
    case Qt::ForegroundRole:
        if (e.detailed && !c.active)
            return QBrush(QColor(0x80, 0x80, 0x80));
        if (index.column() == SubscriptionEnd && c.endSubscriptionDate.isValid()
            && c.endSubscriptionDate < now)
            return QBrush(QColor(0xB0, 0x20, 0x20));
        break;
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
        emails.append(fold(m_rows.at(i.row()).entry.client.email));

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
        m_rowByEmail.insert(fold(m_rows.at(r).entry.client.email), r);
}

void ClientsModel::setEntries(QList<DirectoryEntry> entries) {
    beginResetModel();
    m_rows.clear();
    m_rowByEmail.clear();
    m_rows.reserve(entries.size());
    m_rowByEmail.reserve(entries.size());
    for (DirectoryEntry &e : entries) {
        const QString key = fold(e.client.email);
        if (key.isEmpty() || m_rowByEmail.contains(key))
            continue;
        Row row{std::move(e), {}, {}};
        refreshKeys(row);
        m_rowByEmail.insert(key, int(m_rows.size()));
        m_rows.append(std::move(row));
    }
    if (m_sortColumn >= 0) {
        std::stable_sort(m_rows.begin(), m_rows.end(),
                         [this](const Row &a, const Row &b) { return lessThan(a, b); });
        reindexFrom(0);
    }
    endResetModel();
}

int ClientsModel::insertPosition(const Row &row) const {
    if (m_sortColumn < 0)
        return int(m_rows.size());
    const auto it = std::upper_bound(m_rows.cbegin(), m_rows.cend(), row,
                                     [this](const Row &a, const Row &b) { return lessThan(a, b); });
    return int(it - m_rows.cbegin());
}

int ClientsModel::upsert(const DirectoryEntry &entry) {
    const QString key = fold(entry.client.email);
    if (key.isEmpty())
        return -1;
    const int existing = m_rowByEmail.value(key, -1);
    if (existing < 0) {
        Row row{entry, {}, {}};
        refreshKeys(row);
        const int at = insertPosition(row);
        beginInsertRows({}, at, at);
        m_rows.insert(at, std::move(row));
        reindexFrom(at);
        endInsertRows();
        return at;
    }
    Row &row = m_rows[existing];
    if (entry.detailed || !row.entry.detailed) {
        const QDateTime seen = std::max(row.entry.lastSeen, entry.lastSeen);
        row.entry = entry;
        row.entry.lastSeen = seen;
    } else if (entry.lastSeen > row.entry.lastSeen) {
        row.entry.lastSeen = entry.lastSeen;
    }
    refreshKeys(row);
    // The row stays where it is even if its sort key changed: moving it under the
    // user's eyes while they work on it is worse than a slightly stale order.
    Q_EMIT dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
    return existing;
}

void ClientsModel::setGroupNames(const QHash<qint64, QString> &names) {
    m_groupNames = names;
    for (Row &row : m_rows) {
        if (row.entry.client.groupId)
            refreshKeys(row);
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
