#include "cannedhttpserver.h"
#include "sandboxcontext.h"
#include "sandboxfixture.h"
#include "sandboxserver.h"
#include "waitfor.h"

#include "net/apiclient.h"

#include <QHash>

#include <QPointer>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

using Kind = ApiError::Kind;

namespace {
const QString kKey = QStringLiteral("demo-20-key");
const QString kSecret = QStringLiteral("demo-20-secret");
const QString kTokenPath = QStringLiteral("/oneapi/authentication/token");

// Counts the sandbox's answers to the token endpoint.
struct TokenCounter {
    explicit TokenCounter(SandboxServer &server) {
        QObject::connect(&server, &SandboxServer::requestHandled, &context,
                         [this](const QByteArray &, const QString &path, int) {
                             if (path == kTokenPath)
                                 ++count;
                         });
    }
    QObject context;
    int count = 0;
};

// Every reply finished, within timeoutMs in all. A reply deletes itself after finished()
// unless kept (setAutoDelete(false)), so each is held through a QPointer: one gone has
// finished. A test that reads a reply after the wait keeps it.
bool waitAll(const QList<QPointer<ApiReply>> &replies, int timeoutMs = WaitFor::kTimeoutMs) {
    const QDeadlineTimer deadline(timeoutMs);
    for (const QPointer<ApiReply> &r : replies) {
        const auto finished = [&r] { return !r || r->isFinished(); };
        if (!WaitFor::until(r.data(), &ApiReply::finished, finished, deadline))
            return false;
    }
    return true;
}

// One GET run to its end and kept for inspection; nullptr if it never finished.
std::unique_ptr<ApiReply> finishedGet(ApiClient &api, const QString &path) {
    std::unique_ptr<ApiReply> r(api.get(path));
    r->setAutoDelete(false);
    if (!waitAll({r.get()}))
        return nullptr;
    return r;
}
} // namespace

// Tokens: sign-in, the bearer on every request, one shared re-authentication after a 401.
class TestApiClient : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void baseUrlPolicy_data() {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("https") << QStringLiteral("https://api.jobbers.example") << true;
        QTest::newRow("http remote") << QStringLiteral("http://api.jobbers.example") << false;
        QTest::newRow("http lan") << QStringLiteral("http://192.168.1.10:8080") << false;
        QTest::newRow("http 127.0.0.1") << QStringLiteral("http://127.0.0.1:8080") << true;
        QTest::newRow("http 127.8.9.10") << QStringLiteral("http://127.8.9.10") << true;
        QTest::newRow("http ::1") << QStringLiteral("http://[::1]:9000") << true;
        QTest::newRow("http localhost") << QStringLiteral("http://localhost:9000") << true;
        QTest::newRow("http localhost.evil")
            << QStringLiteral("http://localhost.evil.example") << false;
        QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1") << false;
        QTest::newRow("garbage") << QStringLiteral("not a url") << false;
    }
    void baseUrlPolicy() {
        QFETCH(QString, url);
        QFETCH(bool, accepted);
        QString error;
        ApiClient api;
        QCOMPARE(api.setBaseUrl(QUrl(url), &error), accepted);
        QCOMPARE(error.isEmpty(), accepted);
    }

    void bearerOnEveryRequest() {
        CannedHttpServer upstream;
        QVERIFY(upstream.listen());
        upstream.setAnswers(
            {CannedHttpServer::respond(200, R"({"access_token":"tok-123","token_type":"bearer"})"),
             CannedHttpServer::respond(200, R"({"data":"echo"})")});
        ApiClient api;
        QVERIFY(api.setBaseUrl(upstream.baseUrl()));
        api.setCredentials(kKey, kSecret);
        QSignalSpy tokenChanged(&api, &ApiClient::tokenChanged);
        ApiReply *auth = api.authenticate();
        QSignalSpy authDone(auth, &ApiReply::finished);
        QVERIFY(authDone.wait());
        QVERIFY(api.hasToken());
        QCOMPARE(tokenChanged.size(), 1);
        QVERIFY(!upstream.requests().at(0).contains("Authorization"));

        ApiReply *a = api.get(QStringLiteral("/oneapi/v0/echo"));
        ApiReply *b = api.post(QStringLiteral("/oneapi/v0/echo"), QJsonObject{});
        QVERIFY(waitAll({a, b}));
        QCOMPARE(upstream.requestCount(), 3);
        for (int i = 1; i < 3; ++i)
            QVERIFY(upstream.requests().at(i).contains("Authorization: Bearer tok-123"));
    }

    void authenticateAndGet() {
        SandboxFixture fx;
        QVERIFY2(fx.ok(), qPrintable(fx.error()));
        ApiClient api;
        QVERIFY(api.setBaseUrl(fx.baseUrl()));
        api.setCredentials(kKey, kSecret);
        ApiReply *auth = api.authenticate();
        QSignalSpy authDone(auth, &ApiReply::finished);
        QVERIFY(authDone.wait());
        QVERIFY(api.hasToken());

        ApiReply *echo = api.get(QStringLiteral("/oneapi/v0/echo/hello+world"));
        echo->setAutoDelete(false);
        QVERIFY(waitAll({echo}));
        QVERIFY2(echo->ok(), qPrintable(echo->error().message));
        QCOMPARE(echo->payload().toString(), QStringLiteral("echo hello world"));
        delete echo;
    }

    // A refused token call is final: it is never answered by signing in again.
    void wrongSecretIsNotReauthenticated() {
        SandboxFixture fx;
        QVERIFY(fx.ok());
        TokenCounter tokens(fx.server());
        ApiClient api;
        QVERIFY(api.setBaseUrl(fx.baseUrl()));
        api.setCredentials(kKey, QStringLiteral("wrong"));
        QSignalSpy expired(&api, &ApiClient::sessionExpired);
        ApiReply *auth = api.authenticate();
        auth->setAutoDelete(false);
        QVERIFY(waitAll({auth}));
        QCOMPARE(auth->error().kind, Kind::Unauthorized);
        QCOMPARE(auth->httpStatus(), 401);
        QCOMPARE(tokens.count, 1);
        QCOMPARE(expired.size(), 0);
        QVERIFY(!api.hasToken());
        delete auth;
    }

    // The token expires; 20 concurrent requests share one re-authentication.
    void expiredTokenSharedReauthentication() {
        SandboxOptions options;
        options.tokenTtlSeconds = 60;
        SandboxFixture fx(options);
        QVERIFY(fx.ok());
        TokenCounter tokens(fx.server());
        ApiClient api;
        QVERIFY(api.setBaseUrl(fx.baseUrl()));
        api.setCredentials(kKey, kSecret);
        ApiReply *auth = api.authenticate();
        QVERIFY(waitAll({auth}));
        QCOMPARE(tokens.count, 1);

        // Past the TTL on the sandbox's clock: the token expires without waiting for it.
        QVERIFY(fx.advanceClock(options.tokenTtlSeconds + 1));

        QSignalSpy renewing(&api, &ApiClient::reauthenticating);
        QList<QPointer<ApiReply>> replies;
        for (int i = 0; i < 20; ++i) {
            ApiReply *r = api.get(QStringLiteral("/oneapi/v0/echo/n%1").arg(i));
            r->setAutoDelete(false);
            replies.append(r);
        }
        QVERIFY(waitAll(replies));
        for (int i = 0; i < replies.size(); ++i) {
            QVERIFY(replies[i]);
            QVERIFY2(replies[i]->ok(), qPrintable(replies[i]->error().message));
            QCOMPARE(replies[i]->payload().toString(), QStringLiteral("echo n%1").arg(i));
        }
        QCOMPARE(tokens.count, 2);    // the first sign-in and exactly one re-authentication
        QCOMPARE(renewing.size(), 1); // what the status bar shows as "renewing"
        for (const QPointer<ApiReply> &r : std::as_const(replies))
            delete r.data();
    }

    // Re-authentication refused: every waiting request fails Unauthorized, once.
    void failedReauthentication() {
        SandboxFixture fx;
        QVERIFY(fx.ok());
        TokenCounter tokens(fx.server());
        ApiClient api;
        QVERIFY(api.setBaseUrl(fx.baseUrl()));
        api.setCredentials(kKey, kSecret);
        QVERIFY(waitAll({api.authenticate()}));
        // The secret was changed elsewhere and the server forgot our token.
        api.setCredentials(kKey, QStringLiteral("rotated"));
        fx.server().context().tokens().revokeAll();
        QSignalSpy expired(&api, &ApiClient::sessionExpired);
        QList<QPointer<ApiReply>> replies;
        for (int i = 0; i < 5; ++i) {
            replies.append(api.get(QStringLiteral("/oneapi/v0/echo")));
            replies.last()->setAutoDelete(false);
        }
        QVERIFY(waitAll(replies));
        for (const QPointer<ApiReply> &r : std::as_const(replies)) {
            QVERIFY(r);
            QCOMPARE(r->error().kind, Kind::Unauthorized);
        }
        QCOMPARE(expired.size(), 1);
        QCOMPARE(tokens.count, 2);
        for (const QPointer<ApiReply> &r : std::as_const(replies))
            delete r.data();
        // The refused keys are not tried again, nor is the end of the session told twice.
        const auto late = finishedGet(api, QStringLiteral("/oneapi/v0/echo"));
        QVERIFY(late);
        QCOMPARE(late->error().kind, Kind::Unauthorized);
        QCOMPARE(tokens.count, 2);
        QCOMPARE(expired.size(), 1);
        // New credentials start afresh.
        api.setCredentials(kKey, kSecret);
        const auto again = finishedGet(api, QStringLiteral("/oneapi/v0/echo"));
        QVERIFY(again);
        QVERIFY2(again->ok(), qPrintable(again->error().message));
        QCOMPARE(tokens.count, 3);
    }

    // Without a token but with credentials, the first request signs in by itself.
    void signsInOnFirstUse() {
        SandboxFixture fx;
        QVERIFY(fx.ok());
        TokenCounter tokens(fx.server());
        ApiClient api;
        QVERIFY(api.setBaseUrl(fx.baseUrl()));
        api.setCredentials(kKey, kSecret);
        const auto r = finishedGet(api, QStringLiteral("/oneapi/v0/current"));
        QVERIFY(r);
        QVERIFY2(r->ok(), qPrintable(r->error().message));
        QCOMPARE(tokens.count, 1);
    }

    void clearSessionForgetsEverything() {
        SandboxFixture fx;
        QVERIFY(fx.ok());
        TokenCounter tokens(fx.server());
        ApiClient api;
        QVERIFY(api.setBaseUrl(fx.baseUrl()));
        api.setCredentials(kKey, kSecret);
        QVERIFY(waitAll({api.authenticate()}));
        QSignalSpy tokenChanged(&api, &ApiClient::tokenChanged);
        api.clearSession();
        QVERIFY(!api.hasToken());
        QVERIFY(!api.hasCredentials());
        QVERIFY(api.apiKey().isEmpty());
        QCOMPARE(tokenChanged.size(), 1);
        QCOMPARE(tokenChanged.at(0).at(0).toBool(), false);
        ApiReply *r = api.get(QStringLiteral("/oneapi/v0/current"));
        r->setAutoDelete(false);
        QVERIFY(waitAll({r}));
        QCOMPARE(r->error().kind, Kind::Unauthorized);
        QCOMPARE(tokens.count, 1); // no sign-in without credentials
        delete r;
    }

    // A call that ends before its deferred start (aborted, here) leaves that start
    // behind; a later call, possibly allocated at the same address, must not be ended
    // by it. Calls are told apart by a serial number, never by address.
    void lateCallbackNeverReachesAnotherCall() {
        CannedHttpServer upstream;
        QVERIFY(upstream.listen());
        upstream.setAnswer(CannedHttpServer::respond(200, R"({"data":"second"})"));
        ApiClient api;
        // No server address yet: the first call is due to fail on the next turn.
        QPointer<ApiReply> first = api.get(QStringLiteral("/oneapi/v0/echo/first"));
        first->abort();
        QVERIFY(!first || first->isFinished());
        QVERIFY(api.setBaseUrl(upstream.baseUrl()));
        const auto second = finishedGet(api, QStringLiteral("/oneapi/v0/echo/second"));
        QVERIFY(second);
        QVERIFY2(second->ok(), qPrintable(second->error().message));
        QCOMPARE(second->payload().toString(), QStringLiteral("second"));
        QCOMPARE(upstream.requestCount(), 1);
    }

    // Deleting the client with calls outstanding (one on the wire, others parked behind
    // it, one started by a slot while the client is going away): every reply finishes
    // Cancelled, once, and those not kept are freed before the destructor returns.
    void deletedClientCancelsOutstandingReplies() {
        CannedHttpServer upstream;
        QVERIFY(upstream.listen());
        upstream.setAnswer(CannedHttpServer::mode(CannedHttpServer::Answer::Mode::Hang));
        auto *api = new ApiClient;
        QVERIFY(api->setBaseUrl(upstream.baseUrl()));
        api->setCredentials(kKey, kSecret);
        QSignalSpy received(&upstream, &CannedHttpServer::requestReceived);

        QHash<QString, QList<Kind>> endings;
        const auto record = [&endings](const QString &name, ApiReply *reply) {
            QObject::connect(reply, &ApiReply::finished, reply, [&endings, name, reply] {
                endings[name].append(reply->error().kind);
            });
        };
        QPointer<ApiReply> token = api->authenticate(); // on the wire, never answered
        record(QStringLiteral("token"), token);
        QPointer<ApiReply> parked = api->get(QStringLiteral("/oneapi/v0/echo/parked"));
        record(QStringLiteral("parked"), parked);
        QPointer<ApiReply> kept = api->get(QStringLiteral("/oneapi/v0/echo/kept"));
        kept->setAutoDelete(false);
        record(QStringLiteral("kept"), kept);
        QPointer<ApiReply> late;
        // A slot that reacts to the failure by asking again, as a view might.
        QObject::connect(parked, &ApiReply::finished, api, [api, &late, &record] {
            late = api->get(QStringLiteral("/oneapi/v0/echo/late"));
            record(QStringLiteral("late"), late);
        });
        QVERIFY(WaitFor::spyCount(received, 1));

        delete api;
        for (const QString &name : {QStringLiteral("token"), QStringLiteral("parked"),
                                    QStringLiteral("kept"), QStringLiteral("late")})
            QVERIFY2(endings.value(name) == QList<Kind>{Kind::Cancelled}, qPrintable(name));
        QVERIFY(!token);
        QVERIFY(!parked);
        QVERIFY(!late);
        QVERIFY(kept);
        QVERIFY(kept->isFinished());
        QCOMPARE(kept->error().kind, Kind::Cancelled);
        delete kept.data();
        QCOMPARE(upstream.requestCount(), 1);
    }

    // The same for a call waiting between two attempts.
    void deletedClientCancelsRetryWait() {
        CannedHttpServer upstream;
        QVERIFY(upstream.listen());
        upstream.setAnswer(CannedHttpServer::respond(503, R"({"errors":[]})"));
        auto *api = new ApiClient;
        api->setRetryPolicy(3, 60000, 120000);
        QVERIFY(api->setBaseUrl(upstream.baseUrl()));
        QPointer<ApiReply> reply = api->get(QStringLiteral("/oneapi/v0/echo"));
        QSignalSpy retries(reply, &ApiReply::retryScheduled);
        QSignalSpy finished(reply, &ApiReply::finished);
        QVERIFY(WaitFor::spyCount(retries, 1));
        delete api;
        QCOMPARE(finished.size(), 1);
        QVERIFY(!reply);
        QCOMPARE(upstream.requestCount(), 1);
    }

    // A 503 with Retry-After (the sandbox's fault injection sends "Retry-After: 1"): the
    // next attempt waits at least that long, whatever the policy's shorter first delay.
    // The delay announced by retryScheduled is checked; no time is spent waiting for it.
    void retryAfterIsHonoured() {
        SandboxOptions options;
        options.failRate = 1.0;
        SandboxFixture fx(options);
        QVERIFY(fx.ok());
        ApiClient api;
        api.setRetryPolicy(3, 10, 10000);
        QVERIFY(api.setBaseUrl(fx.baseUrl()));
        QSignalSpy retries(&api, &ApiClient::retryScheduled);
        QPointer<ApiReply> reply = api.get(QStringLiteral("/oneapi/v0/echo/x"));
        reply->setAutoDelete(false);
        QVERIFY(WaitFor::spyCount(retries, 1));
        QCOMPARE(retries.at(0).at(0).toInt(), 1);
        QVERIFY2(retries.at(0).at(1).toInt() >= 1000,
                 qPrintable(QString::number(retries.at(0).at(1).toInt())));
        reply->abort();
        QVERIFY(reply->isFinished());
        QCOMPARE(reply->error().kind, Kind::Cancelled);
        delete reply.data();
    }

    // A Retry-After that does not fit in the policy's bound on the whole retrying time
    // ends the call with the 503 at once: no earlier retry that the server asked not to
    // get, and no wait beyond the bound.
    void retryAfterBeyondTheBoundGivesUp() {
        SandboxOptions options;
        options.failRate = 1.0;
        SandboxFixture fx(options);
        QVERIFY(fx.ok());
        int handled = 0;
        QObject::connect(&fx.server(), &SandboxServer::requestHandled, &fx.server(),
                         [&handled](const QByteArray &, const QString &, int) { ++handled; });
        ApiClient api;
        api.setRetryPolicy(3, 10, 500);
        QVERIFY(api.setBaseUrl(fx.baseUrl()));
        QSignalSpy retries(&api, &ApiClient::retryScheduled);
        const auto r = finishedGet(api, QStringLiteral("/oneapi/v0/echo/x"));
        QVERIFY(r);
        QCOMPARE(r->error().kind, Kind::Unavailable);
        QCOMPARE(r->httpStatus(), 503);
        QCOMPARE(retries.size(), 0);
        QCOMPARE(handled, 1);
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_core_apiclient.moc"
