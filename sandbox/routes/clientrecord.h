#pragma once

#include "../httpresponse.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

class QSqlQuery;
class RequestContext;
class SandboxStore;

// The client resource as the API shows it, shared by the clients, passes and
// autologin routes so that every answer carries the same shape.
namespace ClientRecord {

// Columns to SELECT (in this order) for toJson().
QString selectColumns();
// The reference's field order for a client (see OrderedJson).
const QStringList &keyOrder();
// Builds the reference's client object from a row selected with selectColumns().
QJsonObject toJson(const QSqlQuery &row);
// The client with that id, as JSON; empty when there is none.
QJsonObject load(SandboxStore &store, qint64 id);

// True for something that looks like an address (local@domain.tld, no spaces).
bool isEmail(const QString &text);

struct Lookup {
    qint64 id = 0;
    qint64 enterpriseId = 0;
    bool active = false;
    QString endSubscription;
    QJsonObject record; // the client as the API shows it (toJson), as it was read
};
// Finds a client by email (case-insensitive); nullopt when unknown.
std::optional<Lookup> byEmail(SandboxStore &store, const QString &email);
// The candidates an email path segment may stand for: the form-decoded value
// ('+' as space, PHP's urlencode) and the raw one, which keeps a literal '+'.
QStringList emailCandidates(const RequestContext &ctx, const QString &param);

// Resolves {clientIdOrClientEmail} for the enterprise of the request: a number is
// an id, anything else an email. On failure, sets *error to the 403 / 404 answer.
std::optional<Lookup> resolve(const RequestContext &ctx, SandboxStore &store, const QString &param,
                              HttpResponse *error);

// Validates a create (all mandatory fields) or a partial update body and returns
// the columns to write; on failure, sets *error to one 400 listing every field error.
// selfId is the client being updated (so that keeping its own email is no clash).
std::optional<QVariantMap> validate(const QJsonObject &body, bool create, qint64 enterpriseId,
                                    qint64 selfId, SandboxStore &store, HttpResponse *error);

} // namespace ClientRecord
