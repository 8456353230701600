#include "clientsservice.h"

#include "clients/clientdraft.h"
#include "clients/clientupdate.h"
#include "net/apiclient.h"
#include "net/jsondecode.h"

ClientsService::ClientsService(ApiClient *api, QObject *parent)
    : ServiceBase(api, parent) {}

QString ClientsService::path(const QString &idOrEmail) {
    return QStringLiteral("/oneapi/v0/clients/") + ApiClient::segment(idOrEmail.trimmed());
}

quint64 ClientsService::exists(const QString &email) {
    if (email.trimmed().isEmpty())
        return failLater(invalidInput(QStringLiteral("email"), tr("Enter an email address.")));
    return track(apiClient()->get(path(email) + QStringLiteral("/exists")),
                 [this, email](quint64 id, const ApiReply &reply) {
                     QString why;
                     const std::optional<EmailCheck> check =
                         EmailCheck::fromJson(reply.payload(), &why);
                     if (!check)
                         return failMalformed(id, why);
                     Q_EMIT existsChecked(id, email, *check);
                 });
}

quint64 ClientsService::get(const QString &idOrEmail) {
    if (idOrEmail.trimmed().isEmpty())
        return failLater(invalidInput(QStringLiteral("client"), tr("No client given.")));
    return track(apiClient()->get(path(idOrEmail)), [this](quint64 id, const ApiReply &reply) {
        QString why;
        const std::optional<Client> client = Client::fromJson(reply.payload(), &why);
        if (!client)
            return failMalformed(id, why);
        Q_EMIT clientLoaded(id, *client);
    });
}

quint64 ClientsService::create(const ClientDraft &draft) {
    return track(apiClient()->post(QStringLiteral("/oneapi/v0/clients"), draft.toJson(),
                                   ApiClient::Retry::Never),
                 [this](quint64 id, const ApiReply &reply) {
                     QString why;
                     const std::optional<Client> client = Client::fromJson(reply.payload(), &why);
                     if (!client)
                         return failMalformed(id, why);
                     JsonDecode in(reply.payload(), QStringLiteral("client"));
                     const QString password = in.optionalString(QStringLiteral("password"));
                     if (!in.ok())
                         return failMalformed(id, in.error());
                     Q_EMIT clientCreated(id, *client, password);
                 });
}

quint64 ClientsService::update(const QString &idOrEmail, const ClientUpdate &update) {
    if (idOrEmail.trimmed().isEmpty())
        return failLater(invalidInput(QStringLiteral("client"), tr("No client given.")));
    // Setting the same fields twice gives the same client: safe to retry, unless the
    // email changes and the path names the client by that email (a replay after a
    // lost answer would then look for an address that no longer exists).
    bool byId = false;
    idOrEmail.trimmed().toLongLong(&byId);
    const ApiClient::Retry retry =
        (update.email && !byId) ? ApiClient::Retry::Never : ApiClient::Retry::Idempotent;
    return track(apiClient()->post(path(idOrEmail), update.toJson(), retry),
                 [this](quint64 id, const ApiReply &reply) {
                     QString why;
                     const std::optional<Client> client = Client::fromJson(reply.payload(), &why);
                     if (!client)
                         return failMalformed(id, why);
                     Q_EMIT clientUpdated(id, *client);
                 });
}

quint64 ClientsService::deactivate(const QString &idOrEmail) {
    if (idOrEmail.trimmed().isEmpty())
        return failLater(invalidInput(QStringLiteral("client"), tr("No client given.")));
    return track(apiClient()->deleteResource(path(idOrEmail)),
                 [this, idOrEmail](quint64 id, const ApiReply &reply) {
                     JsonDecode in(reply.payload(), QStringLiteral("deletion"));
                     const QDateTime leaving = in.requiredDateTime(QStringLiteral("leaving_date"));
                     if (!in.ok())
                         return failMalformed(id, in.error());
                     Q_EMIT clientDeactivated(id, idOrEmail, leaving);
                 });
}

quint64 ClientsService::loginUrl(const QString &idOrEmail) {
    if (idOrEmail.trimmed().isEmpty())
        return failLater(invalidInput(QStringLiteral("client"), tr("No client given.")));
    return track(apiClient()->get(path(idOrEmail) + QStringLiteral("/login")),
                 [this, idOrEmail](quint64 id, const ApiReply &reply) {
                     JsonDecode in(reply.payload(), QStringLiteral("login"));
                     in.requiredString(QStringLiteral("url"));
                     const QUrl url = in.optionalUrl(QStringLiteral("url"));
                     if (!in.ok())
                         return failMalformed(id, in.error());
                     Q_EMIT loginUrlReady(id, idOrEmail, url);
                 });
}
