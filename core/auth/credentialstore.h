#pragma once

#include "net/apierror.h"
#include "net/apijob.h"

#include <QObject>
#include <QString>
#include <QUrl>

namespace QKeychain {
class Job;
}
class QTimer;

// What load() finds for a server.
struct StoredCredentials {
    QUrl baseUrl;
    QString apiKey;
    QString apiSecret;
};

// The API key and secret in the operating system's keychain (Secret Service, Keychain,
// Credential Manager) through QtKeychain; never in a file. One secret entry per base URL
// and key, plus one index entry per base URL naming the key, so that signing in on start
// needs nothing but the server address. Every call returns the handle of its work
// (net/apijob.h), as the services do; a keychain that does not answer in time fails the
// job instead of hanging the sign-in. Failures are ApiErrors of kind
// KeychainUnavailable, KeychainLocked, NotFound (nothing stored) or Timeout; the jobs
// have no ApiClient, so one that nobody handles is only logged.
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

    Job<Done> *save(const QUrl &baseUrl, const QString &apiKey, const QString &apiSecret);
    Job<StoredCredentials> *load(const QUrl &baseUrl);
    // Removing what is not there succeeds.
    Job<Done> *remove(const QUrl &baseUrl);

    static QString errorText(Error error, const QString &detail = {});
    // The ApiError a job fails with for error (Timeout: ApiError::Kind::Timeout).
    static ApiError toApiError(Error error, const QString &detail = {});

private:
    struct Op;
    enum class JobKind { Read, Write, Delete };
    void runStep(Op *op, JobKind kind, const QString &entry, const QString &data = {});
    void onJobDone(Op *op, QKeychain::Job *job);
    void advance(Op *op, const QString &readData);
    void track(Op *op, ApiJob *job);
    void fail(Op *op, Error error, const QString &detail);
    void done(Op *op);
    // Ends op: its handle fails with error, or succeeds when error is none.
    void finishOp(Op *op, const ApiError &error);
    static QString indexEntry(const QUrl &baseUrl);
    static QString secretEntry(const QUrl &baseUrl, const QString &apiKey);
    static Error mapError(int keychainError, const QString &text);

    QList<Op *> m_ops;
    int m_timeoutMs = 5000;
};
