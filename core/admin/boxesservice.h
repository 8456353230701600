#pragma once

#include "admin/boxtag.h"
#include "net/servicebase.h"

#include <QList>
#include <QStringList>
#include <QUuid>

// Box tags and client–location links (/api/v0/boxes_*). Every answer is
// {"data":{"result":"success"|"error"}}; "error" (or anything but success) is a
// failure even with HTTP 200. Each method returns the handle of its call (ServiceBase),
// which succeeds with what was asked (the tags, the codes, the link). A tag batch is
// all-or-nothing: on failure, fieldErrors name each code at fault and nothing was
// created.
// A client and a box location, linked or unlinked.
struct ClientLocation {
    qint64 clientId = 0;
    QUuid boxLocation;
};

class BoxesService : public ServiceBase {
    Q_OBJECT
public:
    explicit BoxesService(ApiClient *api, QObject *parent = nullptr);

    Job<QList<BoxTag>> *createTags(const QList<BoxTag> &tags);
    Job<QStringList> *deleteTags(const QStringList &codes);
    Job<QStringList> *disconnectTags(const QStringList &codes);
    Job<ClientLocation> *linkClientLocation(qint64 clientId, const QUuid &boxLocation);
    Job<ClientLocation> *unlinkClientLocation(qint64 clientId, const QUuid &boxLocation);

private:
    // Succeeds with value only for {"result":"success"}.
    template<typename T> Job<T> *runResult(ApiReply *reply, const T &value);
    template<typename T> Job<T> *refuseEmpty(const QString &source, const QString &message) {
        return refuse<T>(invalidInput(source, message));
    }
    Job<ClientLocation> *checkLocation(qint64 clientId, const QUuid &boxLocation);
    static QJsonObject codesBody(const QStringList &codes);
    static QJsonObject locationBody(qint64 clientId, const QUuid &boxLocation);
};
