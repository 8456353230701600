#include "passesservice.h"

#include "net/apiclient.h"
#include "net/jsondecode.h"
#include "passes/invoicerequest.h"

PassesService::PassesService(ApiClient *api, QObject *parent)
    : ServiceBase(api, parent) {}

Job<QList<PassStock>> *PassesService::stock() {
    return run<QList<PassStock>>(
        apiClient()->get(QStringLiteral("/oneapi/v0/stockofpasses")),
        listOf<PassStock>(QStringLiteral("stockofpasses")),
        [this](const QList<PassStock> &stocks) { Q_EMIT stockLoaded(stocks); });
}

Job<PassAssignment> *PassesService::assign(const QString &email, qint64 stockId,
                                           const QString &paymentReference) {
    PassAssignment a;
    a.email = email;
    a.stockId = stockId;
    a.paymentReference = paymentReference;
    return assign(a);
}

Job<PassAssignment> *PassesService::assign(const PassAssignment &assignment) {
    if (assignment.email.trimmed().isEmpty())
        return refuse<PassAssignment>(
            invalidInput(QStringLiteral("email"), tr("Choose a client.")));
    if (assignment.stockId <= 0)
        return refuse<PassAssignment>(
            invalidInput(QStringLiteral("stock_id"), tr("Choose a stock of passes.")));
    // Without a reference the server could not tell a retry from a second pass.
    if (assignment.paymentReference.trimmed().isEmpty())
        return refuse<PassAssignment>(invalidInput(QStringLiteral("payment_reference"),
                                                   tr("A payment reference is needed.")));
    ApiReply *reply = apiClient()->post(QStringLiteral("/oneapi/v0/stockofpasses/assign"),
                                        assignment.toJson(), ApiClient::Retry::Never);
    // has_already_been_taken fails as Kind::Conflict (ApiError::fromHttp).
    return run<PassAssignment>(
        reply,
        [assignment](const ApiReply &r, QString *why) {
            return PassAssignment::fromJson(r.payload(), assignment, why);
        },
        [this](const PassAssignment &done) { Q_EMIT passAssigned(done); });
}

Job<Invoice> *PassesService::invoice(const InvoiceRequest &request) {
    return run<Invoice>(apiClient()->post(QStringLiteral("/oneapi/v0/stockofpasses/invoice"),
                                          request.toJson(), ApiClient::Retry::Never),
                        [request](const ApiReply &reply, QString *why) -> std::optional<Invoice> {
                            // Undocumented answer: a "url" is the only sensible content.
                            JsonDecode in(reply.payload(), QStringLiteral("invoice"));
                            const QUrl url = in.optionalUrl(QStringLiteral("url"));
                            if (!in.report(why))
                                return std::nullopt;
                            return Invoice{request.paymentReference, url};
                        });
}
