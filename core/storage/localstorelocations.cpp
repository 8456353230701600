// LocalStore's record of the client–box location links made from this desk (the API
// cannot list them). Split from localstore.cpp to keep files short.
#include "localstore.h"

#include <QSqlQuery>

bool LocalStore::saveClientLocation(const ClientLocationLink &link) {
    const QDateTime at = link.linkedAt.isValid() ? link.linkedAt : QDateTime::currentDateTimeUtc();
    return exec(QStringLiteral("INSERT INTO client_locations (account, client_id,"
                               " box_location_uid, client_label, linked_at) VALUES (?,?,?,?,?)"
                               " ON CONFLICT(account, client_id, box_location_uid) DO UPDATE SET"
                               " client_label=excluded.client_label"),
                {link.account, link.clientId, link.boxLocationUid, link.clientLabel,
                 at.toUTC().toString(Qt::ISODateWithMs)});
}

bool LocalStore::removeClientLocation(const QString &account, qint64 clientId,
                                      const QString &boxLocationUid) {
    return exec(QStringLiteral("DELETE FROM client_locations WHERE account = ? AND client_id = ?"
                               " AND box_location_uid = ?"),
                {account, clientId, boxLocationUid});
}

QList<ClientLocationLink> LocalStore::clientLocations(const QString &account) const {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT account, client_id, client_label, box_location_uid,"
                             " linked_at FROM client_locations WHERE account = ?"
                             " ORDER BY linked_at, client_id"));
    q.addBindValue(account);
    QList<ClientLocationLink> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        ClientLocationLink link;
        link.account = q.value(0).toString();
        link.clientId = q.value(1).toLongLong();
        link.clientLabel = q.value(2).toString();
        link.boxLocationUid = q.value(3).toString();
        link.linkedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
        out.append(link);
    }
    return out;
}
