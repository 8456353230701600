#pragma once

#include "apierror.h"
#include "apijob.h"
#include "apireply.h"
#include "jsondecode.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>
#include <type_traits>
#include <utility>

class ApiClient;

// What every domain service (ClientsService, PassesService...) shares.
//
// The pattern, the same for every service: a method starts one API call and returns
// its handle, a Job<T> (net/apijob.h), at once. The caller attaches its continuations
// to that handle; the service keeps no per-caller state. The service also emits a
// domain signal with the value for observers (ClientsService::clientLoaded(Client)),
// before the caller's continuations run. Errors found before sending (month 13, an
// empty email) fail the job the same way, from the event loop.
class ServiceBase : public QObject {
    Q_OBJECT
public:
    explicit ServiceBase(ApiClient *api, QObject *parent = nullptr);
    ~ServiceBase() override;

    ApiClient *apiClient() const { return m_api; }

protected:
    // The one "decode, else fail as malformed, else succeed" of every call: follows
    // reply with a new Job<T>. decode is either
    //   std::optional<T>(const ApiReply &, QString *why)     nullopt: malformed answer
    // or
    //   std::optional<T>(const ApiReply &, ApiError *error)  nullopt: *error, e.g. a
    //                                                         200 that says it failed
    // observe(const T &), when given, emits the service's domain signal.
    template<typename T, typename Decode, typename Observe = std::nullptr_t>
    Job<T> *run(ApiReply *reply, Decode decode, Observe observe = nullptr) {
        auto *job = new Job<T>(m_api, this);
        if constexpr (!std::is_same_v<Observe, std::nullptr_t>)
            job->onResult(this, observe);
        follow(job, reply, [this, job, decode](const ApiReply &r) {
            if (!r.ok())
                return job->fail(r.error());
            if constexpr (std::is_invocable_v<Decode, const ApiReply &, QString *>) {
                QString why;
                std::optional<T> value = decode(r, &why);
                if (!value)
                    return job->fail(refused(r, ApiError::malformed(why)));
                job->succeed(std::move(*value));
            } else {
                ApiError error;
                std::optional<T> value = decode(r, &error);
                if (!value)
                    return job->fail(refused(r, error));
                job->succeed(std::move(*value));
            }
        });
        return job;
    }

    // The decoder of run() for a value type with fromJson(payload, &why).
    template<typename T> static auto payloadAs() {
        return [](const ApiReply &r, QString *why) { return T::fromJson(r.payload(), why); };
    }

    // The decoder of run() for a JSON array of a value type (JsonDecode::list).
    template<typename T> static auto listOf(const QString &what) {
        return [what](const ApiReply &r, QString *why) {
            return JsonDecode::list<T>(r.payload(), what, why);
        };
    }

    // A request refused before it was sent: the job fails from the event loop.
    template<typename T> Job<T> *refuse(const ApiError &error) {
        auto *job = new Job<T>(m_api, this);
        job->fail(error);
        return job;
    }

    // A 400 built locally, e.g. for input checked before sending.
    static ApiError invalidInput(const QString &source, const QString &message);

private:
    // An answer with a success status that the decoder refused: the activity log hears
    // of it (ApiClient::refuseAnswer). Returns error.
    const ApiError &refused(const ApiReply &reply, const ApiError &error) const;
    // Ties job to reply: progress, retries and cancel; onAnswer sees the finished reply.
    void follow(ApiJob *job, ApiReply *reply, std::function<void(const ApiReply &)> onAnswer);

    ApiClient *m_api;
};
