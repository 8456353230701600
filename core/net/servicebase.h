#pragma once

#include "apierror.h"
#include "apireply.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class ApiClient;

// What every domain service (ClientsService, PassesService...) shares.
//
// The pattern, the same for every service: a method starts one API call and
// returns at once a request id (unique in the process, never 0). Later exactly one
// signal carries that id: the method's own success signal with value types
// (e.g. ClientsService::clientLoaded(requestId, Client)), or requestFailed(requestId,
// ApiError). A view keeps the id it got to match the answer with its request; the
// service keeps no per-view state. cancel(requestId) aborts a pending call, which
// then fails with ApiError::Kind::Cancelled. Even errors found before sending
// (e.g. month 13) come through requestFailed, queued, so a caller can always connect
// first and call second, or call first and store the id: both see the answer.
class ServiceBase : public QObject {
    Q_OBJECT
public:
    explicit ServiceBase(ApiClient *api, QObject *parent = nullptr);
    ~ServiceBase() override;

    ApiClient *apiClient() const { return m_api; }
    bool isPending(quint64 requestId) const { return m_pending.contains(requestId); }
    int pendingCount() const { return int(m_pending.size()); }
    // Aborts a pending call; false when it has already finished (or never was). The
    // Cancelled failure comes later, from the event loop, like every answer.
    bool cancel(quint64 requestId);

Q_SIGNALS:
    void requestFailed(quint64 requestId, const ApiError &error);

protected:
    static quint64 nextRequestId();

    // Follows reply under a new request id: on success calls onOk(id, reply), which
    // decodes and emits the success signal (or calls fail() if decoding fails); on
    // error emits requestFailed. Returns the id.
    template<typename OnOk> quint64 track(ApiReply *reply, OnOk onOk) {
        const quint64 id = nextRequestId();
        follow(id, reply, [this, id, onOk](const ApiReply &r) {
            if (r.ok())
                onOk(id, r);
            else
                fail(id, r.error());
        });
        return id;
    }

    // Like track(), but the success is only decided by the answer (e.g. a 200 with
    // {"result":"error"}): onFinished sees every outcome.
    void follow(quint64 id, ApiReply *reply, std::function<void(const ApiReply &)> onFinished);

    // A request refused before it was sent: the error arrives queued.
    quint64 failLater(const ApiError &error);
    void fail(quint64 requestId, const ApiError &error) { Q_EMIT requestFailed(requestId, error); }
    // An answer that decoded badly.
    void failMalformed(quint64 requestId, const QString &why);
    // A 400 built locally, e.g. for input checked before sending.
    static ApiError invalidInput(const QString &source, const QString &message);

private:
    ApiClient *m_api;
    QHash<quint64, QPointer<ApiReply>> m_pending;
};
