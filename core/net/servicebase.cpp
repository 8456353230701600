#include "servicebase.h"

#include "apiclient.h"

#include <QMetaObject>
#include <QTimer>

#include <atomic>

ServiceBase::ServiceBase(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api) {
    Q_ASSERT(api);
}

ServiceBase::~ServiceBase() {
    // Nobody will read these answers now; the calls still run to their end (a POST
    // may already have acted on the server) and then delete themselves.
    for (const QPointer<ApiReply> &reply : std::as_const(m_pending)) {
        if (!reply)
            continue;
        if (reply->isFinished())
            reply->deleteLater();
        else
            reply->setAutoDelete(true);
    }
}

quint64 ServiceBase::nextRequestId() {
    // Process-wide, so that ids from two services never collide in one view.
    static std::atomic<quint64> next{0};
    return ++next;
}

bool ServiceBase::cancel(quint64 requestId) {
    const QPointer<ApiReply> reply = m_pending.value(requestId);
    if (!reply || reply->isFinished())
        return false;
    reply->abort();
    return true;
}

void ServiceBase::follow(quint64 id, ApiReply *reply,
                         std::function<void(const ApiReply &)> onFinished) {
    m_pending.insert(id, reply);
    // The service deletes the reply itself, after its answer is handled, so that the
    // handling can be queued: an answer never arrives inside the call that caused it
    // (a cancel(), a reply finished before it was returned), only from the event loop.
    reply->setAutoDelete(false);
    const QPointer<ApiReply> guard(reply);
    auto handle = [this, id, guard, onFinished] {
        if (!m_pending.contains(id))
            return;
        m_pending.remove(id);
        if (!guard) {
            fail(id, ApiError::cancelled());
            return;
        }
        onFinished(*guard);
        guard->deleteLater();
    };
    if (reply->isFinished())
        QMetaObject::invokeMethod(this, handle, Qt::QueuedConnection);
    else
        connect(reply, &ApiReply::finished, this, handle, Qt::QueuedConnection);
}

quint64 ServiceBase::failLater(const ApiError &error) {
    const quint64 id = nextRequestId();
    QTimer::singleShot(0, this, [this, id, error] { fail(id, error); });
    return id;
}

void ServiceBase::failMalformed(quint64 requestId, const QString &why) {
    fail(requestId, ApiError::malformed(why));
}

ApiError ServiceBase::invalidInput(const QString &source, const QString &message) {
    ApiError error;
    error.kind = ApiError::Kind::Validation;
    error.message = message;
    error.fieldErrors.append({QStringLiteral("is_invalid"), source, message});
    return error;
}
