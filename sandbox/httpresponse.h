#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

struct FieldError {
    QString title; // cannot_be_blank, has_already_been_taken, must_be_accepted, is_invalid, ...
    QString source;
    QString detail;
};

// A complete answer, built by a route handler and written by SandboxServer.
struct HttpResponse {
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json;charset=utf-8");
    QByteArray body;
    // When set, the body is this file's bytes instead, streamed by the server (media).
    QString filePath;
    qint64 fileSize = 0;
    QList<QPair<QByteArray, QByteArray>> headers;

    qint64 contentLength() const { return filePath.isEmpty() ? body.size() : fileSize; }

    void addHeader(const QByteArray &name, const QByteArray &value) {
        headers.append(qMakePair(name, value));
    }

    static HttpResponse json(const QJsonValue &value, int status = 200);
    // {"data": value}, the /oneapi envelope.
    static HttpResponse data(const QJsonValue &value, int status = 200);
    static HttpResponse errors(int status, const QList<FieldError> &errors);
    static HttpResponse error(int status, const QString &title, const QString &source,
                              const QString &detail);
    static HttpResponse raw(int status, const QByteArray &contentType, const QByteArray &body);
    static HttpResponse file(int status, const QByteArray &contentType, const QString &path,
                             qint64 size);

    // The common ones, with the contract's wording.
    static HttpResponse badRequest(const QString &title, const QString &source,
                                   const QString &detail) {
        return error(400, title, source, detail);
    }
    static HttpResponse unauthorized(const QString &detail);
    static HttpResponse forbidden(const QString &source, const QString &detail);
    static HttpResponse notFound(const QString &source, const QString &detail);
    static HttpResponse unprocessable(const QString &detail);
};
