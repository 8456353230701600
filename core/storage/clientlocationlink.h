#pragma once

#include <QDateTime>
#include <QString>

// A client–box location link this desk made. The API has no call that lists links, so
// the desk's own record is the only list there is; links made elsewhere are not in it.
struct ClientLocationLink {
    // The server and enterprise the link was made on (see ClientLocationLinks).
    QString account;
    qint64 clientId = 0;
    QString clientLabel;    // the client's name or email at the time, for the list
    QString boxLocationUid; // lower case, without braces
    QDateTime linkedAt;

    friend bool operator==(const ClientLocationLink &, const ClientLocationLink &) = default;
};
