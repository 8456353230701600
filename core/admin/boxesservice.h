#pragma once

#include "admin/boxtag.h"
#include "net/servicebase.h"

#include <QList>
#include <QStringList>
#include <QUuid>

// Box tags and client–location links (/api/v0/boxes_*). Every answer is
// {"data":{"result":"success"|"error"}}; "error" (or anything but success) is a
// failure even with HTTP 200. The ServiceBase pattern: each method returns a request
// id; the answer comes as the matching signal below or as requestFailed(requestId,
// ApiError). A tag batch is all-or-nothing: on failure, fieldErrors name each code at
// fault and nothing was created.
class BoxesService : public ServiceBase {
    Q_OBJECT
public:
    explicit BoxesService(ApiClient *api, QObject *parent = nullptr);

    quint64 createTags(const QList<BoxTag> &tags);
    quint64 deleteTags(const QStringList &codes);
    quint64 disconnectTags(const QStringList &codes);
    quint64 linkClientLocation(qint64 clientId, const QUuid &boxLocation);
    quint64 unlinkClientLocation(qint64 clientId, const QUuid &boxLocation);

Q_SIGNALS:
    void tagsCreated(quint64 requestId, const QList<BoxTag> &tags);
    void tagsDeleted(quint64 requestId, const QStringList &codes);
    void tagsDisconnected(quint64 requestId, const QStringList &codes);
    void clientLocationLinked(quint64 requestId, qint64 clientId, const QUuid &boxLocation);
    void clientLocationUnlinked(quint64 requestId, qint64 clientId, const QUuid &boxLocation);

private:
    // Sends the request and calls onSuccess only for {"result":"success"}.
    quint64 run(ApiReply *reply, std::function<void(quint64)> onSuccess);
    static QJsonObject codesBody(const QStringList &codes);
    static QJsonObject locationBody(qint64 clientId, const QUuid &boxLocation);
};
