#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

// One month of statistics as LocalStore keeps it: the answer as JSON (stats/ reads and
// writes it; the store does not look inside), for one account (server and enterprise).
struct StoredStatsMonth {
    QString account;
    int year = 0;
    int month = 0;
    QDateTime fetchedAt;
    QByteArray payload;
};
