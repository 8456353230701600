#pragma once

#include "enterprise/group.h"
#include "net/servicebase.h"

#include <QList>

// Who is signed in (/oneapi/v0/current), its groups, and the echo test endpoints.
// The ServiceBase pattern: each method returns a request id; the answer comes as
// the matching signal below or as requestFailed(requestId, ApiError).
class EnterpriseService : public ServiceBase {
    Q_OBJECT
public:
    explicit EnterpriseService(ApiClient *api, QObject *parent = nullptr);

    quint64 current();
    quint64 groups();
    // GET /oneapi/v0/echo/{text}, text percent-encoded; an empty text asks /echo.
    quint64 echo(const QString &text);
    // POST /oneapi/v0/echo {"text": ...}
    quint64 echoPost(const QString &text);

Q_SIGNALS:
    void currentLoaded(quint64 requestId, qint64 enterpriseId);
    void groupsLoaded(quint64 requestId, const QList<Group> &groups);
    void echoed(quint64 requestId, const QString &answer);

private:
    void emitEcho(quint64 id, const ApiReply &reply);
};
