#include "tenancy.h"

#include "../store/sandboxstore.h"

namespace Tenancy {

namespace {
Owner ownerFrom(const QVariant &enterprise, qint64 enterpriseId) {
    if (!enterprise.isValid() || enterprise.isNull())
        return Owner::Missing;
    return enterprise.toLongLong() == enterpriseId ? Owner::Mine : Owner::Other;
}
} // namespace

Owner ofClient(const SandboxStore &store, qint64 enterpriseId, qint64 clientId) {
    return ownerFrom(
        store.scalar(QStringLiteral("SELECT enterprise_id FROM clients WHERE id = ?"), {clientId}),
        enterpriseId);
}

Owner ofConversation(const SandboxStore &store, qint64 enterpriseId, qint64 conversationId) {
    return ownerFrom(store.scalar(QStringLiteral("SELECT enterprise_id FROM conversations"
                                                 " WHERE id = ?"),
                                  {conversationId}),
                     enterpriseId);
}

Owner ofRow(const SandboxStore &store, const QString &table, qint64 enterpriseId, qint64 id) {
    // table is one of our own constants, never request text.
    return ownerFrom(
        store.scalar(QStringLiteral("SELECT enterprise_id FROM %1 WHERE id = ?").arg(table), {id}),
        enterpriseId);
}

HttpResponse refusal(Owner owner, const QString &source, const QString &what) {
    if (owner == Owner::Other)
        return HttpResponse::forbidden(
            source, QStringLiteral("%1 belongs to another enterprise").arg(what));
    return HttpResponse::notFound(source, QStringLiteral("%1 does not exist").arg(what));
}

} // namespace Tenancy
