#include "apijob.h"

#include "apiclient.h"

#include <QLoggingCategory>
#include <QMetaObject>

namespace {
Q_LOGGING_CATEGORY(lcJob, "jobbers.job", QtInfoMsg)
}

ApiJob::ApiJob(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api) {}

ApiJob::~ApiJob() = default;

void ApiJob::cancel() {
    if (isFinished())
        return;
    if (m_canceller) {
        // The runner fails the job with Cancelled once the call has stopped.
        const std::function<void()> canceller = std::exchange(m_canceller, {});
        canceller();
    }
    // A runner without a canceller (or one that could not stop): the caller still gets
    // its Cancelled at once; a late outcome is ignored.
    fail(ApiError::cancelled());
}

void ApiJob::addResultContinuation(QObject *context, std::function<void()> f) {
    m_continuations.append({QPointer<QObject>(context), std::move(f), {}, {}});
}

ApiJob *ApiJob::onFailure(QObject *context, std::function<void(const ApiError &)> f) {
    m_continuations.append({QPointer<QObject>(context), {}, std::move(f), {}});
    return this;
}

ApiJob *ApiJob::onFinished(QObject *context, std::function<void()> f) {
    m_continuations.append({QPointer<QObject>(context), {}, {}, std::move(f)});
    return this;
}

void ApiJob::fail(const ApiError &error) {
    if (isFinished())
        return;
    m_state = State::Failed;
    m_error = error;
    scheduleCompletion();
}

void ApiJob::markSucceeded() {
    m_state = State::Succeeded;
    scheduleCompletion();
}

void ApiJob::scheduleCompletion() {
    m_canceller = {};
    if (m_completionScheduled)
        return;
    m_completionScheduled = true;
    QMetaObject::invokeMethod(this, &ApiJob::complete, Qt::QueuedConnection);
}

void ApiJob::complete() {
    if (m_completed)
        return;
    m_completed = true;
    // Copies: a continuation may attach more (they do not run), and one that deletes
    // the job's owner deletes the job too, which must then not be touched again.
    const bool succeeded = ok();
    const ApiError error = m_error;
    const QString description = m_description;
    const QPointer<ApiClient> api = m_api;
    const QPointer<ApiJob> self(this);
    bool handled = m_failureHandled;
    const QList<Continuation> list = m_continuations;
    for (const Continuation &c : list) {
        if (!c.context)
            continue;
        if (c.onFinished) {
            c.onFinished();
        } else if (c.onResult) {
            if (succeeded)
                c.onResult();
        } else if (!succeeded) {
            handled = true;
            c.onFailure(error);
        }
        if (!self)
            break;
    }
    if (!succeeded && !handled && error.kind != ApiError::Kind::Cancelled) {
        if (api)
            Q_EMIT api->unhandledFailure(error, description);
        else
            qCWarning(lcJob).noquote() << "unhandled failure:" << description << error.message;
    }
    if (!self)
        return;
    Q_EMIT finished(this);
    deleteLater();
}
