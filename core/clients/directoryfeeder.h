#pragma once

#include <QList>
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
// subscriptions. In the background, as a task with progress and Cancel, with at most
// concurrency() calls in flight at a time: one at a time took over two minutes for 54
// clients at 2.5 s of latency, and the API has no call that gets several clients. The
// bound stays at what one HTTP/1.1 host gets from QNetworkAccessManager (6 connections),
// so the feeder never queues behind itself, and leaves room for a page's own calls
// between its answers. Every answer is recorded by the directory, which watches both
// services; the feeder only follows its own calls' handles to send the next ones.
class DirectoryFeeder : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultConcurrency = 4;

    DirectoryFeeder(ClientDirectory *directory, StatsService *stats, ClientsService *clients,
                    TaskRegistry *tasks, QObject *parent = nullptr);

    // months: how far back the statistics are read (this month included); at most
    // maxFetches clients known by email only are fetched.
    void start(int months = 12, int maxFetches = 200);
    void cancel();
    bool isRunning() const { return m_running; }
    // How many calls a run keeps in flight at most (1 to 6; the default is 4).
    void setConcurrency(int calls);
    int concurrency() const { return m_concurrency; }
    // Work done and to do in the current (or last) run: months read plus clients
    // fetched, out of months plus clients to fetch.
    int done() const { return m_done; }
    int total() const { return m_monthsTotal + m_fetchTotal; }

Q_SIGNALS:
    void progressed(int done, int total);
    void finished(bool cancelled);

private:
    // Sends calls until concurrency() are in flight or nothing is left to send.
    void pump();
    // Makes job one of the calls in flight: pump() once it ends, whatever its outcome.
    void follow(ApiJob *job);
    void startFetching();
    void finish(bool cancelled);
    void report();

    ClientDirectory *m_directory;
    QPointer<StatsService> m_stats;
    QPointer<ClientsService> m_clients;
    QPointer<TaskRegistry> m_tasks;
    int m_concurrency = kDefaultConcurrency;
    bool m_running = false;
    quint64 m_task = 0;
    QList<QPointer<ApiJob>> m_inFlight;
    int m_monthsLeft = 0;
    int m_monthsTotal = 0;
    int m_month = 0;
    int m_year = 0;
    int m_maxFetches = 0;
    bool m_fetching = false;
    QStringList m_toFetch;
    int m_fetchTotal = 0;
    int m_done = 0;
};
