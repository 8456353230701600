#include "sandboxfixture.h"

#include "auth/authservice.h"
#include "net/apiclient.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QtTest>

using Kind = ApiError::Kind;

// Signing in and out over the sandbox, without the keychain.
class TestAuth : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        qRegisterMetaType<Session>();
        qRegisterMetaType<ApiError>();
    }

    void signInLoadsEnterpriseAndGroups() {
        SandboxFixture fx;
        QVERIFY(fx.ok());
        ApiClient api;
        AuthService auth(&api, nullptr);
        QSignalSpy signedIn(&auth, &AuthService::signedIn);
        QSignalSpy states(&auth, &AuthService::stateChanged);
        auth.signIn(fx.baseUrl(), QStringLiteral("demo-20-key"), QStringLiteral("demo-20-secret"));
        QCOMPARE(auth.state(), AuthService::State::SigningIn);
        QVERIFY(signedIn.wait());
        const Session s = signedIn.at(0).at(0).value<Session>();
        QCOMPARE(s.enterpriseId, 20);
        QCOMPARE(s.apiKey, QStringLiteral("demo-20-key"));
        QVERIFY(!s.groups.isEmpty());
        QVERIFY(!s.groupName(s.groups.first().groupId).isEmpty());
        QVERIFY(s.signedInAt.isValid());
        QCOMPARE(auth.state(), AuthService::State::SignedIn);
        QCOMPARE(states.size(), 2);
        QVERIFY(api.hasToken());

        QSignalSpy signedOut(&auth, &AuthService::signedOut);
        auth.signOut();
        QCOMPARE(signedOut.size(), 1);
        QCOMPARE(auth.state(), AuthService::State::SignedOut);
        QVERIFY(!api.hasToken());
        QVERIFY(!api.hasCredentials());
        QVERIFY(!auth.session().isValid());
    }

    void failures_data() {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<Kind>("kind");
        QTest::newRow("wrong secret") << QString() << QStringLiteral("nope") << Kind::Unauthorized;
        QTest::newRow("unreachable")
            << QStringLiteral("closed") << QStringLiteral("demo-20-secret") << Kind::Network;
        QTest::newRow("plain http to a remote host")
            << QStringLiteral("http://api.jobbers.example") << QStringLiteral("demo-20-secret")
            << Kind::Validation;
    }
    void failures() {
        QFETCH(QString, url);
        QFETCH(QString, secret);
        QFETCH(Kind, kind);
        SandboxFixture fx;
        QVERIFY(fx.ok());
        QUrl base = fx.baseUrl();
        if (url == QLatin1String("closed")) {
            QTcpServer closed;
            QVERIFY(closed.listen(QHostAddress::LocalHost));
            base = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort()));
        } else if (!url.isEmpty()) {
            base = QUrl(url);
        }
        ApiClient api;
        api.setRetryPolicy(2, 10, 1000);
        AuthService auth(&api, nullptr);
        QSignalSpy failed(&auth, &AuthService::signInFailed);
        QSignalSpy signedIn(&auth, &AuthService::signedIn);
        auth.signIn(base, QStringLiteral("demo-20-key"), secret);
        QVERIFY(failed.wait());
        const ApiError e = failed.at(0).at(0).value<ApiError>();
        QCOMPARE(e.kind, kind);
        QVERIFY(!e.message.isEmpty());
        QCOMPARE(signedIn.size(), 0);
        QCOMPARE(auth.state(), AuthService::State::SignedOut);
        QVERIFY(!api.hasCredentials());
    }

    // A token that can no longer be renewed ends the session.
    void expiredSessionSignsOut() {
        SandboxFixture fx;
        QVERIFY(fx.ok());
        ApiClient api;
        AuthService auth(&api, nullptr);
        QSignalSpy signedIn(&auth, &AuthService::signedIn);
        auth.signIn(fx.baseUrl(), QStringLiteral("demo-20-key"), QStringLiteral("demo-20-secret"));
        QVERIFY(signedIn.wait());
        QSignalSpy signedOut(&auth, &AuthService::signedOut);
        // The token is gone and the secret was rotated elsewhere: renewal is refused.
        api.clearSession();
        api.setCredentials(QStringLiteral("demo-20-key"), QStringLiteral("rotated"));
        api.get(QStringLiteral("/oneapi/v0/current"));
        QVERIFY(signedOut.wait());
        QCOMPARE(auth.state(), AuthService::State::SignedOut);
    }
};

QTEST_GUILESS_MAIN(TestAuth)
#include "tst_core_auth.moc"
