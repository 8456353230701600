#include "apiclient.h"

#include "oneshotbody.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QHttpMultiPart>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

namespace {
Q_LOGGING_CATEGORY(lcNet, "jobbers.net", QtInfoMsg)

const QString kTokenPath = QStringLiteral("/oneapi/authentication/token");

QByteArray encodeBody(const QJsonValue &body) {
    if (body.isObject())
        return QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    if (body.isArray())
        return QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    return {};
}

// Network errors raised before the request could have left this machine: safe to retry
// even for a POST that must not run twice.
bool neverReachedServer(int networkError) {
    return networkError == QNetworkReply::ConnectionRefusedError
           || networkError == QNetworkReply::HostNotFoundError;
}

// Retry-After in its delay-seconds form, in ms; 0 when absent or not a number. The
// HTTP-date form is ignored on purpose: it means something only if both clocks agree,
// and the API sends seconds; the usual growing delay then applies.
int retryAfterMs(const QByteArray &value) {
    bool ok = false;
    const qint64 seconds = value.trimmed().toLongLong(&ok);
    if (!ok || seconds <= 0)
        return 0;
    return int(qMin<qint64>(seconds, 24 * 3600) * 1000);
}
} // namespace

struct ApiClient::Call {
    quint64 serial = 0;
    QByteArray method;
    QString path;
    QUrlQuery query;
    QByteArray body;
    Retry retry = Retry::Never;
    bool isTokenCall = false;
    bool replayedAfter401 = false;
    bool cancelled = false;
    int attempts = 0;
    QElapsedTimer since;
    QElapsedTimer attemptTimer;
    QString tokenUsed;
    QPointer<ApiReply> reply;
    QList<QMetaObject::Connection> replyConnections;
    QPointer<QNetworkReply> net;
    QTimer *retryTimer = nullptr;
    // multipart upload
    QString field;
    QString fileName;
    QString mimeType;
    QPointer<QIODevice> data;
};

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this)) {
    // TLS errors are never ignored: QNetworkAccessManager fails the request by default
    // and nothing here calls ignoreSslErrors().
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

ApiClient::~ApiClient() {
    // Replies are parentless (a caller may keep one past the client), so the client ends
    // its outstanding ones itself: nobody would ever answer them, and they would leak.
    // The token call goes first and ends the calls parked behind it; a call started by a
    // slot meanwhile is not sent (m_closing) and ends in a later turn of this loop.
    m_closing = true;
    while (!m_calls.isEmpty())
        finish(m_calls.first(), ApiError::cancelled());
    // Deleted now, not later: the event loop may never run again once the client is gone.
    for (const QPointer<ApiReply> &reply : std::as_const(m_closingReplies)) {
        if (reply && reply->autoDelete())
            delete reply.data();
    }
}

bool ApiClient::isAcceptableBaseUrl(const QUrl &url, QString *error) {
    const auto fail = [error](const QString &text) {
        if (error)
            *error = text;
        return false;
    };
    if (!url.isValid() || url.host().isEmpty())
        return fail(tr("The server address is not a valid URL."));
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return true;
    if (scheme != QLatin1String("http"))
        return fail(tr("The server address must start with https://."));
    const QString host = url.host().toLower();
    QHostAddress address;
    if (host == QLatin1String("localhost") || (address.setAddress(host) && address.isLoopback()))
        return true;
    return fail(tr("Unencrypted http:// is only allowed for this computer (localhost); "
                   "use https:// for %1.")
                    .arg(url.host()));
}

bool ApiClient::setBaseUrl(const QUrl &url, QString *error) {
    if (!isAcceptableBaseUrl(url, error))
        return false;
    m_baseUrl = url.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment);
    return true;
}

void ApiClient::setCredentials(const QString &apiKey, const QString &apiSecret) {
    m_apiKey = apiKey;
    m_apiSecret = apiSecret;
    m_refusal.reset();
}

void ApiClient::refuseAnswer(const ApiReply &reply, const ApiError &error) {
    refuseAnswer(reply.serial(), error);
}

void ApiClient::refuseAnswer(quint64 serial, const ApiError &error) {
    if (serial != 0 && error.isError())
        Q_EMIT answerRefused(serial, error);
}

void ApiClient::clearSession() {
    // A 401 drops the token before renewing it: a session that then expires has no token
    // left, and its end is told all the same.
    const bool had = std::exchange(m_tokenAnnounced, false) || !m_token.isEmpty();
    m_token.clear();
    m_apiKey.clear();
    m_apiSecret.clear();
    m_refusal.reset();
    if (had)
        Q_EMIT tokenChanged(false);
}

void ApiClient::setRetryPolicy(int maxAttempts, int firstDelayMs, int maxTotalMs) {
    m_retry = RetryPolicy(qMax(1, maxAttempts), qMax(1, firstDelayMs), qMax(0, maxTotalMs));
}

QString ApiClient::segment(const QString &value) {
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

ApiReply *ApiClient::authenticate() {
    auto *call = new Call;
    call->method = "POST";
    call->path = kTokenPath;
    call->isTokenCall = true;
    // A second token is harmless, so the token call retries like an idempotent one.
    call->retry = Retry::Idempotent;
    call->body = encodeBody(QJsonObject{{QStringLiteral("grant_type"), QStringLiteral("password")},
                                        {QStringLiteral("username"), m_apiKey},
                                        {QStringLiteral("password"), m_apiSecret}});
    return enqueue(call);
}

ApiReply *ApiClient::get(const QString &path, const QUrlQuery &query) {
    auto *call = new Call;
    call->method = "GET";
    call->path = path;
    call->query = query;
    call->retry = Retry::Idempotent;
    return enqueue(call);
}

ApiReply *ApiClient::post(const QString &path, const QJsonValue &body, Retry retry) {
    auto *call = new Call;
    call->method = "POST";
    call->path = path;
    call->body = encodeBody(body);
    call->retry = retry;
    return enqueue(call);
}

ApiReply *ApiClient::put(const QString &path, const QJsonValue &body) {
    auto *call = new Call;
    call->method = "PUT";
    call->path = path;
    call->body = encodeBody(body);
    call->retry = Retry::Idempotent;
    return enqueue(call);
}

ApiReply *ApiClient::deleteResource(const QString &path, const QJsonValue &body) {
    auto *call = new Call;
    call->method = "DELETE";
    call->path = path;
    call->body = encodeBody(body);
    call->retry = Retry::Idempotent;
    return enqueue(call);
}

ApiReply *ApiClient::upload(const QString &path, const QString &field, const QString &fileName,
                            const QString &mimeType, QIODevice *data) {
    auto *call = new Call;
    call->method = "POST";
    call->path = path;
    call->retry = Retry::Never;
    call->field = field;
    call->fileName = fileName;
    call->mimeType = mimeType;
    call->data = data;
    ApiReply *reply = enqueue(call);
    if (data)
        data->setParent(reply);
    return reply;
}

ApiReply *ApiClient::enqueue(Call *call) {
    auto *reply = new ApiReply;
    reply->setDescription(QString::fromLatin1(call->method) + QLatin1Char(' ') + call->path);
    call->serial = ++m_lastSerial;
    reply->setSerial(call->serial);
    call->reply = reply;
    call->since.start();
    m_calls.insert(call->serial, call);
    const quint64 serial = call->serial;
    const auto cancelCall = [this, serial] {
        if (Call *c = callFor(serial))
            cancel(c);
    };
    call->replyConnections = {connect(reply, &ApiReply::abortRequested, this, cancelCall),
                              connect(reply, &QObject::destroyed, this, cancelCall)};
    if (m_closing)
        return reply; // the destructor ends it, once the caller has connected
    if (!m_baseUrl.isValid()) {
        // Finish on the next turn of the event loop: the caller has not connected yet.
        QTimer::singleShot(0, this, [this, serial] {
            if (Call *c = callFor(serial))
                finish(c, ApiError::malformed(tr("no server address is set")));
        });
        return reply;
    }
    start(call);
    return reply;
}

void ApiClient::start(Call *call) {
    if (!call->isTokenCall && m_refusal && m_token.isEmpty()) {
        // The credentials were refused: fail on the next turn (the caller connects first).
        QTimer::singleShot(0, this, [this, serial = call->serial, e = *m_refusal] {
            if (Call *c = callFor(serial))
                finish(c, e);
        });
        return;
    }
    if (!call->isTokenCall) {
        // Park the call while a token is being fetched, or fetch one first when the
        // credentials are known but no token is held (expired and forgotten, or first use).
        if (m_tokenCall || (m_token.isEmpty() && hasCredentials())) {
            m_waiting.append(call->serial);
            if (!m_tokenCall)
                startReauthentication();
            return;
        }
    } else {
        m_tokenCall = call;
    }
    send(call);
}

QUrl ApiClient::urlFor(const QString &path, const QUrlQuery &query) const {
    QUrl url = m_baseUrl;
    // TolerantMode keeps segments that segment() already percent-encoded.
    url.setPath(m_baseUrl.path(QUrl::FullyEncoded) + path, QUrl::TolerantMode);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

QNetworkRequest ApiClient::makeRequest(const Call &call) const {
    QNetworkRequest req(urlFor(call.path, call.query));
    req.setTransferTimeout(m_transferTimeoutMs);
    req.setRawHeader("Accept", "application/json");
    if (!call.body.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!call.isTokenCall && !m_token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    return req;
}

void ApiClient::send(Call *call) {
    ++call->attempts;
    call->tokenUsed = m_token;
    call->attemptTimer.start();
    const QNetworkRequest req = makeRequest(*call);
    QNetworkReply *net = nullptr;
    if (!call->field.isEmpty()) {
        auto *multi = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        QHttpPart part;
        QString name = call->fileName;
        name.replace(QLatin1Char('"'), QLatin1Char('_'));
        part.setHeader(QNetworkRequest::ContentDispositionHeader,
                       QString(QStringLiteral("form-data; name=\"") + call->field
                               + QStringLiteral("\"; filename=\"") + name + QStringLiteral("\""))
                           .toUtf8());
        part.setHeader(QNetworkRequest::ContentTypeHeader, call->mimeType.toLatin1());
        if (call->data) {
            if (!call->data->isSequential())
                call->data->reset();
            part.setBodyDevice(call->data);
        }
        multi->append(part);
        QNetworkRequest r = req;
        r.setHeader(QNetworkRequest::ContentTypeHeader, QVariant());
        net = m_nam->post(r, multi);
        multi->setParent(net);
    } else if (call->method == "GET") {
        net = m_nam->get(req);
    } else if (call->retry == Retry::Never && !call->body.isEmpty()) {
        // A known length keeps Qt from buffering the device into a rewindable copy.
        QNetworkRequest r = req;
        r.setHeader(QNetworkRequest::ContentLengthHeader, call->body.size());
        auto *body = new OneShotBody(call->body);
        net = m_nam->sendCustomRequest(r, call->method, body);
        body->setParent(net);
    } else {
        net = m_nam->sendCustomRequest(req, call->method, call->body);
    }
    call->net = net;
    const quint64 serial = call->serial;
    connect(net, &QNetworkReply::finished, this, [this, serial, net] {
        net->deleteLater();
        Call *c = callFor(serial);
        if (c && c->net == net)
            onFinished(c, net);
    });
    connect(net, &QNetworkReply::uploadProgress, this, [this, serial](qint64 sent, qint64 total) {
        Call *c = callFor(serial);
        if (c && c->reply)
            Q_EMIT c->reply->uploadProgress(sent, total);
    });
}

void ApiClient::onFinished(Call *call, QNetworkReply *net) {
    call->net = nullptr;
    const int status = net->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const int netError = net->error();
    const QByteArray body = net->isOpen() ? net->readAll() : QByteArray();
    // The path only: the query may carry personal data, headers carry the token.
    qCDebug(lcNet).noquote() << call->method << call->path << "->"
                             << (status ? QString::number(status) : net->errorString())
                             << call->attemptTimer.elapsed() << "ms";

    if (call->cancelled) {
        finish(call, ApiError::cancelled());
        return;
    }
    if (status == 0 || (netError != QNetworkReply::NoError && status >= 200 && status < 300)) {
        // No answer, or a success cut short (the body is shorter than announced).
        ApiError e = ApiError::fromHttp(0, {}, netError, net->errorString());
        // We abort only on the caller's request (flag above), so any other cancellation
        // is the transfer timeout firing.
        if (netError == QNetworkReply::OperationCanceledError
            || netError == QNetworkReply::TimeoutError) {
            e.kind = ApiError::Kind::Timeout;
            e.message = ApiError::kindText(e.kind);
        }
        if (!scheduleRetry(call, e, netError))
            finish(call, e);
        return;
    }
    if (status >= 200 && status < 300) {
        if (status == 204) {
            finish(call, {}, status, QJsonDocument());
            return;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
        ApiError bad;
        if (body.trimmed().isEmpty())
            bad = ApiError::malformed(tr("the answer is empty"));
        else if (parseError.error != QJsonParseError::NoError)
            bad = ApiError::malformed(tr("not JSON (%1)").arg(parseError.errorString()));
        else if (!doc.isObject() && !doc.isArray())
            bad = ApiError::malformed(tr("not a JSON object or array"));
        else if (call->isTokenCall
                 && !doc.object().value(QStringLiteral("access_token")).isString())
            bad = ApiError::malformed(tr("no access_token in the token answer"));
        if (bad.isError()) {
            bad.httpStatus = status;
            finish(call, bad);
            return;
        }
        if (call->isTokenCall) {
            m_token = doc.object().value(QStringLiteral("access_token")).toString();
            m_tokenTtlMs =
                qint64(doc.object().value(QStringLiteral("expires_in")).toDouble() * 1000);
            qCInfo(lcNet) << "signed in: new access token";
            m_tokenAnnounced = true;
            Q_EMIT tokenChanged(true);
        }
        finish(call, {}, status, doc);
        return;
    }
    const ApiError e = ApiError::fromHttp(status, body, netError, net->errorString());
    if (status == 401 && !call->isTokenCall && hasCredentials() && !call->replayedAfter401) {
        handleUnauthorized(call, e);
        return;
    }
    // Only a 503 says "come back later" in a way worth obeying; elsewhere the header is
    // not part of the API.
    const int retryAfter = status == 503 ? retryAfterMs(net->rawHeader("Retry-After")) : 0;
    if (!scheduleRetry(call, e, netError, retryAfter))
        finish(call, e);
}

void ApiClient::handleUnauthorized(Call *call, const ApiError &error) {
    Q_UNUSED(error)
    call->replayedAfter401 = true;
    if (m_refusal) {
        // The session is already over (reported once): no second try with refused keys.
        finish(call, *m_refusal);
        return;
    }
    // A 401 only says the server refused the token: nothing ran, so even a POST may replay.
    if (m_tokenCall) {
        m_waiting.append(call->serial);
        return;
    }
    if (!m_token.isEmpty() && call->tokenUsed != m_token) {
        // Another request already got a fresh token while this one was in flight.
        send(call);
        return;
    }
    m_waiting.append(call->serial);
    startReauthentication();
}

void ApiClient::startReauthentication() {
    qCInfo(lcNet) << "access token missing or refused; signing in again";
    m_token.clear();
    m_reauthenticating = true;
    Q_EMIT reauthenticating();
    ApiReply *reply = authenticate();
    Q_UNUSED(reply)
}

void ApiClient::onTokenCallDone(const ApiError &error) {
    const bool wasReauth = m_reauthenticating;
    m_reauthenticating = false;
    const QList<quint64> waiting = std::exchange(m_waiting, {});
    if (!error.isError()) {
        m_refusal.reset();
        for (quint64 serial : waiting) {
            if (Call *c = callFor(serial))
                send(c);
        }
        return;
    }
    const bool refused = error.kind == ApiError::Kind::Unauthorized
                         || error.kind == ApiError::Kind::Validation
                         || error.kind == ApiError::Kind::Forbidden;
    ApiError out = error;
    if (refused) {
        out.kind = ApiError::Kind::Unauthorized;
        out.httpStatus = 401;
        out.message =
            tr("The session has expired and signing in again failed: %1").arg(error.message);
    }
    for (quint64 serial : waiting) {
        if (Call *c = callFor(serial))
            finish(c, out);
    }
    if (wasReauth && refused) {
        m_refusal = out;
        qCWarning(lcNet) << "signing in again was refused; the session is over";
        Q_EMIT sessionExpired(out);
    }
}

bool ApiClient::scheduleRetry(Call *call, const ApiError &error, int networkError,
                              int retryAfterMs) {
    if (!error.isTransient())
        return false;
    if (call->retry == Retry::Never && !neverReachedServer(networkError))
        return false;
    // The server's Retry-After is a floor; when it does not fit in the time left, the
    // call ends now rather than retry before the server is ready or wait past the bound.
    const int delay = m_retry.delayBefore(call->attempts, call->since.elapsed(), retryAfterMs);
    if (delay < 0) {
        if (call->attempts > 1) {
            ApiError e = error;
            e.message =
                tr("%1 (gave up after %n attempt(s))", nullptr, call->attempts).arg(error.message);
            finish(call, e);
            return true;
        }
        return false;
    }
    qCInfo(lcNet).noquote() << call->method << call->path << "failed:" << error.message << "- retry"
                            << call->attempts << "in" << delay << "ms";
    Q_EMIT retryScheduled(call->attempts, delay);
    if (call->reply)
        Q_EMIT call->reply->retryScheduled(call->attempts, delay);
    const quint64 serial = call->serial;
    if (!callFor(serial))
        return true; // a slot aborted it
    call->retryTimer = new QTimer(this);
    call->retryTimer->setSingleShot(true);
    connect(call->retryTimer, &QTimer::timeout, this, [this, serial] {
        Call *call = callFor(serial);
        if (!call)
            return;
        call->retryTimer->deleteLater();
        call->retryTimer = nullptr;
        if (call->isTokenCall)
            send(call);
        else
            start(call);
    });
    call->retryTimer->start(delay);
    return true;
}

void ApiClient::cancel(Call *call) {
    call->cancelled = true;
    if (call->net) {
        // finished() comes synchronously from abort() and ends the call as Cancelled.
        call->net->abort();
        return;
    }
    finish(call, ApiError::cancelled());
}

void ApiClient::finish(Call *call, const ApiError &error, int status, const QJsonDocument &doc) {
    m_calls.remove(call->serial);
    m_waiting.removeAll(call->serial);
    if (call->retryTimer) {
        call->retryTimer->stop();
        call->retryTimer->deleteLater();
    }
    const bool wasTokenCall = call == m_tokenCall;
    if (wasTokenCall)
        m_tokenCall = nullptr;
    QPointer<ApiReply> reply = call->reply;
    // The reply outlives the call: its abort/destroyed connections are done with. Only
    // those: a caller may have connected the reply to a slot of this client's.
    for (const QMetaObject::Connection &c : std::as_const(call->replyConnections))
        QObject::disconnect(c);
    if (m_closing && reply)
        m_closingReplies.append(reply);
    if (call->net) {
        call->net->disconnect(this);
        call->net->abort();
    }
    if (!error.isError() && m_tokenTtlMs > 0 && (call->isTokenCall || call->tokenUsed == m_token))
        m_tokenExpiry =
            QDateTime::currentDateTime().addMSecs(m_tokenTtlMs - call->attemptTimer.elapsed());
    CallRecord record = CallRecord::of(call->method, call->path, call->attempts,
                                       call->since.elapsed(), status, error);
    record.serial = call->serial;
    Q_EMIT callFinished(record);
    delete call;
    if (reply) {
        if (error.isError())
            reply->finishError(error);
        else
            reply->finishOk(status, doc);
    }
    if (wasTokenCall)
        onTokenCallDone(error);
}
