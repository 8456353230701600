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

quint64 BoxesService::run(ApiReply *reply, std::function<void(quint64)> onSuccess) {
    return track(reply, [this, onSuccess](quint64 id, const ApiReply &r) {
        JsonDecode in(r.payload(), QStringLiteral("boxes"));
        const QString result = in.requiredString(QStringLiteral("result"));
        if (!in.ok())
            return failMalformed(id, in.error());
        if (result != QLatin1String("success")) {
            ApiError error;
            error.kind = ApiError::Kind::Server;
            error.httpStatus = r.httpStatus();
            error.message =
                tr("The server reported that the operation failed (result \"%1\").").arg(result);
            return fail(id, error);
        }
        onSuccess(id);
    });
}

quint64 BoxesService::createTags(const QList<BoxTag> &tags) {
    if (tags.isEmpty())
        return failLater(invalidInput(QStringLiteral("tags"), tr("No tag to create.")));
    QJsonArray array;
    for (const BoxTag &tag : tags)
        array.append(tag.toJson());
    // All-or-nothing on the server, so a blind re-send could only fail: never retried.
    return run(apiClient()->post(kTags, QJsonObject{{QStringLiteral("tags"), array}},
                                 ApiClient::Retry::Never),
               [this, tags](quint64 id) { Q_EMIT tagsCreated(id, tags); });
}

quint64 BoxesService::deleteTags(const QStringList &codes) {
    if (codes.isEmpty())
        return failLater(invalidInput(QStringLiteral("tags"), tr("No tag to delete.")));
    return run(apiClient()->deleteResource(kTags, codesBody(codes)),
               [this, codes](quint64 id) { Q_EMIT tagsDeleted(id, codes); });
}

quint64 BoxesService::disconnectTags(const QStringList &codes) {
    if (codes.isEmpty())
        return failLater(invalidInput(QStringLiteral("tags"), tr("No tag to disconnect.")));
    // Disconnecting twice leaves the same state: safe to retry.
    return run(apiClient()->post(kDisconnect, codesBody(codes), ApiClient::Retry::Idempotent),
               [this, codes](quint64 id) { Q_EMIT tagsDisconnected(id, codes); });
}

quint64 BoxesService::linkClientLocation(qint64 clientId, const QUuid &boxLocation) {
    if (clientId <= 0)
        return failLater(invalidInput(QStringLiteral("client_id"), tr("Choose a client.")));
    if (boxLocation.isNull())
        return failLater(
            invalidInput(QStringLiteral("box_location_uid"), tr("Enter the box location's UUID.")));
    return run(
        apiClient()->post(kLocation, locationBody(clientId, boxLocation), ApiClient::Retry::Never),
        [this, clientId, boxLocation](quint64 id) {
            Q_EMIT clientLocationLinked(id, clientId, boxLocation);
        });
}

quint64 BoxesService::unlinkClientLocation(qint64 clientId, const QUuid &boxLocation) {
    if (clientId <= 0)
        return failLater(invalidInput(QStringLiteral("client_id"), tr("Choose a client.")));
    if (boxLocation.isNull())
        return failLater(
            invalidInput(QStringLiteral("box_location_uid"), tr("Enter the box location's UUID.")));
    return run(apiClient()->deleteResource(kLocation, locationBody(clientId, boxLocation)),
               [this, clientId, boxLocation](quint64 id) {
                   Q_EMIT clientLocationUnlinked(id, clientId, boxLocation);
               });
}
