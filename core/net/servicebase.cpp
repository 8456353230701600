#include "servicebase.h"

#include "apiclient.h"

#include <QTimer>

#include <atomic>

ServiceBase::ServiceBase(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api) {
    Q_ASSERT(api);
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
    connect(reply, &ApiReply::finished, this, [this, id, reply, onFinished] {
        m_pending.remove(id);
        onFinished(*reply);
    });
    // An ApiClient may finish a reply before returning it (e.g. a refused URL).
    if (reply->isFinished()) {
        QTimer::singleShot(0, this, [this, id, reply = QPointer<ApiReply>(reply), onFinished] {
            if (!m_pending.contains(id))
                return;
            m_pending.remove(id);
            if (reply)
                onFinished(*reply);
            else
                fail(id, ApiError::malformed(tr("the request ended before it started")));
        });
    }
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
