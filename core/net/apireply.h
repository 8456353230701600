#pragma once

#include "apierror.h"

#include <QJsonDocument>
#include <QJsonValue>
#include <QObject>
#include <QString>

// The answer to one ApiClient call: finished() once, then either ok() with the
// decoded JSON, or an ApiError. Deletes itself after finished() unless kept with
// setAutoDelete(false). KJob-like: the reply never shows anything. A reply still running
// when its ApiClient is destroyed finishes Cancelled from the client's destructor, and
// is deleted there at once (not later) unless kept.
class ApiReply : public QObject {
    Q_OBJECT
public:
    explicit ApiReply(QObject *parent = nullptr);

    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && !m_error.isError(); }
    const ApiError &error() const { return m_error; }
    int httpStatus() const { return m_httpStatus; }
    const QJsonDocument &document() const { return m_document; }
    // The payload: the value of "data" when the answer is wrapped in {"data": ...},
    // else the bare object or array.
    QJsonValue payload() const;

    // "METHOD /path", never the query string (it may hold an email).
    const QString &description() const { return m_description; }
    void setDescription(const QString &description) { m_description = description; }

    // The call's number in its ApiClient (CallRecord::serial), 0 before it is sent.
    quint64 serial() const { return m_serial; }
    void setSerial(quint64 serial) { m_serial = serial; }

    void setAutoDelete(bool on) { m_autoDelete = on; }
    bool autoDelete() const { return m_autoDelete; }
    // Stops the request; finished() comes with Kind::Cancelled.
    void abort();

    // Used by ApiClient.
    void finishOk(int httpStatus, const QJsonDocument &doc);
    void finishError(const ApiError &error);

Q_SIGNALS:
    void finished();
    void uploadProgress(qint64 sent, qint64 total);
    void retryScheduled(int attempt, int delayMs);
    void abortRequested();

private:
    bool m_finished = false;
    bool m_autoDelete = true;
    quint64 m_serial = 0;
    int m_httpStatus = 0;
    QJsonDocument m_document;
    ApiError m_error;
    QString m_description;
};
