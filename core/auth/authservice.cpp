#include "authservice.h"

#include "auth/credentialstore.h"
#include "net/apiclient.h"
#include "net/apireply.h"
#include "net/jsondecode.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QTimer>

namespace {
Q_LOGGING_CATEGORY(lcAuth, "jobbers.auth", QtInfoMsg)

// A keychain that does not answer is a keychain problem for people, not a server that
// cannot be reached (fail() words Timeout that way).
ApiError keychainError(const ApiError &error) {
    ApiError e = error;
    if (e.kind == ApiError::Kind::Timeout)
        e.kind = ApiError::Kind::KeychainUnavailable;
    return e;
}
} // namespace

AuthService::AuthService(ApiClient *api, CredentialStore *store, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_store(store) {
    connect(m_api, &ApiClient::sessionExpired, this, &AuthService::onSessionExpired);
}

void AuthService::setState(State state) {
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void AuthService::abandon() {
    ++m_attempt;
    if (m_keychainJob)
        std::exchange(m_keychainJob, nullptr)->cancel();
    m_pendingSecret.clear();
    if (m_reply) {
        ApiReply *r = m_reply;
        m_reply = nullptr;
        r->disconnect(this);
        r->abort();
    }
}

void AuthService::signIn(const QUrl &baseUrl, const QString &apiKey, const QString &apiSecret,
                         bool remember) {
    abandon();
    m_api->clearSession();
    m_session = Session();
    setState(State::SigningIn);
    QString urlError;
    if (!m_api->setBaseUrl(baseUrl, &urlError)) {
        ApiError e;
        e.kind = ApiError::Kind::Validation;
        e.fieldErrors.append({QStringLiteral("is_invalid"), QStringLiteral("base_url"), urlError});
        e.message = urlError;
        // Queued, like every other answer: the caller may connect after calling.
        const quint64 attempt = m_attempt;
        QTimer::singleShot(0, this, [this, e, attempt] {
            if (attempt == m_attempt)
                fail(e);
        });
        return;
    }
    m_pending = Session();
    m_pending.baseUrl = m_api->baseUrl();
    m_pending.apiKey = apiKey;
    m_remember = remember;
    m_pendingSecret = remember ? apiSecret : QString();
    qCInfo(lcAuth).noquote() << "signing in to" << m_pending.baseUrl.host();
    m_api->setCredentials(apiKey, apiSecret);
    step(m_api->authenticate(), &AuthService::onToken);
}

void AuthService::signInFromKeychain(const QUrl &baseUrl) {
    abandon();
    setState(State::SigningIn);
    const quint64 attempt = m_attempt;
    if (!m_store) {
        const ApiError e = CredentialStore::toApiError(CredentialStore::Error::KeychainUnavailable);
        QTimer::singleShot(0, this, [this, e, attempt] {
            if (attempt == m_attempt)
                fail(e);
        });
        return;
    }
    m_keychainJob = m_store->load(baseUrl)->then(
        this,
        [this, attempt](const StoredCredentials &stored) {
            if (attempt != m_attempt)
                return;
            m_keychainJob = nullptr;
            qCInfo(lcAuth) << "credentials read from the keychain";
            signIn(stored.baseUrl, stored.apiKey, stored.apiSecret, false);
        },
        [this, attempt](const ApiError &error) {
            // A sign-in that replaced this one cancelled it: nothing to say.
            if (attempt != m_attempt)
                return;
            m_keychainJob = nullptr;
            fail(keychainError(error));
        });
}

void AuthService::step(ApiReply *reply, void (AuthService::*next)(ApiReply *)) {
    m_reply = reply;
    const quint64 attempt = m_attempt;
    connect(reply, &ApiReply::finished, this, [this, reply, next, attempt] {
        if (attempt != m_attempt)
            return;
        m_reply = nullptr;
        if (!reply->ok()) {
            fail(reply->error());
            return;
        }
        (this->*next)(reply);
    });
}

void AuthService::onToken(ApiReply *) {
    step(m_api->get(QStringLiteral("/oneapi/v0/current")), &AuthService::onCurrent);
}

void AuthService::onCurrent(ApiReply *reply) {
    QString error;
    JsonDecode in(reply->payload(), QStringLiteral("current"));
    const qint64 id = in.requiredId(QStringLiteral("enterprise_id"));
    if (!in.report(&error) || id <= 0) {
        const ApiError bad = ApiError::malformed(error.isEmpty() ? tr("no enterprise id") : error);
        m_api->refuseAnswer(*reply, bad);
        fail(bad);
        return;
    }
    m_pending.enterpriseId = id;
    step(m_api->get(QStringLiteral("/oneapi/v0/groupsofenterprises")), &AuthService::onGroups);
}

void AuthService::onGroups(ApiReply *reply) {
    const QJsonValue payload = reply->payload();
    if (!payload.isArray()) {
        const ApiError bad = ApiError::malformed(tr("the list of groups is not an array"));
        m_api->refuseAnswer(*reply, bad);
        fail(bad);
        return;
    }
    const QJsonArray list = payload.toArray();
    for (const QJsonValue &v : list) {
        QString error;
        const std::optional<Group> g = Group::fromJson(v, &error);
        if (!g) {
            const ApiError bad = ApiError::malformed(error);
            m_api->refuseAnswer(*reply, bad);
            fail(bad);
            return;
        }
        m_pending.groups.append(*g);
    }
    m_pending.signedInAt = QDateTime::currentDateTime();
    m_session = m_pending;
    const QString secret = std::exchange(m_pendingSecret, QString());
    qCInfo(lcAuth) << "signed in: enterprise" << m_session.enterpriseId << "with"
                   << m_session.groups.size() << "groups";
    setState(State::SignedIn);
    Q_EMIT signedIn(m_session);

    if (m_remember && m_store) {
        // The sign-in stands whatever the keychain says; a failure is reported apart.
        m_store->save(m_session.baseUrl, m_session.apiKey, secret)
            ->onFailure(this, [this](const ApiError &error) {
                Q_EMIT rememberFailed(keychainError(error));
            });
    }
}

void AuthService::fail(const ApiError &error) {
    abandon();
    m_api->clearSession();
    ApiError e = error;
    // The few cases people can act on get their own words.
    switch (e.kind) {
    case ApiError::Kind::Unauthorized:
        e.message = tr("The API key or the secret is wrong.");
        break;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
        e.message = tr("The server at %1 cannot be reached: %2")
                        .arg(m_api->baseUrl().host(), error.message);
        break;
    default:
        break;
    }
    qCWarning(lcAuth).noquote() << "sign-in failed:" << ApiError::kindText(e.kind);
    setState(State::SignedOut);
    Q_EMIT signInFailed(e);
}

void AuthService::signOut(bool forgetStoredSecret) {
    abandon();
    const QUrl baseUrl = m_session.baseUrl.isValid() ? m_session.baseUrl : m_api->baseUrl();
    m_api->clearSession();
    m_session = Session();
    if (forgetStoredSecret && m_store && baseUrl.isValid())
        m_store->remove(baseUrl);
    qCInfo(lcAuth) << "signed out";
    setState(State::SignedOut);
    Q_EMIT signedOut();
}

void AuthService::onSessionExpired(const ApiError &error) {
    if (m_state != State::SignedIn)
        return;
    qCInfo(lcAuth) << "the session expired and could not be renewed";
    Q_EMIT sessionExpired(error);
    m_api->clearSession();
    m_session = Session();
    setState(State::SignedOut);
    Q_EMIT signedOut();
}
