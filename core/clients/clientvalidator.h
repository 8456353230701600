#pragma once

#include "net/apierror.h"

#include <QCoreApplication>
#include <QList>
#include <QVariantMap>

struct ClientDraft;

// Checks a client's fields before they are sent, with the API's own field names
// ("email", "country", ...) and error titles, so that a form shows its own findings
// and the server's through one path (ApiFieldError next to the field named by source).
//
// Fields are a map from API field name to value: strings for text fields, bool for
// cgu and optin, a number for group_id. On update only the fields present are checked.
class ClientValidator {
    Q_DECLARE_TR_FUNCTIONS(ClientValidator)
public:
    enum class Mode { Create, Update };

    // The fields a create must carry (gender and group_id are optional).
    static const QStringList &mandatoryFields();

    // groupIds: the enterprise's groups; empty means "unknown, do not check group_id".
    static QList<ApiFieldError> validate(const QVariantMap &fields, Mode mode,
                                         const QList<qint64> &groupIds = {});

    // What people type, as the API wants it, the same for the form and the import:
    // trims text, upper-cases the country, writes a "0033" prefix as "+33", gives a
    // blank prefix the country's calling code, and splits the phone as the API stores
    // it: "06 12 34 56 78" under +33 is 612345678; "+33 6 98 76 54 32" or
    // "0033 6 98 76 54 32" is prefix +33, number 698765432 (the number's own code
    // wins over the prefix); an Italian 06 keeps its 0. Postal codes are written
    // their country's way (PostalCodes::normalized).
    static QVariantMap normalized(const QVariantMap &fields);
    // The national number of phone, as the API stores it; prefix is the code to use
    // (in: the row's; out: the number's own when it starts with + or 00).
    static QString splitPhone(const QString &phone, QString *prefix);

    // The draft to send for (normalized) create fields.
    static ClientDraft toDraft(const QVariantMap &fields);

    static bool isValidEmail(const QString &email);
    static bool isValidPhonePrefix(const QString &prefix);
    static bool isValidPhone(const QString &phone);
    static QString normalizedPhone(const QString &phone);
    static QString normalizedPhonePrefix(const QString &prefix);
};
