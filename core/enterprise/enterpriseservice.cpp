#include "enterpriseservice.h"

#include "net/apiclient.h"
#include "net/jsondecode.h"

#include <QJsonObject>

EnterpriseService::EnterpriseService(ApiClient *api, QObject *parent)
    : ServiceBase(api, parent) {}

Job<qint64> *EnterpriseService::current() {
    return run<qint64>(apiClient()->get(QStringLiteral("/oneapi/v0/current")),
                       [](const ApiReply &reply, QString *why) -> std::optional<qint64> {
                           // "enterprise_id": "20" in the reference: a string holding the id.
                           JsonDecode in(reply.payload(), QStringLiteral("current"));
                           const qint64 id = in.requiredId(QStringLiteral("enterprise_id"));
                           if (!in.report(why))
                               return std::nullopt;
                           return id;
                       });
}

Job<QList<Group>> *EnterpriseService::groups() {
    return run<QList<Group>>(apiClient()->get(QStringLiteral("/oneapi/v0/groupsofenterprises")),
                             listOf<Group>(QStringLiteral("groups")),
                             [this](const QList<Group> &groups) { Q_EMIT groupsLoaded(groups); });
}

Job<QString> *EnterpriseService::echo(const QString &text) {
    const QString path = text.isEmpty()
                             ? QStringLiteral("/oneapi/v0/echo")
                             : QStringLiteral("/oneapi/v0/echo/") + ApiClient::segment(text);
    return runEcho(apiClient()->get(path));
}

Job<QString> *EnterpriseService::echoPost(const QString &text) {
    QJsonObject body;
    if (!text.isEmpty())
        body.insert(QStringLiteral("text"), text);
    // An echo changes nothing on the server: safe to send again after a fault.
    return runEcho(
        apiClient()->post(QStringLiteral("/oneapi/v0/echo"), body, ApiClient::Retry::Idempotent));
}

Job<QString> *EnterpriseService::runEcho(ApiReply *reply) {
    return run<QString>(reply, [](const ApiReply &r, QString *why) {
        const std::optional<QString> answer = JsonDecode::string(r.payload());
        if (!answer)
            *why = tr("echo: expected a string, got %1").arg(JsonDecode::describe(r.payload()));
        return answer;
    });
}
