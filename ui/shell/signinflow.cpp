#include "signinflow.h"

#include "net/apiclient.h"
#include "net/apierror.h"
#include "net/apireply.h"

#include <QJsonArray>
#include <QJsonObject>

SignInFlow::SignInFlow(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client) {}

void SignInFlow::start(const QUrl &baseUrl, const QString &apiKey, const QString &secret) {
    abort();
    m_info = {};
    QString why;
    if (!m_client->setBaseUrl(baseUrl, &why)) {
        ApiError error;
        error.kind = ApiError::Kind::Validation;
        error.message = why;
        error.fieldErrors.append({QStringLiteral("is_invalid"), QStringLiteral("baseUrl"), why});
        // Queued: callers connect after start() returns as often as before it.
        QMetaObject::invokeMethod(
            this, [this, error] { fail(error); }, Qt::QueuedConnection);
        return;
    }
    m_client->clearSession();
    m_client->setCredentials(apiKey, secret);
    track(m_client->authenticate(), &SignInFlow::onToken);
}

void SignInFlow::abort() {
    if (ApiReply *reply = m_reply.data()) {
        m_reply.clear();
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        m_client->clearSession();
        Q_EMIT failed(ApiError::cancelled());
    }
}

void SignInFlow::track(ApiReply *reply, void (SignInFlow::*next)(ApiReply *)) {
    m_reply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply, next] {
        if (m_reply != reply)
            return;
        m_reply.clear();
        if (!reply->ok()) {
            fail(reply->error());
            return;
        }
        (this->*next)(reply);
    });
}

void SignInFlow::onToken(ApiReply *) {
    track(m_client->get(QStringLiteral("/oneapi/v0/current")), &SignInFlow::onCurrent);
}

void SignInFlow::onCurrent(ApiReply *reply) {
    // The reference sends the id as a string ("20"); accept a number as well.
    const QJsonValue id = reply->payload().toObject().value(QStringLiteral("enterprise_id"));
    m_info.enterpriseId = id.isString() ? id.toString().toLongLong() : id.toInteger();
    if (m_info.enterpriseId <= 0) {
        fail(ApiError::malformed(QStringLiteral("enterprise_id")));
        return;
    }
    track(m_client->get(QStringLiteral("/oneapi/v0/groupsofenterprises")), &SignInFlow::onGroups);
}

void SignInFlow::onGroups(ApiReply *reply) {
    const QJsonArray list = reply->payload().toArray();
    for (const QJsonValue &value : list) {
        QString why;
        if (const std::optional<Group> group = Group::fromJson(value, &why)) {
            m_info.groups.append(*group);
        } else {
            fail(ApiError::malformed(why));
            return;
        }
    }
    Q_EMIT succeeded(m_info);
}

void SignInFlow::fail(const ApiError &error) {
    m_client->clearSession();
    Q_EMIT failed(error);
}
