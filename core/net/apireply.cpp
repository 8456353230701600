#include "apireply.h"

#include <QJsonArray>
#include <QJsonObject>

ApiReply::ApiReply(QObject *parent)
    : QObject(parent) {}

QJsonValue ApiReply::payload() const {
    if (m_document.isArray())
        return m_document.array();
    const QJsonObject o = m_document.object();
    // The /oneapi envelope; the /api/v0 answers are bare.
    if (o.size() == 1 && o.contains(QStringLiteral("data")))
        return o.value(QStringLiteral("data"));
    return o;
}

void ApiReply::abort() {
    if (!m_finished)
        Q_EMIT abortRequested();
}

void ApiReply::finishOk(int httpStatus, const QJsonDocument &doc) {
    if (m_finished)
        return;
    m_finished = true;
    m_httpStatus = httpStatus;
    m_document = doc;
    Q_EMIT finished();
    if (m_autoDelete)
        deleteLater();
}

void ApiReply::finishError(const ApiError &error) {
    if (m_finished)
        return;
    m_finished = true;
    m_httpStatus = error.httpStatus;
    m_error = error;
    Q_EMIT finished();
    if (m_autoDelete)
        deleteLater();
}
