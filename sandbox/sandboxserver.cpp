#include "sandboxserver.h"

#include "expectcontinue.h"
#include "httpresponse.h"
#include "requestcontext.h"
#include "routes/routes.h"
#include "sandboxcontext.h"
#include "store/demoseed.h"
#include "store/largeseed.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <mutex>

Q_LOGGING_CATEGORY(lcRequests, "jobbers.sandbox.requests")

namespace {
QByteArray methodName(QHttpServerRequest::Method m) {
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    case QHttpServerRequest::Method::Connect:
        return QByteArrayLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace:
        return QByteArrayLiteral("TRACE");
    default:
        return QByteArrayLiteral("UNKNOWN");
    }
}

const QString kClockOffset = QStringLiteral("clock_offset_seconds");

const QByteArray kAllowHeaders = QByteArrayLiteral("Authorization, Content-Type, Accept");

// The Allow list of a path: its methods, HEAD wherever GET is, and OPTIONS.
QByteArray allowList(const QList<QByteArray> &methods) {
    QByteArray allow;
    for (const QByteArray &m : methods) {
        allow += m + ", ";
        if (m == "GET" && !methods.contains("HEAD"))
            allow += "HEAD, ";
    }
    return allow + "OPTIONS";
}
} // namespace

namespace {
QLoggingCategory::CategoryFilter s_previousFilter = nullptr;

// QHttpServer's own debug output prints every request's headers, Authorization included.
// The sandbox runs inside the app in demo mode, so that output stays off whatever the
// logging rules say: the request log above is the sandbox's log, and it has no headers.
void silenceHttpServerDebug(QLoggingCategory *category) {
    if (s_previousFilter)
        s_previousFilter(category);
    if (qstrncmp(category->categoryName(), "qt.httpserver", 13) == 0) {
        category->setEnabled(QtDebugMsg, false);
        category->setEnabled(QtInfoMsg, false);
    }
}
} // namespace

SandboxServer::SandboxServer(const SandboxOptions &options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_context(std::make_unique<SandboxContext>(options)) {
    static std::once_flag once;
    std::call_once(
        once, [] { s_previousFilter = QLoggingCategory::installFilter(silenceHttpServerDebug); });
}

SandboxServer::~SandboxServer() = default;

QList<DemoCredentials> SandboxServer::demoCredentials() {
    return DemoSeed::credentials();
}

DemoCredentials SandboxServer::largeCredentials() {
    return LargeSeed::credentials();
}

bool SandboxServer::start(QString *error) {
    const SandboxOptions &o = m_context->options();
    bool isNew = false;
    if (!m_context->store().open(o.dbPath, &isNew, error))
        return false;
    SandboxClock &clock = m_context->clock();
    // A moved clock stays moved across restarts: the stored dates were written on it.
    clock.restoreOffset(m_context->store().metaValue(kClockOffset).toLongLong());
    connect(&clock, &SandboxClock::advanced, this, [this](qint64, qint64 offset) {
        m_context->store().setMetaValue(kClockOffset, QString::number(offset));
    });
    if (isNew) {
        if (!DemoSeed::seed(m_context->store(), o.seed, clock.now(), error))
            return false;
    }
    // Also into a database seeded before without it.
    if (o.seedLarge && !LargeSeed::isSeeded(m_context->store())) {
        if (!LargeSeed::seed(m_context->store(), *o.seedLarge, clock.now(), error))
            return false;
    }
    Routes::installAll(m_router, *m_context);

    m_tcp = new SandboxTcpServer(this);
    if (!m_tcp->listen(QHostAddress(o.host), o.port)) {
        if (error)
            *error = QStringLiteral("cannot listen on %1:%2: %3")
                         .arg(o.host, QString::number(o.port), m_tcp->errorString());
        return false;
    }
    bind(m_tcp);
    QUrl base;
    base.setScheme(QStringLiteral("http"));
    base.setHost(m_tcp->serverAddress().toString());
    base.setPort(m_tcp->serverPort());
    m_context->setBaseUrl(base);
    return true;
}

QUrl SandboxServer::baseUrl() const {
    return m_context->baseUrl();
}

quint16 SandboxServer::port() const {
    return m_tcp ? m_tcp->serverPort() : 0;
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) {
    QElapsedTimer timer;
    timer.start();
    // The request is complete: whatever comes next on this connection is a new one.
    if (ExpectContinueWatcher *watcher = ExpectContinueWatcher::of(socket))
        watcher->rearm();
    const SandboxOptions &o = m_context->options();

    RequestContext ctx;
    ctx.sandbox = m_context.get();
    ctx.method = methodName(request.method());
    ctx.path = request.url().path(QUrl::FullyEncoded);
    ctx.query = request.query();
    ctx.body = request.body();
    ctx.remoteAddress = request.remoteAddress();
    const auto headers = request.headers();
    for (const auto &h : headers)
        ctx.headers.insert(h.first.toLower(), h.second);

    // The control plane (/_sandbox/...) is never hit by faults: a test must always be
    // able to turn them off again.
    const bool control = ctx.path.startsWith(QLatin1String("/_sandbox/"));
    FaultInjector &faults = m_context->faults();
    if (!control && faults.drop()) {
        logRequest(ctx, 0, 0, timer.nsecsElapsed());
        closeUnanswered(socket, 0);
        return true;
    }

    const HttpResponse response = dispatch(ctx, control);
    Q_EMIT requestHandled(ctx.method, ctx.path, response.status);

    // The work is done and committed; the answer never leaves. The connection closes
    // when the answer would have been written.
    if (!control && faults.loseAnswer()) {
        logRequest(ctx, response.status, -1, timer.nsecsElapsed());
        Q_EMIT answerLost(ctx.method, ctx.path, response.status);
        closeUnanswered(socket, o.latencyMs);
        return true;
    }
    logRequest(ctx, response.status, response.body.size(), timer.nsecsElapsed());

    if (o.latencyMs <= 0) {
        send(request, socket, ctx.method, response);
        return true;
    }
    // Deferred answer. QHttpServer 6.4 crashes when a responder writes to a socket the
    // client has already closed, so the socket is watched and the write skipped then.
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    QPointer<QTcpSocket> guard(socket);
    const QByteArray method = ctx.method;
    QTimer::singleShot(o.latencyMs, this, [responder, guard, response, method] {
        if (!guard || guard->state() != QAbstractSocket::ConnectedState)
            return;
        QHttpServerResponder &r = *responder;
        r.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
        r.writeHeader("Content-Type", response.contentType);
        r.writeHeader("Access-Control-Allow-Origin", "*");
        for (const auto &h : response.headers)
            r.writeHeader(h.first, h.second);
        const QByteArray body = method == "HEAD" ? QByteArray() : response.body;
        r.writeHeader("Content-Length", QByteArray::number(response.body.size()));
        r.writeBody(body);
    });
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) {
    // Not reached: handleRequest answers every request itself.
    send(request, socket, methodName(request.method()),
         HttpResponse::notFound(QStringLiteral("path"), QStringLiteral("unknown endpoint")));
}

void SandboxServer::closeUnanswered(QTcpSocket *socket, int delayMs) {
    // Deferred: QAbstractHttpServer is still reading this socket when a handler runs.
    QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(delayMs, this, [guard] {
        if (guard)
            guard->abort();
    });
}

void SandboxServer::setFaultRates(const FaultRates &rates) {
    m_context->faults().setRates(rates);
}

FaultRates SandboxServer::faultRates() const {
    return m_context->faults().rates();
}

bool SandboxServer::advanceClock(qint64 seconds) {
    return m_context->clock().advance(seconds);
}

HttpResponse SandboxServer::dispatch(RequestContext &ctx, bool control) {
    const SandboxOptions &o = m_context->options();
    const Router::Match match = m_router.match(ctx.method, ctx.path, ctx);

    if (ctx.method == "OPTIONS") {
        // CORS preflight: no token needed, Authorization named explicitly since a
        // wildcard does not cover it in browsers.
        if (!match.pathKnown)
            return HttpResponse::notFound(QStringLiteral("path"),
                                          QStringLiteral("unknown endpoint"));
        const QByteArray allow = allowList(match.allowed);
        // Empty, but labelled JSON like every other answer of the API.
        HttpResponse r = HttpResponse::raw(204, HttpResponse().contentType, {});
        r.addHeader("Allow", allow);
        r.addHeader("Access-Control-Allow-Methods", allow);
        r.addHeader("Access-Control-Allow-Headers", kAllowHeaders);
        r.addHeader("Access-Control-Max-Age", QByteArrayLiteral("600"));
        return r;
    }

    if (!control && m_context->faults().fail()) {
        HttpResponse r =
            HttpResponse::error(503, QStringLiteral("is_invalid"), QStringLiteral("service"),
                                QStringLiteral("the service is temporarily "
                                               "unavailable (sandbox fault injection)"));
        r.addHeader("Retry-After", "1");
        return r;
    }

    if (!match.pathKnown)
        return HttpResponse::notFound(QStringLiteral("path"),
                                      QStringLiteral("unknown endpoint: %1")
                                          .arg(QUrl::fromPercentEncoding(ctx.path.toUtf8())));
    if (!match.handler) {
        const QByteArray allow = allowList(match.allowed);
        HttpResponse r = HttpResponse::error(
            405, QStringLiteral("is_invalid"), QStringLiteral("method"),
            QStringLiteral("method %1 not allowed here; allowed: %2")
                .arg(QString::fromLatin1(ctx.method), QString::fromLatin1(allow)));
        r.addHeader("Allow", allow);
        return r;
    }

    if (ctx.body.size() > o.maxUploadBytes)
        return HttpResponse::error(413, QStringLiteral("is_invalid"), QStringLiteral("source"),
                                   QStringLiteral("the request body is %1 bytes; the limit is %2")
                                       .arg(ctx.body.size())
                                       .arg(o.maxUploadBytes));

    if (match.auth == Router::Auth::Bearer) {
        const QByteArray auth = ctx.header("authorization").trimmed();
        if (auth.isEmpty())
            return HttpResponse::unauthorized(QStringLiteral("missing Authorization header"));
        if (!auth.toLower().startsWith("bearer "))
            return HttpResponse::unauthorized(
                QStringLiteral("the Authorization header must be \"Bearer <access_token>\""));
        const QString token = QString::fromLatin1(auth.mid(7).trimmed());
        ctx.enterpriseId = m_context->tokens().use(token);
        if (ctx.enterpriseId == 0)
            return HttpResponse::unauthorized(QStringLiteral("access_token is unknown or expired"));
    }
    return (*match.handler)(ctx);
}

void SandboxServer::send(const QHttpServerRequest &request, QTcpSocket *socket,
                         const QByteArray &method, const HttpResponse &response) {
    QHttpServerResponder r = makeResponder(request, socket);
    r.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    r.writeHeader("Content-Type", response.contentType);
    r.writeHeader("Access-Control-Allow-Origin", "*");
    for (const auto &h : response.headers)
        r.writeHeader(h.first, h.second);
    r.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    r.writeBody(method == "HEAD" ? QByteArray() : response.body);
}

void SandboxServer::logRequest(const RequestContext &ctx, int status, qint64 bytes,
                               qint64 elapsedNs) const {
    if (!m_context->options().logRequests)
        return;
    // The path only: never the Authorization header or a body (secrets travel there).
    // Joined, not formatted: a path is the client's text, and "%2B3%40" in it must never
    // be read as placeholders of a format string.
    const QString result = status == 0 ? QStringLiteral("dropped") : QString::number(status);
    const QString size = bytes < 0 ? QStringLiteral("lost") : QString::number(bytes) + u'B';
    const QString line = QDateTime::currentDateTime().toString(Qt::ISODate) + u' '
                         + ctx.remoteAddress.toString() + u' ' + QString::fromLatin1(ctx.method)
                         + u' ' + ctx.path + u' ' + result + u' ' + size + u' '
                         + QString::number(double(elapsedNs) / 1e6, 'f', 2) + u"ms";
    qCInfo(lcRequests).noquote() << line;
}
