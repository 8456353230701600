#pragma once

#include "enterprise/group.h"
#include "net/servicebase.h"

#include <QList>

// Who is signed in (/oneapi/v0/current), its groups, and the echo test endpoints.
// Each method returns the handle of its call (ServiceBase); the signals are for
// observers.
class EnterpriseService : public ServiceBase {
    Q_OBJECT
public:
    explicit EnterpriseService(ApiClient *api, QObject *parent = nullptr);

    // The signed-in enterprise's id.
    Job<qint64> *current();
    Job<QList<Group>> *groups();
    // GET /oneapi/v0/echo/{text}, text percent-encoded; an empty text asks /echo.
    Job<QString> *echo(const QString &text);
    // POST /oneapi/v0/echo {"text": ...}
    Job<QString> *echoPost(const QString &text);

Q_SIGNALS:
    void groupsLoaded(const QList<Group> &groups);

private:
    Job<QString> *runEcho(ApiReply *reply);
};
