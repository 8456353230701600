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

Job<Client> *ClientsService::refuseNoClient() {
    return refuse<Client>(invalidInput(QStringLiteral("client"), tr("No client given.")));
}

Job<EmailCheck> *ClientsService::exists(const QString &email) {
    if (email.trimmed().isEmpty())
        return refuse<EmailCheck>(
            invalidInput(QStringLiteral("email"), tr("Enter an email address.")));
    return run<EmailCheck>(
        apiClient()->get(path(email) + QStringLiteral("/exists")), payloadAs<EmailCheck>(),
        [this, email](const EmailCheck &check) { Q_EMIT existsChecked(email, check); });
}

Job<Client> *ClientsService::get(const QString &idOrEmail) {
    if (idOrEmail.trimmed().isEmpty())
        return refuseNoClient();
    return run<Client>(apiClient()->get(path(idOrEmail)), payloadAs<Client>(),
                       [this](const Client &client) { Q_EMIT clientLoaded(client); });
}

Job<CreatedClient> *ClientsService::create(const ClientDraft &draft) {
    return run<CreatedClient>(
        apiClient()->post(QStringLiteral("/oneapi/v0/clients"), draft.toJson(),
                          ApiClient::Retry::Never),
        [](const ApiReply &reply, QString *why) -> std::optional<CreatedClient> {
            const std::optional<Client> client = Client::fromJson(reply.payload(), why);
            if (!client)
                return std::nullopt;
            JsonDecode in(reply.payload(), QStringLiteral("client"));
            const QString password = in.optionalString(QStringLiteral("password"));
            if (!in.report(why))
                return std::nullopt;
            return CreatedClient{*client, password};
        },
        [this](const CreatedClient &created) { Q_EMIT clientCreated(created.client); });
}

Job<CreatedClient> *ClientsService::createSettled(const ClientDraft &draft) {
    auto *settled = new Job<CreatedClient>(apiClient(), this);
    Job<CreatedClient> *first = create(draft);
    settled->setDescription(first->description());
    settled->setCanceller([first = QPointer<ApiJob>(first)] {
        if (first)
            first->cancel();
    });
    first->then(
        settled, [settled](const CreatedClient &created) { settled->succeed(created); },
        [this, settled, draft](const ApiError &error) {
            if (error.kind != ApiError::Kind::Network && error.kind != ApiError::Kind::Timeout)
                return settled->fail(error);
            get(draft.email)
                ->then(
                    settled,
                    [settled, draft, error](const Client &client) {
                        const bool ours = client.firstName == draft.firstName
                                          && client.lastName == draft.lastName
                                          && client.phone == draft.phone;
                        if (!ours)
                            return settled->fail(error);
                        settled->succeed(CreatedClient{client, {}, true});
                    },
                    [settled, error](const ApiError &) { settled->fail(error); });
        });
    return settled;
}

Job<Client> *ClientsService::update(const QString &idOrEmail, const ClientUpdate &update) {
    if (idOrEmail.trimmed().isEmpty())
        return refuseNoClient();
    // Setting the same fields twice gives the same client: safe to retry, unless the
    // email changes and the path names the client by that email (a replay after a
    // lost answer would then look for an address that no longer exists).
    bool byId = false;
    idOrEmail.trimmed().toLongLong(&byId);
    const ApiClient::Retry retry =
        (update.email && !byId) ? ApiClient::Retry::Never : ApiClient::Retry::Idempotent;
    return run<Client>(apiClient()->post(path(idOrEmail), update.toJson(), retry),
                       payloadAs<Client>(),
                       [this](const Client &client) { Q_EMIT clientUpdated(client); });
}

Job<Deactivation> *ClientsService::deactivate(const QString &idOrEmail) {
    if (idOrEmail.trimmed().isEmpty())
        return refuse<Deactivation>(invalidInput(QStringLiteral("client"), tr("No client given.")));
    return run<Deactivation>(
        apiClient()->deleteResource(path(idOrEmail)),
        [idOrEmail](const ApiReply &reply, QString *why) -> std::optional<Deactivation> {
            JsonDecode in(reply.payload(), QStringLiteral("deletion"));
            const QDateTime leaving = in.requiredDateTime(QStringLiteral("leaving_date"));
            if (!in.report(why))
                return std::nullopt;
            return Deactivation{idOrEmail, leaving};
        },
        [this](const Deactivation &d) { Q_EMIT clientDeactivated(d.idOrEmail, d.leavingDate); });
}

Job<SignInLink> *ClientsService::loginUrl(const QString &idOrEmail) {
    if (idOrEmail.trimmed().isEmpty())
        return refuse<SignInLink>(invalidInput(QStringLiteral("client"), tr("No client given.")));
    return run<SignInLink>(
        apiClient()->get(path(idOrEmail) + QStringLiteral("/login")),
        [idOrEmail](const ApiReply &reply, QString *why) -> std::optional<SignInLink> {
            JsonDecode in(reply.payload(), QStringLiteral("login"));
            in.requiredString(QStringLiteral("url"));
            const QUrl url = in.optionalUrl(QStringLiteral("url"));
            if (!in.report(why))
                return std::nullopt;
            return SignInLink{idOrEmail, url};
        });
}
