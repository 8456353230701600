#pragma once

#include "apierror.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>
#include <utility>

class ApiClient;

// The handle of one call, for the one who started it (KJob / libQuotient BaseJob
// style). A service method returns a Job<T>*; the caller attaches continuations to
// it, in a context object, and forgets it:
//
//     m_clients->get(email)
//         ->onResult(this, [this](const Client &client) { openClient(client); })
//         ->onFailure(this, [this](const ApiError &error) { showError(error); });
//
// The contract:
// - The outcome (a value, or an ApiError) always arrives from the event loop, never
//   inside the call that started the job, so attaching after the call is safe.
// - Continuations run in the order they were attached (onResult, onFailure and
//   onFinished alike), each only while its context object lives. Then finished() is
//   emitted once, then the job deletes itself. A job is a child of whoever runs it
//   (the service): deleted with it, it delivers nothing.
// - cancel() stops the call; the job then fails with Kind::Cancelled (a POST that
//   has been sent may still have acted on the server).
// - A failure that no live onFailure() continuation saw (and that is not a
//   cancellation) is reported once through ApiClient::unhandledFailure, which the
//   shell shows: no error is dropped silently.
// - progress() reports bytes (uploads) or steps (imports, several months of stats).
//
// Services attach their own continuation first to emit domain signals for observers
// (the client directory hears every client loaded, whoever asked).
class ApiJob : public QObject {
    Q_OBJECT
public:
    ~ApiJob() override;

    bool isFinished() const { return m_state != State::Running; }
    bool ok() const { return m_state == State::Succeeded; }
    const ApiError &error() const { return m_error; }
    // What the call is, for logs and unhandled-failure messages ("GET /oneapi/v0/…").
    const QString &description() const { return m_description; }
    void setDescription(const QString &description) { m_description = description; }

    // Stops the call. Harmless once finished.
    void cancel();
    // The caller shows this job's failures its own way (e.g. through TaskRegistry):
    // they are not reported as unhandled even without an onFailure() continuation.
    void setFailureHandled() { m_failureHandled = true; }

    // Runs f(error) in context when the job fails (cancellation included).
    ApiJob *onFailure(QObject *context, std::function<void(const ApiError &)> f);
    // Runs f() in context when the job ends, whatever the outcome.
    ApiJob *onFinished(QObject *context, std::function<void()> f);

    // For whoever runs the call: how to stop it (aborts the HTTP request, stops the
    // sub-jobs...). It must lead to fail(ApiError::cancelled()) sooner or later.
    void setCanceller(std::function<void()> canceller) { m_canceller = std::move(canceller); }
    // For whoever runs the call: the job has failed. The outcome is delivered from
    // the event loop; a second outcome is ignored.
    void fail(const ApiError &error);
    void reportProgress(qint64 done, qint64 total) { Q_EMIT progress(done, total); }

Q_SIGNALS:
    // Once, after the continuations ran; the job deletes itself right after.
    void finished(ApiJob *job);
    void progress(qint64 done, qint64 total);
    void retryScheduled(int attempt, int delayMs);

protected:
    // api: where unhandled failures are reported (may be null: they are then logged).
    ApiJob(ApiClient *api, QObject *parent);
    void markSucceeded();
    // For Job<T>::onResult: f runs in context on success, in turn with the others.
    void addResultContinuation(QObject *context, std::function<void()> f);

private:
    enum class State { Running, Succeeded, Failed };
    // One of the three is set.
    struct Continuation {
        QPointer<QObject> context;
        std::function<void()> onResult;
        std::function<void(const ApiError &)> onFailure;
        std::function<void()> onFinished;
    };
    void scheduleCompletion();
    void complete();

    QPointer<ApiClient> m_api;
    State m_state = State::Running;
    bool m_completionScheduled = false;
    bool m_completed = false;
    bool m_failureHandled = false;
    ApiError m_error;
    QString m_description;
    std::function<void()> m_canceller;
    QList<Continuation> m_continuations;
};

// A job whose success carries a T.
template<typename T> class Job : public ApiJob {
public:
    Job(ApiClient *api, QObject *parent)
        : ApiJob(api, parent) {}

    // Valid once ok().
    const T &result() const { return *m_result; }

    // Runs f(value) in context when the job succeeds.
    Job *onResult(QObject *context, std::function<void(const T &)> f) {
        addResultContinuation(context, [this, f = std::move(f)] { f(*m_result); });
        return this;
    }
    Job *onFailure(QObject *context, std::function<void(const ApiError &)> f) {
        ApiJob::onFailure(context, std::move(f));
        return this;
    }
    Job *onFinished(QObject *context, std::function<void()> f) {
        ApiJob::onFinished(context, std::move(f));
        return this;
    }
    // onResult and onFailure in one.
    Job *then(QObject *context, std::function<void(const T &)> ok,
              std::function<void(const ApiError &)> failed) {
        onResult(context, std::move(ok));
        return onFailure(context, std::move(failed));
    }

    // For whoever runs the call: the job has succeeded with value.
    void succeed(T value) {
        if (isFinished())
            return;
        m_result = std::move(value);
        markSucceeded();
    }

private:
    std::optional<T> m_result;
};

// What calls without a useful answer body succeed with (a deletion, a link).
struct Done {};
