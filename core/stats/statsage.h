#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// How old shown figures are, in words: "just now", "12 minutes ago", "3 days ago".
class StatsAge {
    Q_DECLARE_TR_FUNCTIONS(StatsAge)
public:
    static QString ago(const QDateTime &then,
                       const QDateTime &now = QDateTime::currentDateTimeUtc());
};
