#pragma once

// Shared by the tests of core's services: a signed-in ApiClient on an in-process
// sandbox, and await(), which waits (QSignalSpy::wait, no sleeping) for the one
// answer of a request id, success signal or requestFailed.

#include "net/apiclient.h"
#include "net/servicebase.h"
#include "sandboxfixture.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSignalSpy>

#include <optional>
#include <tuple>
#include <type_traits>

// Wakes await() when the answer it waits for has come.
class AnswerRelay : public QObject {
    Q_OBJECT
Q_SIGNALS:
    void answered();
};

template<typename... T> struct Answer {
    bool done = false;
    std::optional<std::tuple<T...>> value;
    ApiError error;

    bool ok() const { return value.has_value(); }
    template<std::size_t N> const auto &at() const { return std::get<N>(*value); }
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

// The answer to request id of service: the arguments of signal after the id, or the
// error of requestFailed. Connecting after the call is safe: answers are queued.
template<typename Service, typename... Args>
Answer<std::decay_t<Args>...> await(Service *service, void (Service::*signal)(quint64, Args...),
                                    quint64 id, int timeoutMs = 20000) {
    Answer<std::decay_t<Args>...> answer;
    AnswerRelay relay;
    QObject::connect(service, signal, &relay, [&](quint64 got, Args... args) {
        if (got != id || answer.done)
            return;
        answer.value.emplace(args...);
        answer.done = true;
        Q_EMIT relay.answered();
    });
    QObject::connect(service, &ServiceBase::requestFailed, &relay,
                     [&](quint64 got, const ApiError &error) {
                         if (got != id || answer.done)
                             return;
                         answer.error = error;
                         answer.done = true;
                         Q_EMIT relay.answered();
                     });
    QSignalSpy spy(&relay, &AnswerRelay::answered);
    QElapsedTimer clock;
    clock.start();
    while (!answer.done && clock.elapsed() < timeoutMs)
        spy.wait(int(timeoutMs - clock.elapsed()));
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
