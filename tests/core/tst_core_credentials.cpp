#include "servicetest.h"

#include "auth/authservice.h"
#include "auth/credentialstore.h"
#include "net/apiclient.h"

#include <QSignalSpy>
#include <QtTest>

namespace {
const QUrl kBase(QStringLiteral("https://api.jobbers.example"));
}

// The credentials in a real Secret Service: ctest runs this through
// scripts/with-keyring.sh (a private D-Bus session with an unlocked gnome-keyring).
class TestCredentials : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        qRegisterMetaType<Session>();
        qRegisterMetaType<ApiError>();
        if (qEnvironmentVariable("JOBBERS_KEYRING_READY") != QLatin1String("1"))
            QSKIP("needs a Secret Service: run through scripts/with-keyring.sh");
    }

    void saveLoadRemove() {
        CredentialStore store;
        QVERIFY_ANSWER(await(store.save(kBase, QStringLiteral("key-1"), QStringLiteral("s3cr3t"))));

        auto loaded = await(store.load(kBase));
        QVERIFY_ANSWER(loaded);
        QCOMPARE(loaded->baseUrl, kBase);
        QCOMPARE(loaded->apiKey, QStringLiteral("key-1"));
        QCOMPARE(loaded->apiSecret, QStringLiteral("s3cr3t"));

        // A second key for the same server replaces the one remembered.
        QVERIFY_ANSWER(await(store.save(kBase, QStringLiteral("key-2"), QStringLiteral("other"))));
        loaded = await(store.load(kBase));
        QVERIFY_ANSWER(loaded);
        QCOMPARE(loaded->apiKey, QStringLiteral("key-2"));
        QCOMPARE(loaded->apiSecret, QStringLiteral("other"));

        QVERIFY_ANSWER(await(store.remove(kBase)));
        loaded = await(store.load(kBase));
        QVERIFY(loaded.done && !loaded.ok());
        QCOMPARE(loaded.error.kind, ApiError::Kind::NotFound);
        // Removing again is not an error.
        QVERIFY_ANSWER(await(store.remove(kBase)));
    }

    void unknownServerIsNotFound() {
        CredentialStore store;
        const auto loaded = await(store.load(QUrl(QStringLiteral("https://never.saved.example"))));
        QVERIFY(loaded.done && !loaded.ok());
        QCOMPARE(loaded.error.kind, ApiError::Kind::NotFound);
        QVERIFY(!loaded.error.message.isEmpty());
    }

    // The keychain gets no time at all: the call fails instead of waiting.
    void timeoutFailsCleanly() {
        CredentialStore store;
        store.setTimeout(0);
        const auto loaded = await(store.load(kBase), 10000);
        QVERIFY(loaded.done && !loaded.ok());
        QCOMPARE(loaded.error.kind, ApiError::Kind::Timeout);
        QCOMPARE(CredentialStore().timeout(), 5000);
    }

    void rememberThenSignInFromKeychain() {
        SandboxFixture fx;
        QVERIFY(fx.ok());
        CredentialStore store;
        ApiClient api;
        AuthService auth(&api, &store);
        QSignalSpy signedIn(&auth, &AuthService::signedIn);
        QSignalSpy rememberFailed(&auth, &AuthService::rememberFailed);
        auth.signIn(fx.baseUrl(), QStringLiteral("demo-280-key"), QStringLiteral("demo-280-secret"),
                    true);
        QVERIFY(signedIn.wait());
        // The secret is saved after the sign-in: wait for that call (the store owns the
        // handles of its calls) to end.
        QList<ApiJob *> saving = store.findChildren<ApiJob *>();
        QCOMPARE(saving.size(), 1);
        QSignalSpy saved(saving.first(), &ApiJob::finished);
        QVERIFY(saved.wait(10000));
        QCOMPARE(rememberFailed.size(), 0);
        auth.signOut();
        QVERIFY(!api.hasCredentials());

        auth.signInFromKeychain(fx.baseUrl());
        QVERIFY(signedIn.wait(10000));
        QCOMPARE(signedIn.at(1).at(0).value<Session>().enterpriseId, 280);

        // Signing out with "forget" deletes the stored secret.
        auth.signOut(true);
        QList<ApiJob *> removing = store.findChildren<ApiJob *>();
        QCOMPARE(removing.size(), 1);
        QSignalSpy removed(removing.first(), &ApiJob::finished);
        QVERIFY(removed.wait(10000));
        QSignalSpy failed(&auth, &AuthService::signInFailed);
        auth.signInFromKeychain(fx.baseUrl());
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.at(0).at(0).value<ApiError>().kind, ApiError::Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestCredentials)
#include "tst_core_credentials.moc"
