#include "servicetest.h"

#include "auth/authservice.h"
#include "auth/credentialstore.h"
#include "net/apiclient.h"

#include <QDirIterator>
#include <QFile>
#include <QLocalServer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

namespace {
const QByteArray kSecret = "never-on-disk-7f3a9c";
}

// No keychain at all, or one that never answers: the secret is stored nowhere, the
// error says why, and nothing hangs. HOME and the XDG directories point into a temporary
// directory that is searched for the secret afterwards.
class TestNoKeychain : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QLocalServer m_silentBus;

    bool secretOnDisk() const {
        QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly) && f.readAll().contains(kSecret))
                return true;
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase() {
        qRegisterMetaType<ApiError>();
        QVERIFY(m_home.isValid());
        for (const char *dir : {"home", "config", "data", "cache"})
            QVERIFY(QDir(m_home.path()).mkpath(QString::fromLatin1(dir)));
        qputenv("HOME", QFile::encodeName(m_home.filePath(QStringLiteral("home"))));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("config"))));
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("data"))));
        qputenv("XDG_CACHE_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("cache"))));
        qunsetenv("GNOME_KEYRING_CONTROL");
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_home.path()));
        // JOBBERS_TEST_BUS=silent: a bus socket that accepts and never says a word (a hung
        // keychain); otherwise a bus address where nothing listens.
        if (qEnvironmentVariable("JOBBERS_TEST_BUS") == QLatin1String("silent")) {
            QVERIFY(m_silentBus.listen(m_home.filePath(QStringLiteral("silent-bus"))));
            qputenv("DBUS_SESSION_BUS_ADDRESS",
                    "unix:path=" + QFile::encodeName(m_silentBus.fullServerName()));
        } else {
            qputenv("DBUS_SESSION_BUS_ADDRESS",
                    "unix:path=" + QFile::encodeName(m_home.filePath(QStringLiteral("no-bus"))));
        }
    }

    void saveFailsAndWritesNothing() {
        const bool silent = qEnvironmentVariable("JOBBERS_TEST_BUS") == QLatin1String("silent");
        CredentialStore store;
        store.setTimeout(silent ? 1500 : 10000);
        QElapsedTimer t;
        t.start();
        const auto saved = await(store.save(QUrl(QStringLiteral("https://api.jobbers.example")),
                                            QStringLiteral("key"), QString::fromLatin1(kSecret)),
                                 15000);
        QVERIFY(saved.done);
        QVERIFY(!saved.ok());
        qInfo() << "keychain answer:" << saved.error.kind << saved.error.message;
        QCOMPARE(saved.error.kind,
                 silent ? ApiError::Kind::Timeout : ApiError::Kind::KeychainUnavailable);
        QVERIFY(!saved.error.message.isEmpty());
        QVERIFY(!saved.error.message.contains(QString::fromLatin1(kSecret)));
        QVERIFY(t.elapsed() < 12000);
        QVERIFY2(!secretOnDisk(), "the secret must never reach a file");
    }

    void signInFromKeychainSaysWhy() {
        const bool silent = qEnvironmentVariable("JOBBERS_TEST_BUS") == QLatin1String("silent");
        CredentialStore store;
        store.setTimeout(silent ? 1500 : 10000);
        ApiClient api;
        AuthService auth(&api, &store);
        QSignalSpy failed(&auth, &AuthService::signInFailed);
        auth.signInFromKeychain(QUrl(QStringLiteral("https://api.jobbers.example")));
        QVERIFY(failed.wait(15000));
        const ApiError e = failed.at(0).at(0).value<ApiError>();
        QCOMPARE(e.kind, ApiError::Kind::KeychainUnavailable);
        QVERIFY(!e.message.isEmpty());
        QCOMPARE(auth.state(), AuthService::State::SignedOut);
    }
};

QTEST_GUILESS_MAIN(TestNoKeychain)
#include "tst_core_credentials_nokeychain.moc"
