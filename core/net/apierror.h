#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>

// One entry of the API's "errors" array.
struct ApiFieldError {
    QString title;  // cannot_be_blank, has_already_been_taken, must_be_accepted, is_invalid, ...
    QString source; // the field that caused it
    QString detail; // the server's human text
};

// The one error model of the client: what went wrong, as a status value (never an
// exception), with the field errors a form can show next to the field named by source.
class ApiError {
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(ApiError)
public:
    enum class Kind {
        None,
        Network,         // no HTTP answer: refused, reset, DNS, TLS...
        Timeout,         // no answer in time
        Unauthorized,    // 401
        Forbidden,       // 403
        NotFound,        // 404
        Validation,      // 400 (and 405/413/422): the request was wrong
        Conflict,        // 400 has_already_been_taken (e.g. a payment reference reused)
        Server,          // 500 and other 5xx but 502/503
        Unavailable,     // 502/503
        NotImplemented,  // 501
        MalformedAnswer, // an answer that is not the JSON we expect
        Cancelled,       // the caller aborted
        // Not HTTP: the system keychain holding the credentials (sign-in on start).
        KeychainUnavailable, // no keychain service, or it did not answer in time
        KeychainLocked,      // locked, or access refused
    };
    Q_ENUM(Kind)

    Kind kind = Kind::None;
    int httpStatus = 0;
    QList<ApiFieldError> fieldErrors;
    QString message; // translated, for people
    // QNetworkReply::NetworkError as int when no HTTP answer came (0 otherwise).
    int networkError = 0;

    bool isError() const { return kind != Kind::None; }
    // No server has that name (DNS): waiting will not fix a mistyped address.
    bool isHostNotFound() const;
    // The first field error for a source ("email", "country"...), or nullptr.
    const ApiFieldError *fieldError(const QString &source) const;
    bool hasTitle(const QString &title) const;
    // Whether a retry of an idempotent request may succeed. Not a name no server has:
    // retrying a DNS failure made a mistyped address take 12 s to be reported.
    bool isTransient() const {
        return (kind == Kind::Network && !isHostNotFound()) || kind == Kind::Timeout
               || kind == Kind::Unavailable;
    }

    // Builds the error of a finished HTTP exchange. status 0 means no HTTP answer;
    // networkError is QNetworkReply::NetworkError as int.
    static ApiError fromHttp(int status, const QByteArray &body, int networkError = 0,
                             const QString &networkErrorText = {});
    static ApiError malformed(const QString &what);
    static ApiError cancelled();
    static QString kindText(Kind kind);
};

Q_DECLARE_METATYPE(ApiError)
