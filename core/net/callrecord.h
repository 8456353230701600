#pragma once

#include "apierror.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

// What the activity log keeps of one finished API call: enough for a support ticket,
// nothing that could open an account or name a person. Never the token, the secret, a
// header, the query string, nor a request or answer body: only the method, the path,
// the outcome and its timing. The error is a summary built from the error's kind and
// the field names of errors[] (never the server's free text, which may quote what was
// sent, nor Qt's network error text, which may quote the whole URL).
struct CallRecord {
    quint64 serial = 0; // the call's number in its ApiClient
    QDateTime startedAt;
    QByteArray method;
    QString path;          // without the query string
    int httpStatus = 0;    // 0: no HTTP answer
    qint64 durationMs = 0; // from the call to its outcome, retries and waits included
    int attempts = 1;
    ApiError::Kind errorKind = ApiError::Kind::None;
    QString error; // empty on success

    bool failed() const { return errorKind != ApiError::Kind::None; }
    int retries() const { return attempts > 1 ? attempts - 1 : 0; }

    // Called by ApiClient as a call ends. status is the HTTP status of a success (an
    // error carries its own).
    static CallRecord of(const QByteArray &method, const QString &path, int attempts,
                         qint64 elapsedMs, int status, const ApiError &error);
    // The path with the segments that carry what people typed replaced: the echo's text
    // ({text}), an email ({email}), anything but letters, digits and _ ({value}). Ids
    // (numbers, hex) stay: support needs them and they name no one.
    static QString safePath(const QString &path);
    // The summary kept for an error: its kind's text, the HTTP status, and each
    // errors[] entry as "source: title" when both are plain identifiers.
    static QString summary(const ApiError &error);
};

Q_DECLARE_METATYPE(CallRecord)
