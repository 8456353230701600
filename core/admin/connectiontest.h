#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <array>

class ApiClient;
class EnterpriseService;

// The connection test of the settings and the status bar: against the configured
// server, GET and POST echo (each with its round-trip time and answer), then who is
// signed in (the enterprise id) and its groups. One call after the other, so that each
// time is its own. The token's remaining validity comes from ApiClient::tokenExpiry(),
// which follows the server's sliding renewal (every call pushes it forward).
class ConnectionTest : public QObject {
    Q_OBJECT
public:
    enum class Check { GetEcho, PostEcho, Enterprise, Groups };
    Q_ENUM(Check)
    static constexpr int CheckCount = 4;

    struct Result {
        bool done = false;
        bool ok = false;
        qint64 roundTripMs = 0;
        QString answer; // the echo, the enterprise id, the groups
        QString error;
    };

    ConnectionTest(ApiClient *api, EnterpriseService *enterprise, QObject *parent = nullptr);

    // text: what the echoes send (and must answer). false when already running.
    bool run(const QString &text = QStringLiteral("jobbers"));
    bool isRunning() const { return m_running; }
    Result result(Check check) const { return m_results.at(int(check)); }
    QUrl server() const;
    QDateTime tokenExpiry() const;
    // "59 min 12 s", "expired", or empty without a token.
    static QString remainingText(const QDateTime &expiry, const QDateTime &now);
    static QString checkTitle(Check check);

Q_SIGNALS:
    void started();
    void checkFinished(ConnectionTest::Check check);
    void finished(bool allOk);

private:
    void runCheck(int index);
    void done(int index, bool ok, const QString &answer, const QString &error);

    QPointer<ApiClient> m_api;
    QPointer<EnterpriseService> m_enterprise;
    std::array<Result, CheckCount> m_results;
    QString m_text;
    QElapsedTimer m_clock;
    bool m_running = false;
};
