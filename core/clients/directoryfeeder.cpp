#include "directoryfeeder.h"

#include "clients/clientdirectory.h"
#include "clients/clientsmodel.h"
#include "clients/clientsservice.h"
#include "net/apijob.h"
#include "stats/statsservice.h"
#include "tasks/taskregistry.h"

#include <QDate>

#include <utility>

DirectoryFeeder::DirectoryFeeder(ClientDirectory *directory, StatsService *stats,
                                 ClientsService *clients, TaskRegistry *tasks, QObject *parent)
    : QObject(parent)
    , m_directory(directory)
    , m_stats(stats)
    , m_clients(clients)
    , m_tasks(tasks) {}

void DirectoryFeeder::setConcurrency(int calls) {
    m_concurrency = qBound(1, calls, 6);
}

void DirectoryFeeder::start(int months, int maxFetches) {
    if (m_running || !m_stats || !m_clients)
        return;
    m_running = true;
    m_fetching = false;
    m_monthsLeft = m_monthsTotal = qMax(1, months);
    m_maxFetches = maxFetches;
    const QDate today = QDate::currentDate();
    m_month = today.month();
    m_year = today.year();
    m_toFetch.clear();
    m_fetchTotal = 0;
    m_done = 0;
    if (m_tasks)
        m_task = m_tasks->add(tr("Filling the client directory from the statistics"),
                              [this] { cancel(); });
    report();
    pump();
}

void DirectoryFeeder::cancel() {
    if (m_running)
        finish(true);
}

void DirectoryFeeder::report() {
    Q_EMIT progressed(m_done, total());
    if (m_tasks && m_task)
        m_tasks->setProgress(m_task, m_done, total());
}

void DirectoryFeeder::pump() {
    while (m_running && m_inFlight.size() < m_concurrency) {
        if (m_monthsLeft > 0 && m_stats) {
            // The counters move before the call: an answer that came at once would
            // send the next one from inside follow().
            const int month = m_month;
            const int year = m_year;
            if (--m_month == 0) {
                m_month = 12;
                --m_year;
            }
            --m_monthsLeft;
            follow(m_stats->stats(month, year));
            continue;
        }
        // Whoever is only an email is known once every month has been read.
        if (!m_inFlight.isEmpty() && !m_fetching)
            return;
        if (!m_fetching)
            startFetching();
        if (m_toFetch.isEmpty() || !m_clients)
            break;
        follow(m_clients->get(m_toFetch.takeFirst()));
    }
    if (m_running && m_inFlight.isEmpty())
        finish(false);
}

void DirectoryFeeder::startFetching() {
    // The statistics are in the directory now: fetch whoever is only an email.
    m_fetching = true;
    const ClientsModel *model = m_directory->model();
    for (int row = 0; row < model->rowCount() && m_toFetch.size() < m_maxFetches; ++row) {
        if (!model->entryAt(row).detailed)
            m_toFetch.append(model->entryAt(row).client.email);
    }
    m_fetchTotal = int(m_toFetch.size());
    if (m_tasks && m_task && m_fetchTotal > 0)
        m_tasks->setTitle(m_task,
                          tr("Loading %n client(s) seen in the statistics", nullptr, m_fetchTotal));
    report();
}

void DirectoryFeeder::follow(ApiJob *job) {
    m_inFlight.append(job);
    // One month or one client that fails (moved away, deleted) does not stop the rest,
    // and is no news for the shell either.
    job->setFailureHandled();
    job->onFinished(this, [this, job] {
        // A call of a run that was cancelled (and maybe started again) ends: ignored.
        if (!m_running || !m_inFlight.removeOne(QPointer<ApiJob>(job)))
            return;
        ++m_done;
        report();
        pump();
    });
}

void DirectoryFeeder::finish(bool cancelled) {
    m_running = false;
    // GETs: stopping them loses nothing.
    const QList<QPointer<ApiJob>> inFlight = std::exchange(m_inFlight, {});
    for (const QPointer<ApiJob> &job : inFlight) {
        if (job)
            job->cancel();
    }
    m_toFetch.clear();
    if (m_tasks && m_task)
        m_tasks->finish(m_task);
    m_task = 0;
    Q_EMIT finished(cancelled);
}
