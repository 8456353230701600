#pragma once

#include "../httpresponse.h"

#include <QString>

class SandboxStore;

// Who owns a resource named by an id, and the contract's answer when it is not
// the caller: 403 where the resource exists, 404 where it does not.
namespace Tenancy {

enum class Owner { Missing, Other, Mine };

Owner ofClient(const SandboxStore &store, qint64 enterpriseId, qint64 clientId);
Owner ofConversation(const SandboxStore &store, qint64 enterpriseId, qint64 conversationId);
// For the tables that carry enterprise_id and an integer id (webhooks).
Owner ofRow(const SandboxStore &store, const QString &table, qint64 enterpriseId, qint64 id);

// 404 or 403 naming source; only meaningful when owner is not Mine.
HttpResponse refusal(Owner owner, const QString &source, const QString &what);

} // namespace Tenancy
