#pragma once

#include "apireply.h"
#include "callrecord.h"
#include "retrypolicy.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

class QIODevice;
class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

// Runs every request of the application over one QNetworkAccessManager: puts the
// bearer token on each, signs in again (once, shared) when a token is refused,
// retries transient faults of idempotent calls, and turns every answer into an
// ApiReply (decoded JSON or ApiError). Owns no widgets and shows nothing.
class ApiClient : public QObject {
    Q_OBJECT
public:
    // Whether a call may be sent again after a transient fault. POSTs that create
    // something are Never: re-sending them blindly could create it twice.
    enum class Retry { Idempotent, Never };
    Q_ENUM(Retry)

    explicit ApiClient(QObject *parent = nullptr);
    // Every call still outstanding finishes Cancelled here, once, and its reply is deleted
    // before the destructor returns unless it was kept (setAutoDelete(false): the caller
    // deletes it). A slot that starts a call from there gets it Cancelled too.
    ~ApiClient() override;

    // Refuses a non-https URL unless its host is loopback.
    bool setBaseUrl(const QUrl &url, QString *error = nullptr);
    QUrl baseUrl() const { return m_baseUrl; }
    static bool isAcceptableBaseUrl(const QUrl &url, QString *error = nullptr);

    // Kept in memory only, to sign in again when the token expires.
    void setCredentials(const QString &apiKey, const QString &apiSecret);
    bool hasCredentials() const { return !m_apiKey.isEmpty(); }
    QString apiKey() const { return m_apiKey; }
    // Forgets the token and the credentials.
    void clearSession();
    // The caller of reply could not use its answer (error): answerRefused() tells the
    // activity log, which recorded the call as a success.
    void refuseAnswer(const ApiReply &reply, const ApiError &error);
    // The same by the call's serial (ApiReply::serial), for a caller that decodes the
    // answer after the reply is gone.
    void refuseAnswer(quint64 serial, const ApiError &error);
    bool hasToken() const { return !m_token.isEmpty(); }
    // When the token runs out unless used again: the server slides its expiry forward on
    // every authenticated use, so this is the last accepted call's start plus the
    // token's expires_in. Invalid without a token or when the answer gave no expires_in.
    QDateTime tokenExpiry() const { return hasToken() ? m_tokenExpiry : QDateTime(); }

    // POST /oneapi/authentication/token with the credentials; keeps the token.
    ApiReply *authenticate();

    ApiReply *get(const QString &path, const QUrlQuery &query = {});
    ApiReply *post(const QString &path, const QJsonValue &body, Retry retry = Retry::Never);
    ApiReply *put(const QString &path, const QJsonValue &body);
    // DELETE, with a JSON body when body is not undefined (boxes endpoints need one).
    ApiReply *deleteResource(const QString &path, const QJsonValue &body = QJsonValue::Undefined);
    // multipart/form-data with the file in one field; reads data as it sends. The reply
    // takes ownership of data.
    ApiReply *upload(const QString &path, const QString &field, const QString &fileName,
                     const QString &mimeType, QIODevice *data);

    // Percent-encodes one path segment (an email, an id).
    static QString segment(const QString &value);

    // Retry policy for idempotent requests: attempts in all, first delay (doubling),
    // and a bound on the whole time spent retrying. A 503's Retry-After (in seconds) is
    // the least delay before the next attempt; one beyond the bound ends the call.
    void setRetryPolicy(int maxAttempts, int firstDelayMs, int maxTotalMs);
    RetryPolicy retryPolicy() const { return m_retry; }
    // No byte for this long ends a request with ApiError::Kind::Timeout.
    void setTransferTimeout(int ms) { m_transferTimeoutMs = ms; }
    int transferTimeout() const { return m_transferTimeoutMs; }

    QNetworkAccessManager *networkAccessManager() const { return m_nam; }

Q_SIGNALS:
    void retryScheduled(int attempt, int delayMs);
    // true: a new token (sign-in or renewal); false: the session is over (signed out, or
    // expired and not renewed), told once.
    void tokenChanged(bool hasToken);
    // The token was refused or is missing and a new one is being fetched.
    void reauthenticating();
    // Re-authentication after a 401 failed: the session is over.
    void sessionExpired(const ApiError &error);
    // Every call as it ends (the token call included), for the activity log.
    void callFinished(const CallRecord &record);
    // The call with this serial was answered with a success status, and its caller
    // could not use the answer: malformed, or a 200 that says it failed. After
    // callFinished for it.
    void answerRefused(quint64 serial, const ApiError &error);
    // A call failed and nobody who asked for it looked at the failure (see ApiJob):
    // the shell shows it. description names the call ("GET /oneapi/v0/…").
    void unhandledFailure(const ApiError &error, const QString &description);

private:
    struct Call;
    ApiReply *enqueue(Call *call);
    Call *callFor(quint64 serial) const { return m_calls.value(serial); }
    void start(Call *call);
    void send(Call *call);
    void onFinished(Call *call, QNetworkReply *reply);
    void handleUnauthorized(Call *call, const ApiError &error);
    void startReauthentication();
    void onTokenCallDone(const ApiError &error);
    bool scheduleRetry(Call *call, const ApiError &error, int networkError, int retryAfterMs = 0);
    void cancel(Call *call);
    void finish(Call *call, const ApiError &error, int status = 0, const QJsonDocument &doc = {});
    QNetworkRequest makeRequest(const Call &call) const;
    QUrl urlFor(const QString &path, const QUrlQuery &query) const;

    QNetworkAccessManager *m_nam;
    QUrl m_baseUrl;
    QString m_apiKey;
    QString m_apiSecret;
    QString m_token;
    bool m_tokenAnnounced = false; // tokenChanged(true) told, tokenChanged(false) not yet
    qint64 m_tokenTtlMs = 0;
    QDateTime m_tokenExpiry;
    // Set when signing in again was refused: later 401s fail at once with this error
    // instead of trying the refused credentials again (cleared by new credentials).
    std::optional<ApiError> m_refusal;
    // Every call not yet finished, by serial number. Callbacks (timers, network replies,
    // the ApiReply's abort) hold the serial, never the Call's address: serials are never
    // reused, so a late callback finds nothing instead of a newer call at the same address.
    QMap<quint64, Call *> m_calls;
    quint64 m_lastSerial = 0;
    // Calls parked until the token call in flight answers (re-authentication).
    QList<quint64> m_waiting;
    // In the destructor: calls end Cancelled and their replies are collected to be freed.
    bool m_closing = false;
    QList<QPointer<ApiReply>> m_closingReplies;
    Call *m_tokenCall = nullptr;
    bool m_reauthenticating = false;
    RetryPolicy m_retry;
    int m_transferTimeoutMs = 30000;
};
