#pragma once

#include "net/apierror.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// The API's field errors in the interface's language. The server writes its detail in
// English ("email has already been taken"); its title is one of a few codes and its
// source names the field, so both can be said in French. The raw detail stays
// available for a tooltip or a support ticket (serverDetails()).
class ApiFieldText {
    Q_DECLARE_TR_FUNCTIONS(ApiFieldText)
public:
    // "Email", "Payment reference"...; the source itself when it is not a known field.
    static QString fieldName(const QString &source);
    // "is already taken" for has_already_been_taken...; the server's detail (or the
    // title) when the title is not one the reference lists.
    static QString reason(const ApiFieldError &error);
    // A sentence for under a form field: "This value is already taken."
    static QString sentence(const ApiFieldError &error);
    // "Email: is already taken"; the reason alone without a source.
    static QString describe(const ApiFieldError &error);
    // The same errors with sentence() as their detail, for a form that shows details.
    static QList<ApiFieldError> forPeople(const QList<ApiFieldError> &errors);
    // The server's own details, one per line ("source: detail"), for a tooltip.
    static QString serverDetails(const QList<ApiFieldError> &errors);
    static bool isKnownTitle(const QString &title);
    // error.message with its field errors said by describe() instead of the server's
    // details ("The server refused the request as invalid (HTTP 400): Email: is already
    // taken"); error.message as it is without field errors.
    static QString message(const ApiError &error);
};
