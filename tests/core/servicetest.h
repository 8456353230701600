#pragma once

// Shared by the tests of core's services: a signed-in ApiClient on an in-process
// sandbox, and await(), which waits (QSignalSpy::wait, no sleeping) for the outcome
// of a job.

#include "net/apiclient.h"
#include "net/servicebase.h"
#include "sandboxfixture.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSignalSpy>

#include <optional>

// The outcome of one job, copied out before the job deletes itself.
template<typename T> struct Answer {
    bool done = false;
    std::optional<T> value;
    ApiError error;

    bool ok() const { return value.has_value(); }
    const T &operator*() const { return *value; }
    const T *operator->() const { return &*value; }
    // For QVERIFY2 messages.
    QString why() const {
        if (!done)
            return QStringLiteral("no answer in time");
        if (ok())
            return QStringLiteral("answered");
        return ApiError::kindText(error.kind) + QStringLiteral(" (HTTP %1): ").arg(error.httpStatus)
               + error.message;
    }
};

// Fails the test, with the error, unless the answer is a success.
#define QVERIFY_ANSWER(answer) QVERIFY2((answer).ok(), qPrintable((answer).why()))

// Waits (QSignalSpy::wait, no sleeping) for job's outcome. Attaching after the call
// is safe: outcomes come from the event loop.
template<typename T> Answer<T> await(Job<T> *job, int timeoutMs = 20000) {
    Answer<T> answer;
    QObject context;
    job->then(
        &context,
        [&](const T &value) {
            answer.value = value;
            answer.done = true;
        },
        [&](const ApiError &error) {
            answer.error = error;
            answer.done = true;
        });
    QSignalSpy finished(job, &ApiJob::finished);
    QElapsedTimer clock;
    clock.start();
    while (!answer.done && clock.elapsed() < timeoutMs)
        finished.wait(int(timeoutMs - clock.elapsed()));
    return answer;
}

// Points api at base and signs in as demo enterprise enterpriseId; false and *error
// when that fails.
inline bool signIn(ApiClient &api, const QUrl &base, qint64 enterpriseId, QString *error) {
    if (!api.setBaseUrl(base, error))
        return false;
    api.setCredentials(QStringLiteral("demo-%1-key").arg(enterpriseId),
                       QStringLiteral("demo-%1-secret").arg(enterpriseId));
    // Tests want an answer, not patience: one retry at most, quickly.
    api.setRetryPolicy(2, 50, 2000);
    ApiReply *reply = api.authenticate();
    reply->setAutoDelete(false);
    QSignalSpy finished(reply, &ApiReply::finished);
    if (!reply->isFinished())
        finished.wait(20000);
    const bool ok = reply->ok() && api.hasToken();
    if (!ok)
        *error = QStringLiteral("sign-in failed: ") + reply->error().message;
    delete reply;
    return ok;
}

// A sandbox and an ApiClient signed in to it as a demo enterprise.
class ApiTestSession {
public:
    explicit ApiTestSession(qint64 enterpriseId = 20, SandboxOptions options = {})
        : fixture(options) {
        if (!fixture.ok())
            error = fixture.error();
        else
            signIn(api, fixture.baseUrl(), enterpriseId, &error);
    }

    bool ok() const { return error.isEmpty() && api.hasToken(); }

    SandboxFixture fixture;
    ApiClient api;
    QString error;
};
