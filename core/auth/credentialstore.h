#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

namespace QKeychain {
class Job;
}
class QTimer;

// The API key and secret in the operating system's keychain (Secret Service, Keychain,
// Credential Manager) through QtKeychain; never in a file. One secret entry per base URL
// and key, plus one index entry per base URL naming the key, so that signing in on start
// needs nothing but the server address. Every call answers later with one signal; a
// keychain that does not answer in time fails instead of hanging the sign-in.
class CredentialStore : public QObject {
    Q_OBJECT
public:
    enum class Error {
        None,
        KeychainUnavailable, // no keychain service (no D-Bus session, no daemon...)
        KeychainLocked,      // the user refused or the keychain stays locked
        NotFound,            // nothing stored for this server
        Timeout,             // the keychain did not answer in time
        Failed,              // anything else the keychain reported
    };
    Q_ENUM(Error)

    static constexpr const char *ServiceName = "jobbers-backoffice";

    explicit CredentialStore(QObject *parent = nullptr);
    ~CredentialStore() override;

    void setTimeout(int ms) { m_timeoutMs = ms; }
    int timeout() const { return m_timeoutMs; }

    // Each returns a request id (never 0) that the answering signal carries.
    quint64 save(const QUrl &baseUrl, const QString &apiKey, const QString &apiSecret);
    quint64 load(const QUrl &baseUrl);
    quint64 remove(const QUrl &baseUrl);

    static QString errorText(Error error, const QString &detail = {});

Q_SIGNALS:
    void saved(quint64 requestId);
    void loaded(quint64 requestId, const QUrl &baseUrl, const QString &apiKey,
                const QString &apiSecret);
    void removed(quint64 requestId);
    void failed(quint64 requestId, CredentialStore::Error error, const QString &message);

private:
    struct Op;
    enum class JobKind { Read, Write, Delete };
    void runStep(Op *op, JobKind kind, const QString &entry, const QString &data = {});
    void onJobDone(Op *op, QKeychain::Job *job);
    void advance(Op *op, const QString &readData);
    void fail(Op *op, Error error, const QString &detail);
    void done(Op *op);
    static QString indexEntry(const QUrl &baseUrl);
    static QString secretEntry(const QUrl &baseUrl, const QString &apiKey);
    static Error mapError(int keychainError, const QString &text);

    QList<Op *> m_ops;
    int m_timeoutMs = 5000;
};
