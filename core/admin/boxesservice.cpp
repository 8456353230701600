#include "boxesservice.h"

#include "net/apiclient.h"
#include "net/jsondecode.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {
const QString kTags = QStringLiteral("/api/v0/boxes_tags");
const QString kDisconnect = QStringLiteral("/api/v0/boxes_disconnect_tags");
const QString kLocation = QStringLiteral("/api/v0/boxes_client_location");
} // namespace

BoxesService::BoxesService(ApiClient *api, QObject *parent)
    : ServiceBase(api, parent) {}

QJsonObject BoxesService::codesBody(const QStringList &codes) {
    QJsonArray tags;
    for (const QString &code : codes)
        tags.append(BoxTag::codeJson(code));
    return {{QStringLiteral("tags"), tags}};
}

QJsonObject BoxesService::locationBody(qint64 clientId, const QUuid &boxLocation) {
    return {{QStringLiteral("client_id"), double(clientId)},
            {QStringLiteral("box_location_uid"), boxLocation.toString(QUuid::WithoutBraces)}};
}

template<typename T> Job<T> *BoxesService::runResult(ApiReply *reply, const T &value) {
    return run<T>(reply, [value](const ApiReply &r, ApiError *error) -> std::optional<T> {
        JsonDecode in(r.payload(), QStringLiteral("boxes"));
        const QString result = in.requiredString(QStringLiteral("result"));
        if (!in.ok()) {
            *error = ApiError::malformed(in.error());
            return std::nullopt;
        }
        if (result != QLatin1String("success")) {
            error->kind = ApiError::Kind::Server;
            error->httpStatus = r.httpStatus();
            error->message =
                tr("The server reported that the operation failed (result \"%1\").").arg(result);
            return std::nullopt;
        }
        return value;
    });
}

Job<QList<BoxTag>> *BoxesService::createTags(const QList<BoxTag> &tags) {
    if (tags.isEmpty())
        return refuseEmpty<QList<BoxTag>>(QStringLiteral("tags"), tr("No tag to create."));
    QJsonArray array;
    for (const BoxTag &tag : tags)
        array.append(tag.toJson());
    // All-or-nothing on the server, so a blind re-send could only fail: never retried.
    return runResult(apiClient()->post(kTags, QJsonObject{{QStringLiteral("tags"), array}},
                                       ApiClient::Retry::Never),
                     tags);
}

Job<QStringList> *BoxesService::deleteTags(const QStringList &codes) {
    if (codes.isEmpty())
        return refuseEmpty<QStringList>(QStringLiteral("tags"), tr("No tag to delete."));
    return runResult(apiClient()->deleteResource(kTags, codesBody(codes)), codes);
}

Job<QStringList> *BoxesService::disconnectTags(const QStringList &codes) {
    if (codes.isEmpty())
        return refuseEmpty<QStringList>(QStringLiteral("tags"), tr("No tag to disconnect."));
    // Disconnecting twice leaves the same state: safe to retry.
    return runResult(apiClient()->post(kDisconnect, codesBody(codes), ApiClient::Retry::Idempotent),
                     codes);
}

Job<ClientLocation> *BoxesService::checkLocation(qint64 clientId, const QUuid &boxLocation) {
    if (clientId <= 0)
        return refuseEmpty<ClientLocation>(QStringLiteral("client_id"), tr("Choose a client."));
    if (boxLocation.isNull())
        return refuseEmpty<ClientLocation>(QStringLiteral("box_location_uid"),
                                           tr("Enter the box location's UUID."));
    return nullptr;
}

Job<ClientLocation> *BoxesService::linkClientLocation(qint64 clientId, const QUuid &boxLocation) {
    if (Job<ClientLocation> *refused = checkLocation(clientId, boxLocation))
        return refused;
    return runResult(
        apiClient()->post(kLocation, locationBody(clientId, boxLocation), ApiClient::Retry::Never),
        ClientLocation{clientId, boxLocation});
}

Job<ClientLocation> *BoxesService::unlinkClientLocation(qint64 clientId, const QUuid &boxLocation) {
    if (Job<ClientLocation> *refused = checkLocation(clientId, boxLocation))
        return refused;
    return runResult(apiClient()->deleteResource(kLocation, locationBody(clientId, boxLocation)),
                     ClientLocation{clientId, boxLocation});
}
