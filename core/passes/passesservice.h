#pragma once

#include "net/servicebase.h"
#include "passes/passassignment.h"
#include "passes/passstock.h"

#include <QList>
#include <QUrl>

struct InvoiceRequest;

// Stock of passes, pass assignment and invoices. The ServiceBase pattern: each method
// returns a request id; the answer comes as the matching signal below or as
// requestFailed(requestId, ApiError).
//
// assign() is never re-sent blindly. Its duplicate protection is the payment
// reference: when the server answers has_already_been_taken, requestFailed carries
// ApiError::Kind::Conflict, which means "this reference was already used, maybe by
// an earlier attempt of this very assignment": re-read the client (ClientsService::
// get) to see the end date rather than assigning again.
class PassesService : public ServiceBase {
    Q_OBJECT
public:
    explicit PassesService(ApiClient *api, QObject *parent = nullptr);

    quint64 stock();
    quint64 assign(const PassAssignment &assignment);
    quint64 assign(const QString &email, qint64 stockId, const QString &paymentReference);
    // Not implemented by the vendor: expect requestFailed with Kind::NotImplemented.
    quint64 invoice(const InvoiceRequest &request);

Q_SIGNALS:
    void stockLoaded(quint64 requestId, const QList<PassStock> &stocks);
    // The request as sent, with endSubscriptionDate from the answer.
    void passAssigned(quint64 requestId, const PassAssignment &assignment);
    void invoiceReady(quint64 requestId, const QString &paymentReference, const QUrl &url);
};
