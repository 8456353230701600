#include "servicebase.h"

#include "apiclient.h"

ServiceBase::ServiceBase(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api) {
    Q_ASSERT(api);
}

// Jobs are children of the service: they go with it. Their replies still run to their
// end (a POST may already have acted on the server) and then delete themselves.
ServiceBase::~ServiceBase() = default;

void ServiceBase::follow(ApiJob *job, ApiReply *reply,
                         std::function<void(const ApiReply &)> onAnswer) {
    job->setDescription(reply->description());
    const QPointer<ApiReply> guard(reply);
    // The reply deletes itself after finished(); a job deleted first (with its service)
    // simply no longer hears it.
    connect(reply, &ApiReply::uploadProgress, job, &ApiJob::progress);
    connect(reply, &ApiReply::retryScheduled, job, &ApiJob::retryScheduled);
    connect(reply, &ApiReply::finished, job, [guard, onAnswer] {
        if (guard)
            onAnswer(*guard);
    });
    job->setCanceller([guard] {
        if (guard)
            guard->abort();
    });
    // Already answered (a refusal decided before sending): handled all the same, and
    // the job delivers from the event loop in any case.
    if (reply->isFinished())
        onAnswer(*reply);
}

const ApiError &ServiceBase::refused(const ApiReply &reply, const ApiError &error) const {
    m_api->refuseAnswer(reply, error);
    return error;
}

ApiError ServiceBase::invalidInput(const QString &source, const QString &message) {
    ApiError error;
    error.kind = ApiError::Kind::Validation;
    error.message = message;
    error.fieldErrors.append({QStringLiteral("is_invalid"), source, message});
    return error;
}
