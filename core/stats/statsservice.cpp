#include "statsservice.h"

#include "net/apiclient.h"
#include "net/jsondecode.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QUrlQuery>
#include <QtConcurrent>

namespace {
// What the worker thread hands back: the month, or why the answer is malformed.
struct Decoded {
    std::optional<MonthStats> stats;
    QString why;
};

Decoded decodeMonth(const QJsonValue &payload, int month, int year) {
    Decoded d;
    auto entries = JsonDecode::list<StatsEntry>(payload, QStringLiteral("stats"), &d.why);
    if (entries)
        d.stats = MonthStats{month, year, *entries};
    return d;
}
} // namespace

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
    // A month of a large enterprise answers ~400 KB of JSON (21 entries, thousands of
    // emails): reading it into StatsEntry values is done on a worker thread, not the UI
    // thread. The call only hands over the parsed payload; the month's job (the one
    // returned) succeeds or fails from this thread's event loop once it is decoded.
    // The call's serial, for the activity log should the decoding refuse the answer.
    auto serial = std::make_shared<quint64>(0);
    Job<QJsonValue> *raw =
        run<QJsonValue>(apiClient()->get(QStringLiteral("/oneapi/v0/stats"), query),
                        [serial](const ApiReply &reply, QString *) -> std::optional<QJsonValue> {
                            *serial = reply.serial();
                            return reply.payload();
                        });
    raw->setFailureHandled(); // its failures are the month job's, reported there
    auto *job = new Job<MonthStats>(apiClient(), this);
    job->setDescription(raw->description());
    job->onResult(this, [this](const MonthStats &stats) { Q_EMIT statsLoaded(stats); });
    connect(raw, &ApiJob::progress, job, &ApiJob::progress);
    connect(raw, &ApiJob::retryScheduled, job, &ApiJob::retryScheduled);
    const QPointer<Job<QJsonValue>> rawGuard(raw);
    job->setCanceller([rawGuard] {
        if (rawGuard)
            rawGuard->cancel();
    });
    const QPointer<Job<MonthStats>> guard(job);
    raw->then(
        job,
        [guard, month, year, serial,
         api = QPointer<ApiClient>(apiClient())](const QJsonValue &payload) {
            if (!guard || guard->isFinished())
                return; // cancelled meanwhile
            // The watcher is the job's: a job gone (with its service) hears nothing.
            auto *watcher = new QFutureWatcher<Decoded>(guard);
            QObject::connect(watcher, &QFutureWatcherBase::finished, guard,
                             [guard, watcher, serial, api] {
                                 watcher->deleteLater();
                                 Decoded d = watcher->result();
                                 if (!d.stats) {
                                     const ApiError bad = ApiError::malformed(d.why);
                                     if (api)
                                         api->refuseAnswer(*serial, bad);
                                     return guard->fail(bad);
                                 }
                                 guard->succeed(std::move(*d.stats));
                             });
            watcher->setFuture(QtConcurrent::run(
                [payload, month, year] { return decodeMonth(payload, month, year); }));
        },
        [guard](const ApiError &error) {
            if (guard)
                guard->fail(error);
        });
    return job;
}
