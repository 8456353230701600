#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

class ApiJob;
class ClientDirectory;
class ClientsService;
class StatsService;
class TaskRegistry;

// Fills the directory from what the API can tell without a "list clients" call: the
// nologin_clients of the last months' statistics (recorded by email), then each client
// known only by its email is fetched (get) so the table shows names, groups and
// subscriptions. One request at a time, in the background, as a task with progress
// and Cancel. Every answer is recorded by the directory, which watches both services;
// the feeder only follows its own calls' handles to send the next one.
class DirectoryFeeder : public QObject {
    Q_OBJECT
public:
    DirectoryFeeder(ClientDirectory *directory, StatsService *stats, ClientsService *clients,
                    TaskRegistry *tasks, QObject *parent = nullptr);

    // months: how far back the statistics are read (this month included); at most
    // maxFetches clients known by email only are fetched.
    void start(int months = 12, int maxFetches = 200);
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished(bool cancelled);

private:
    void next();
    // Makes job the call in flight: next() once it ends, whatever its outcome.
    void follow(ApiJob *job);
    void finish(bool cancelled);
    void report();

    ClientDirectory *m_directory;
    QPointer<StatsService> m_stats;
    QPointer<ClientsService> m_clients;
    QPointer<TaskRegistry> m_tasks;
    bool m_running = false;
    quint64 m_task = 0;
    QPointer<ApiJob> m_job;
    int m_monthsLeft = 0;
    int m_monthsTotal = 0;
    int m_month = 0;
    int m_year = 0;
    int m_maxFetches = 0;
    bool m_fetching = false;
    QStringList m_toFetch;
    int m_fetchTotal = 0;
};
