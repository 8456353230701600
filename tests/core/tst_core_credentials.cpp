#include "sandboxfixture.h"

#include "auth/authservice.h"
#include "auth/credentialstore.h"
#include "net/apiclient.h"

#include <QSignalSpy>
#include <QtTest>

using Error = CredentialStore::Error;

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
        qRegisterMetaType<CredentialStore::Error>();
        if (qEnvironmentVariable("JOBBERS_KEYRING_READY") != QLatin1String("1"))
            QSKIP("needs a Secret Service: run through scripts/with-keyring.sh");
    }

    void saveLoadRemove() {
        CredentialStore store;
        QSignalSpy saved(&store, &CredentialStore::saved);
        QSignalSpy loaded(&store, &CredentialStore::loaded);
        QSignalSpy removed(&store, &CredentialStore::removed);
        QSignalSpy failed(&store, &CredentialStore::failed);

        const quint64 saveId = store.save(kBase, QStringLiteral("key-1"), QStringLiteral("s3cr3t"));
        QVERIFY(saved.wait(10000));
        QCOMPARE(saved.at(0).at(0).toULongLong(), saveId);
        QCOMPARE(failed.size(), 0);

        const quint64 loadId = store.load(kBase);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(loaded.at(0).at(0).toULongLong(), loadId);
        QCOMPARE(loaded.at(0).at(2).toString(), QStringLiteral("key-1"));
        QCOMPARE(loaded.at(0).at(3).toString(), QStringLiteral("s3cr3t"));

        // A second key for the same server replaces the one remembered.
        store.save(kBase, QStringLiteral("key-2"), QStringLiteral("other"));
        QVERIFY(saved.wait(10000));
        store.load(kBase);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(loaded.at(1).at(2).toString(), QStringLiteral("key-2"));
        QCOMPARE(loaded.at(1).at(3).toString(), QStringLiteral("other"));

        store.remove(kBase);
        QVERIFY(removed.wait(10000));
        store.load(kBase);
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.last().at(1).value<Error>(), Error::NotFound);
        // Removing again is not an error.
        store.remove(kBase);
        QVERIFY(removed.wait(10000));
    }

    void unknownServerIsNotFound() {
        CredentialStore store;
        QSignalSpy failed(&store, &CredentialStore::failed);
        store.load(QUrl(QStringLiteral("https://never.saved.example")));
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.at(0).at(1).value<Error>(), Error::NotFound);
        QVERIFY(!failed.at(0).at(2).toString().isEmpty());
    }

    // The keychain gets no time at all: the call fails instead of waiting.
    void timeoutFailsCleanly() {
        CredentialStore store;
        store.setTimeout(0);
        QSignalSpy failed(&store, &CredentialStore::failed);
        QSignalSpy loaded(&store, &CredentialStore::loaded);
        store.load(kBase);
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.at(0).at(1).value<Error>(), Error::Timeout);
        QCOMPARE(loaded.size(), 0);
        QCOMPARE(CredentialStore().timeout(), 5000);
    }

    void rememberThenSignInFromKeychain() {
        SandboxFixture fx;
        QVERIFY(fx.ok());
        CredentialStore store;
        ApiClient api;
        AuthService auth(&api, &store);
        QSignalSpy signedIn(&auth, &AuthService::signedIn);
        QSignalSpy saved(&store, &CredentialStore::saved);
        auth.signIn(fx.baseUrl(), QStringLiteral("demo-280-key"), QStringLiteral("demo-280-secret"),
                    true);
        QVERIFY(signedIn.wait());
        QVERIFY(saved.wait(10000));
        auth.signOut();
        QVERIFY(!api.hasCredentials());

        auth.signInFromKeychain(fx.baseUrl());
        QVERIFY(signedIn.wait(10000));
        QCOMPARE(signedIn.at(1).at(0).value<Session>().enterpriseId, 280);

        // Signing out with "forget" deletes the stored secret.
        QSignalSpy removed(&store, &CredentialStore::removed);
        auth.signOut(true);
        QVERIFY(removed.wait(10000));
        QSignalSpy failed(&auth, &AuthService::signInFailed);
        auth.signInFromKeychain(fx.baseUrl());
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.at(0).at(0).value<ApiError>().kind, ApiError::Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestCredentials)
#include "tst_core_credentials.moc"
