#include "passesservice.h"

#include "net/apiclient.h"
#include "net/jsondecode.h"
#include "passes/invoicerequest.h"

PassesService::PassesService(ApiClient *api, QObject *parent)
    : ServiceBase(api, parent) {}

quint64 PassesService::stock() {
    return track(apiClient()->get(QStringLiteral("/oneapi/v0/stockofpasses")),
                 [this](quint64 id, const ApiReply &reply) {
                     QString why;
                     const auto stocks = JsonDecode::list<PassStock>(
                         reply.payload(), QStringLiteral("stockofpasses"), &why);
                     if (!stocks)
                         return failMalformed(id, why);
                     Q_EMIT stockLoaded(id, *stocks);
                 });
}

quint64 PassesService::assign(const QString &email, qint64 stockId,
                              const QString &paymentReference) {
    PassAssignment a;
    a.email = email;
    a.stockId = stockId;
    a.paymentReference = paymentReference;
    return assign(a);
}

quint64 PassesService::assign(const PassAssignment &assignment) {
    if (assignment.email.trimmed().isEmpty())
        return failLater(invalidInput(QStringLiteral("email"), tr("Choose a client.")));
    if (assignment.stockId <= 0)
        return failLater(invalidInput(QStringLiteral("stock_id"), tr("Choose a stock of passes.")));
    // Without a reference the server could not tell a retry from a second pass.
    if (assignment.paymentReference.trimmed().isEmpty())
        return failLater(invalidInput(QStringLiteral("payment_reference"),
                                      tr("A payment reference is needed.")));
    ApiReply *reply = apiClient()->post(QStringLiteral("/oneapi/v0/stockofpasses/assign"),
                                        assignment.toJson(), ApiClient::Retry::Never);
    const quint64 id = nextRequestId();
    follow(id, reply, [this, id, assignment](const ApiReply &r) {
        if (!r.ok()) {
            ApiError error = r.error();
            // Whatever the generic mapping says, the caller's recovery depends on this.
            if (error.hasTitle(QStringLiteral("has_already_been_taken")))
                error.kind = ApiError::Kind::Conflict;
            return fail(id, error);
        }
        QString why;
        const std::optional<PassAssignment> done =
            PassAssignment::fromJson(r.payload(), assignment, &why);
        if (!done)
            return failMalformed(id, why);
        Q_EMIT passAssigned(id, *done);
    });
    return id;
}

quint64 PassesService::invoice(const InvoiceRequest &request) {
    return track(apiClient()->post(QStringLiteral("/oneapi/v0/stockofpasses/invoice"),
                                   request.toJson(), ApiClient::Retry::Never),
                 [this, request](quint64 id, const ApiReply &reply) {
                     // Undocumented answer: a "url" is the only sensible content.
                     JsonDecode in(reply.payload(), QStringLiteral("invoice"));
                     const QUrl url = in.optionalUrl(QStringLiteral("url"));
                     if (!in.ok())
                         return failMalformed(id, in.error());
                     Q_EMIT invoiceReady(id, request.paymentReference, url);
                 });
}
