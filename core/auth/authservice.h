#pragma once

#include "auth/session.h"
#include "net/apierror.h"

#include <QObject>
#include <QPointer>

class ApiClient;
class ApiJob;
class ApiReply;
class CredentialStore;

// Signing in and out: base URL + key + secret → token (ApiClient::authenticate) →
// GET /oneapi/v0/current (the enterprise) → GET /oneapi/v0/groupsofenterprises. Can
// remember the credentials in the keychain and sign in from them on start. Shows
// nothing: the shell listens to the signals.
class AuthService : public QObject {
    Q_OBJECT
public:
    enum class State { SignedOut, SigningIn, SignedIn };
    Q_ENUM(State)

    AuthService(ApiClient *api, CredentialStore *store, QObject *parent = nullptr);

    State state() const { return m_state; }
    const Session &session() const { return m_session; }
    ApiClient *apiClient() const { return m_api; }

    // A sign-in in progress is abandoned for the new one.
    void signIn(const QUrl &baseUrl, const QString &apiKey, const QString &apiSecret,
                bool remember = false);
    void signInFromKeychain(const QUrl &baseUrl);
    // Forgets the token (and the key and secret in memory); optionally deletes the
    // stored secret too.
    void signOut(bool forgetStoredSecret = false);

Q_SIGNALS:
    void signedIn(const Session &session);
    void signInFailed(const ApiError &error);
    void signedOut();
    // The session expired and could not be renewed: just before signedOut().
    void sessionExpired(const ApiError &error);
    void stateChanged(AuthService::State state);
    // Signed in, but "remember me" could not store the secret (the sign-in stands).
    void rememberFailed(const ApiError &error);

private:
    void setState(State state);
    void abandon();
    void step(ApiReply *reply, void (AuthService::*next)(ApiReply *));
    void onToken(ApiReply *reply);
    void onCurrent(ApiReply *reply);
    void onGroups(ApiReply *reply);
    void fail(const ApiError &error);
    void onSessionExpired(const ApiError &error);

    ApiClient *m_api;
    CredentialStore *m_store;
    State m_state = State::SignedOut;
    Session m_session;
    Session m_pending;
    bool m_remember = false;
    QString m_pendingSecret;
    QPointer<ApiReply> m_reply;
    // The keychain read of signInFromKeychain(), until it answers.
    QPointer<ApiJob> m_keychainJob;
    quint64 m_attempt = 0;
};
