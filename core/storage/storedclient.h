#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

// A client as last seen from the API, kept for search and offline display.
struct StoredClient {
    qint64 clientId = 0;
    QString email;
    QString firstName;
    QString lastName;
    qint64 groupId = 0; // 0: no group
    bool active = true;
    QString endSubscriptionDate; // as the API gives it, "YYYY-MM-DD HH:MM:SS" or empty
    QDateTime lastSeen;
    QByteArray rawJson; // the whole answer, for fields this table does not name
};
