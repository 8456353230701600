#pragma once

#include "net/servicebase.h"
#include "passes/passassignment.h"
#include "passes/passstock.h"

#include <QList>
#include <QUrl>

struct InvoiceRequest;

// An invoice link for a payment reference.
struct Invoice {
    QString paymentReference;
    QUrl url;
};

// Stock of passes, pass assignment and invoices. Each method returns the handle of
// its call (ServiceBase); the signals are for observers.
//
// assign() is never re-sent blindly. Its duplicate protection is the payment
// reference: when the server answers has_already_been_taken, the job fails with
// ApiError::Kind::Conflict, which means "this reference was already used, maybe by an
// earlier attempt of this very assignment": re-read the client (ClientsService::get)
// to see the end date rather than assigning again.
class PassesService : public ServiceBase {
    Q_OBJECT
public:
    explicit PassesService(ApiClient *api, QObject *parent = nullptr);

    Job<QList<PassStock>> *stock();
    // The result is the request as sent, with endSubscriptionDate from the answer.
    Job<PassAssignment> *assign(const PassAssignment &assignment);
    Job<PassAssignment> *assign(const QString &email, qint64 stockId,
                                const QString &paymentReference);
    // Not implemented by the vendor: expect a failure with Kind::NotImplemented.
    Job<Invoice> *invoice(const InvoiceRequest &request);

Q_SIGNALS:
    void stockLoaded(const QList<PassStock> &stocks);
    void passAssigned(const PassAssignment &assignment);
};
