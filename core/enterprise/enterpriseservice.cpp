#include "enterpriseservice.h"

#include "net/apiclient.h"
#include "net/jsondecode.h"

#include <QJsonObject>

EnterpriseService::EnterpriseService(ApiClient *api, QObject *parent)
    : ServiceBase(api, parent) {}

quint64 EnterpriseService::current() {
    return track(apiClient()->get(QStringLiteral("/oneapi/v0/current")),
                 [this](quint64 id, const ApiReply &reply) {
                     // "enterprise_id": "20" in the reference: a string holding the id.
                     JsonDecode in(reply.payload(), QStringLiteral("current"));
                     const qint64 enterpriseId = in.requiredId(QStringLiteral("enterprise_id"));
                     if (!in.ok())
                         return failMalformed(id, in.error());
                     Q_EMIT currentLoaded(id, enterpriseId);
                 });
}

quint64 EnterpriseService::groups() {
    return track(apiClient()->get(QStringLiteral("/oneapi/v0/groupsofenterprises")),
                 [this](quint64 id, const ApiReply &reply) {
                     QString why;
                     const auto groups =
                         JsonDecode::list<Group>(reply.payload(), QStringLiteral("groups"), &why);
                     if (!groups)
                         return failMalformed(id, why);
                     Q_EMIT groupsLoaded(id, *groups);
                 });
}

quint64 EnterpriseService::echo(const QString &text) {
    const QString path = text.isEmpty()
                             ? QStringLiteral("/oneapi/v0/echo")
                             : QStringLiteral("/oneapi/v0/echo/") + ApiClient::segment(text);
    return track(apiClient()->get(path),
                 [this](quint64 id, const ApiReply &reply) { emitEcho(id, reply); });
}

quint64 EnterpriseService::echoPost(const QString &text) {
    QJsonObject body;
    if (!text.isEmpty())
        body.insert(QStringLiteral("text"), text);
    // An echo changes nothing on the server: safe to send again after a fault.
    return track(
        apiClient()->post(QStringLiteral("/oneapi/v0/echo"), body, ApiClient::Retry::Idempotent),
        [this](quint64 id, const ApiReply &reply) { emitEcho(id, reply); });
}

void EnterpriseService::emitEcho(quint64 id, const ApiReply &reply) {
    const std::optional<QString> answer = JsonDecode::string(reply.payload());
    if (!answer)
        return failMalformed(
            id, tr("echo: expected a string, got %1").arg(JsonDecode::describe(reply.payload())));
    Q_EMIT echoed(id, *answer);
}
