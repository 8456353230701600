#pragma once

#include "faultinjector.h"
#include "router.h"
#include "sandboxoptions.h"

#include <QAbstractHttpServer>
#include <QList>
#include <QString>
#include <QUrl>

#include <memory>

class SandboxContext;
class QTcpServer;
struct HttpResponse;

struct DemoCredentials {
    qint64 enterpriseId;
    QString name;
    QString apiKey;
    QString apiSecret;
};

// The Jobbers One API emulator. Routing is its own (see Router) so that unknown
// paths are JSON 404s, wrong methods JSON 405s with Allow, and CORS preflights,
// fault injection, latency and the request log apply to every endpoint alike.
class SandboxServer : public QAbstractHttpServer {
    Q_OBJECT
public:
    explicit SandboxServer(const SandboxOptions &options, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Opens the store (seeding a new one), installs the routes and listens.
    bool start(QString *error = nullptr);
    QUrl baseUrl() const;
    quint16 port() const;
    SandboxContext &context() { return *m_context; }
    static QList<DemoCredentials> demoCredentials();
    // The large enterprise of SandboxOptions::seedLarge.
    static DemoCredentials largeCredentials();

    // Fault rates at run time (also POST /_sandbox/faults); invalid rates are ignored.
    void setFaultRates(const FaultRates &rates);
    FaultRates faultRates() const;
    // Moves the sandbox's time forward (also POST /_sandbox/clock/advance): tokens,
    // autologin links and stocks expire, new records are dated on the moved clock.
    // False for a negative count.
    bool advanceClock(qint64 seconds);

Q_SIGNALS:
    void requestHandled(const QByteArray &method, const QString &path, int status);
    // The request was handled (status is what it would have answered) and the
    // connection closed without the answer (lose-answer fault).
    void answerLost(const QByteArray &method, const QString &path, int status);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    HttpResponse dispatch(RequestContext &ctx, bool control);
    void closeUnanswered(QTcpSocket *socket, int delayMs);
    void send(const QHttpServerRequest &request, QTcpSocket *socket, const QByteArray &method,
              const HttpResponse &response);
    void logRequest(const RequestContext &ctx, int status, qint64 bytes, qint64 elapsedNs) const;

    std::unique_ptr<SandboxContext> m_context;
    Router m_router;
    QTcpServer *m_tcp = nullptr;
};
