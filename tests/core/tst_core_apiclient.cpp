#include "cannedhttpserver.h"
#include "sandboxcontext.h"
#include "sandboxfixture.h"
#include "sandboxserver.h"
#include "waitfor.h"

#include "net/apiclient.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTimer>
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
        options.tokenTtlSeconds = 2;
        SandboxFixture fx(options);
        QVERIFY(fx.ok());
        TokenCounter tokens(fx.server());
        ApiClient api;
        QVERIFY(api.setBaseUrl(fx.baseUrl()));
        api.setCredentials(kKey, kSecret);
        ApiReply *auth = api.authenticate();
        QVERIFY(waitAll({auth}));
        QCOMPARE(tokens.count, 1);

        // Letting time pass is the thing under test: a timer past the TTL.
        QTimer expiry;
        expiry.setSingleShot(true);
        QSignalSpy expired(&expiry, &QTimer::timeout);
        expiry.start(2300);
        QVERIFY(expired.wait(5000));

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
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_core_apiclient.moc"
