#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

class AppServices;
class MainWindow;
class StatsCache;
class StatsPage;
class StatsTrendLoader;
class StatsTrendModel;

// The stats room in the shell: the cache of past months (in the shared LocalStore, per
// server and enterprise), the two loaders that feed the month and the trend models,
// and the Stats page, built when first shown; F5 fetches again. "Open client" in the
// list of clients who never signed in leaves the room: openClientRequested, which
// main() connects to the Clients room.
class StatsWiring : public QObject {
    Q_OBJECT
public:
    StatsWiring(AppServices *services, MainWindow *window);
    ~StatsWiring() override;

    // The page, built now if it was not yet.
    StatsPage *statsPage() const;
    StatsCache *cache() const { return m_cache; }
    StatsTrendLoader *monthLoader() const { return m_monthLoader; }
    StatsTrendLoader *trendLoader() const { return m_trendLoader; }

Q_SIGNALS:
    void openClientRequested(const QString &email);
    // The cache now keeps this account's months (server and enterprise).
    void accountChanged(const QString &account);

private:
    void onSessionStarted(const QUrl &server);

    QPointer<MainWindow> m_window;
    AppServices *m_services;
    StatsCache *m_cache;
    StatsTrendModel *m_monthModel;
    StatsTrendModel *m_trendModel;
    StatsTrendLoader *m_monthLoader;
    StatsTrendLoader *m_trendLoader;
    QHash<qint64, QString> m_groupNames;
};
