#include "webhooktable.h"

#include "../requestcontext.h"
#include "../sandboxcontext.h"
#include "routehelpers.h"
#include "tenancy.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QUrl>

using namespace RouteHelpers;

bool WebhookTable::isValidTarget(const QString &target) {
    const QUrl url(target.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
           && !url.host().isEmpty();
}

HttpResponse WebhookTable::create(RequestContext &ctx) const {
    const std::optional<QJsonObject> body = ctx.jsonObject();
    if (!body)
        return notJson();
    const QString source = QStringLiteral("target");
    if (isBlank(*body, source))
        return HttpResponse::badRequest(QStringLiteral("cannot_be_blank"), source,
                                        QStringLiteral("target cannot be blank"));
    const QJsonValue value = body->value(source);
    if (!value.isString() || !isValidTarget(value.toString()))
        return HttpResponse::badRequest(QStringLiteral("is_invalid"), source,
                                        QStringLiteral("target must be an absolute http or https"
                                                       " URL"));
    const QString url = value.toString().trimmed();
    // The same URL twice would receive every notification twice.
    const QVariant taken = m_sandbox.store().scalar(
        QStringLiteral("SELECT id FROM %1 WHERE enterprise_id = ? AND url = ?").arg(m_table),
        {ctx.enterpriseId, url});
    if (taken.isValid())
        return HttpResponse::badRequest(QStringLiteral("has_already_been_taken"), source,
                                        QStringLiteral("a webhook with this target already"
                                                       " exists (id %1)")
                                            .arg(taken.toLongLong()));
    const std::optional<qint64> id = m_sandbox.store().insert(
        QStringLiteral("INSERT INTO %1 (enterprise_id, url) VALUES (?, ?)").arg(m_table),
        {ctx.enterpriseId, url});
    if (!id)
        return databaseError();
    return HttpResponse::json(
        QJsonObject{{QStringLiteral("id"), QString::number(*id)}, {QStringLiteral("url"), url}});
}

QJsonArray WebhookTable::list(qint64 enterpriseId) const {
    QSqlQuery q;
    m_sandbox.store().exec(
        QStringLiteral("SELECT id, url FROM %1 WHERE enterprise_id = ? ORDER BY id").arg(m_table),
        {enterpriseId}, &q);
    QJsonArray list;
    while (q.next()) {
        list.append(QJsonObject{{QStringLiteral("id"), QString::number(q.value(0).toLongLong())},
                                {QStringLiteral("url"), q.value(1).toString()},
                                {QStringLiteral("enterprise"), QString::number(enterpriseId)}});
    }
    return list;
}

HttpResponse WebhookTable::remove(RequestContext &ctx) const {
    const QString source = QStringLiteral("id_webhook");
    const std::optional<qint64> id = idFromString(ctx.param(QStringLiteral("id")));
    if (!id)
        return HttpResponse::notFound(source, QStringLiteral("the webhook does not exist"));
    const Tenancy::Owner owner = Tenancy::ofRow(m_sandbox.store(), m_table, ctx.enterpriseId, *id);
    if (owner != Tenancy::Owner::Mine)
        return Tenancy::refusal(owner, source, QStringLiteral("the webhook"));
    m_sandbox.store().exec(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(m_table), {*id});
    return HttpResponse::json(QJsonObject{{QStringLiteral("id"), QString::number(*id)}});
}

QStringList WebhookTable::urls(qint64 enterpriseId) const {
    QSqlQuery q;
    m_sandbox.store().exec(
        QStringLiteral("SELECT url FROM %1 WHERE enterprise_id = ? ORDER BY id").arg(m_table),
        {enterpriseId}, &q);
    QStringList urls;
    while (q.next())
        urls.append(q.value(0).toString());
    return urls;
}
