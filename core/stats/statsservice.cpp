#include "statsservice.h"

#include "net/apiclient.h"
#include "net/jsondecode.h"

#include <QUrlQuery>

StatsService::StatsService(ApiClient *api, QObject *parent)
    : ServiceBase(api, parent) {}

Job<MonthStats> *StatsService::stats(int month, int year) {
    if (month < 1 || month > 12)
        return refuse<MonthStats>(
            invalidInput(QStringLiteral("month"), tr("The month must be between 1 and 12.")));
    if (year < 1000 || year > 9999)
        return refuse<MonthStats>(
            invalidInput(QStringLiteral("year"), tr("The year must have four digits.")));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("month"), QString::number(month));
    query.addQueryItem(QStringLiteral("year"), QString::number(year));
    return run<MonthStats>(
        apiClient()->get(QStringLiteral("/oneapi/v0/stats"), query),
        [month, year](const ApiReply &reply, QString *why) -> std::optional<MonthStats> {
            auto entries =
                JsonDecode::list<StatsEntry>(reply.payload(), QStringLiteral("stats"), why);
            if (!entries)
                return std::nullopt;
            return MonthStats{month, year, *entries};
        },
        [this](const MonthStats &stats) { Q_EMIT statsLoaded(stats); });
}
