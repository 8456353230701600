#include "statsservice.h"

#include "net/apiclient.h"
#include "net/jsondecode.h"

#include <QUrlQuery>

StatsService::StatsService(ApiClient *api, QObject *parent)
    : ServiceBase(api, parent) {}

quint64 StatsService::stats(int month, int year) {
    if (month < 1 || month > 12)
        return failLater(
            invalidInput(QStringLiteral("month"), tr("The month must be between 1 and 12.")));
    if (year < 1000 || year > 9999)
        return failLater(
            invalidInput(QStringLiteral("year"), tr("The year must have four digits.")));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("month"), QString::number(month));
    query.addQueryItem(QStringLiteral("year"), QString::number(year));
    return track(apiClient()->get(QStringLiteral("/oneapi/v0/stats"), query),
                 [this, month, year](quint64 id, const ApiReply &reply) {
                     QString why;
                     const auto entries = JsonDecode::list<StatsEntry>(
                         reply.payload(), QStringLiteral("stats"), &why);
                     if (!entries)
                         return failMalformed(id, why);
                     Q_EMIT statsLoaded(id, month, year, *entries);
                 });
}
