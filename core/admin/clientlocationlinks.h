#pragma once

#include "storage/clientlocationlink.h"

#include <QAbstractTableModel>
#include <QList>
#include <QUrl>
#include <QUuid>

class LocalStore;

// The client–box location links this desk made, per account (server and enterprise),
// kept in LocalStore: the API has no call that lists links, so this is the only list
// there is, and links made from elsewhere are not in it. Rows follow the answers:
// recordLinked() after a link succeeds (or the server says it already exists),
// recordUnlinked() after an unlink succeeds (or the server says there is no such link).
class ClientLocationLinks : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { ClientColumn, ClientIdColumn, LocationColumn, LinkedAtColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role { ClientIdRole = Qt::UserRole + 1, LocationRole };

    explicit ClientLocationLinks(QObject *parent = nullptr);

    // store may be null or closed: the list then lives in memory only.
    void setStore(LocalStore *store);
    // "https://host:port|20": what separates two enterprises' links on one desk.
    static QString accountFor(const QUrl &server, qint64 enterpriseId);
    QString account() const { return m_account; }
    // Shows the links of account (from the store).
    void setAccount(const QString &account);

    void recordLinked(qint64 clientId, const QString &clientLabel, const QUuid &location);
    void recordUnlinked(qint64 clientId, const QUuid &location);
    bool contains(qint64 clientId, const QUuid &location) const;
    const ClientLocationLink &link(int row) const { return m_links.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    int find(qint64 clientId, const QString &uid) const;

    LocalStore *m_store = nullptr;
    QString m_account;
    QList<ClientLocationLink> m_links;
};
