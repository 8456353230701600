#pragma once

#include "apireply.h"

#include <QJsonValue>
#include <QObject>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

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
    bool hasToken() const { return !m_token.isEmpty(); }

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
    // and a bound on the whole time spent retrying.
    void setRetryPolicy(int maxAttempts, int firstDelayMs, int maxTotalMs);
    // No byte for this long ends a request with ApiError::Kind::Timeout.
    void setTransferTimeout(int ms) { m_transferTimeoutMs = ms; }

    QNetworkAccessManager *networkAccessManager() const { return m_nam; }

Q_SIGNALS:
    void retryScheduled(int attempt, int delayMs);
    void tokenChanged(bool hasToken);
    // Re-authentication after a 401 failed: the session is over.
    void sessionExpired(const ApiError &error);

private:
    struct Call;
    void start(Call *call);
    void onFinished(Call *call, QNetworkReply *reply);
    QNetworkRequest makeRequest(const Call &call) const;

    QNetworkAccessManager *m_nam;
    QUrl m_baseUrl;
    QString m_apiKey;
    QString m_apiSecret;
    QString m_token;
    int m_maxAttempts = 5;
    int m_firstDelayMs = 250;
    int m_maxRetryMs = 20000;
    int m_transferTimeoutMs = 30000;
};
