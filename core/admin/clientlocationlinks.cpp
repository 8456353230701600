#include "clientlocationlinks.h"

#include "admin/boxlocationuid.h"
#include "storage/localstore.h"

#include <QLocale>

ClientLocationLinks::ClientLocationLinks(QObject *parent)
    : QAbstractTableModel(parent) {}

void ClientLocationLinks::setStore(LocalStore *store) {
    m_store = store;
    const QString account = m_account;
    m_account.clear();
    setAccount(account);
}

QString ClientLocationLinks::accountFor(const QUrl &server, qint64 enterpriseId) {
    QUrl base = server.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment
                                | QUrl::StripTrailingSlash);
    if (base.path() == QLatin1String("/"))
        base.setPath(QString());
    return base.toString() + QLatin1Char('|') + QString::number(enterpriseId);
}

void ClientLocationLinks::setAccount(const QString &account) {
    beginResetModel();
    m_account = account;
    m_links.clear();
    if (m_store && m_store->isOpen() && !account.isEmpty())
        m_links = m_store->clientLocations(account);
    endResetModel();
}

int ClientLocationLinks::find(qint64 clientId, const QString &uid) const {
    for (int i = 0; i < m_links.size(); ++i) {
        if (m_links.at(i).clientId == clientId && m_links.at(i).boxLocationUid == uid)
            return i;
    }
    return -1;
}

bool ClientLocationLinks::contains(qint64 clientId, const QUuid &location) const {
    return find(clientId, BoxLocationUid::text(location)) >= 0;
}

void ClientLocationLinks::recordLinked(qint64 clientId, const QString &clientLabel,
                                       const QUuid &location) {
    ClientLocationLink link;
    link.account = m_account;
    link.clientId = clientId;
    link.clientLabel = clientLabel;
    link.boxLocationUid = BoxLocationUid::text(location);
    link.linkedAt = QDateTime::currentDateTimeUtc();
    const int existing = find(clientId, link.boxLocationUid);
    if (m_store && m_store->isOpen())
        m_store->saveClientLocation(link);
    if (existing >= 0) {
        if (!clientLabel.isEmpty() && m_links.at(existing).clientLabel != clientLabel) {
            m_links[existing].clientLabel = clientLabel;
            Q_EMIT dataChanged(index(existing, ClientColumn), index(existing, ClientColumn));
        }
        return;
    }
    const int row = int(m_links.size());
    beginInsertRows({}, row, row);
    m_links.append(link);
    endInsertRows();
}

void ClientLocationLinks::recordUnlinked(qint64 clientId, const QUuid &location) {
    const QString uid = BoxLocationUid::text(location);
    if (m_store && m_store->isOpen())
        m_store->removeClientLocation(m_account, clientId, uid);
    const int row = find(clientId, uid);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_links.removeAt(row);
    endRemoveRows();
}

int ClientLocationLinks::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_links.size());
}

int ClientLocationLinks::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClientLocationLinks::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClientLocationLink &l = m_links.at(index.row());
    if (role == ClientIdRole)
        return l.clientId;
    if (role == LocationRole)
        return l.boxLocationUid;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case ClientColumn:
        return l.clientLabel.isEmpty() ? tr("Client %1").arg(l.clientId) : l.clientLabel;
    case ClientIdColumn:
        return QString::number(l.clientId);
    case LocationColumn:
        return l.boxLocationUid;
    case LinkedAtColumn:
        return QLocale().toString(l.linkedAt.toLocalTime(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant ClientLocationLinks::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ClientColumn:
        return tr("Client");
    case ClientIdColumn:
        return tr("Client id");
    case LocationColumn:
        return tr("Box location UID");
    case LinkedAtColumn:
        return tr("Linked");
    default:
        return {};
    }
}
