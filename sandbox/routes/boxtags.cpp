#include "boxtags.h"

#include "../requestcontext.h"
#include "../sandboxcontext.h"
#include "../store/sandboxclock.h"
#include "routehelpers.h"

#include <QJsonArray>
#include <QSet>

#include <variant>

using namespace RouteHelpers;

namespace BoxTags {

namespace {
const QString kTags = QStringLiteral("tags");

HttpResponse success() {
    return HttpResponse::data(QJsonObject{{QStringLiteral("result"), QStringLiteral("success")}});
}

QString itemSource(qsizetype i, const QString &field = {}) {
    const QString item = QStringLiteral("tags[%1]").arg(i);
    return field.isEmpty() ? item : item + QLatin1Char('.') + field;
}

// A code may come as a string or, leniently, as an integer number.
std::optional<QString> codeText(const QJsonValue &v) {
    if (v.isString())
        return v.toString().trimmed();
    if (v.isDouble() && v.toDouble() == double(qint64(v.toDouble())))
        return QString::number(qint64(v.toDouble()));
    return std::nullopt;
}

using Items = QList<std::optional<QJsonObject>>;

// The items of {"tags":[...]} as objects, or the 422 / 400 answer. Field checks
// are left to the caller, which adds them to v.
std::variant<Items, HttpResponse> items(RequestContext &ctx, Validation &v) {
    const std::optional<QJsonObject> body = ctx.jsonObject();
    if (!body)
        return notJson();
    const QJsonValue tags = body->value(kTags);
    if (tags.isUndefined() || tags.isNull() || (tags.isArray() && tags.toArray().isEmpty()))
        return HttpResponse::badRequest(QStringLiteral("cannot_be_empty"), kTags,
                                        QStringLiteral("tags cannot be empty"));
    if (!tags.isArray())
        return HttpResponse::badRequest(QStringLiteral("is_invalid"), kTags,
                                        QStringLiteral("tags must be an array"));
    Items list;
    const QJsonArray array = tags.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        // A non-object gets one error, not one per missing field; nullopt keeps
        // the indexes matching the request.
        if (!array.at(i).isObject())
            v.invalid(itemSource(i), QStringLiteral("each tag must be an object"));
        list.append(array.at(i).isObject() ? std::optional(array.at(i).toObject()) : std::nullopt);
    }
    return list;
}

// The code of item i, checked for presence and type; nullopt after adding an error.
std::optional<QString> itemCode(const QJsonObject &item, qsizetype i, Validation &v) {
    const QString source = itemSource(i, QStringLiteral("code"));
    if (isBlank(item, QStringLiteral("code"))) {
        v.blank(source);
        return std::nullopt;
    }
    const std::optional<QString> code = codeText(item.value(QStringLiteral("code")));
    if (!code || code->isEmpty())
        v.invalid(source, QStringLiteral("code must be a string"));
    return code;
}

bool exists(SandboxContext &sb, qint64 enterpriseId, const QString &code) {
    return sb.store()
        .scalar(QStringLiteral("SELECT 1 FROM box_tags WHERE enterprise_id = ? AND code = ?"),
                {enterpriseId, code})
        .isValid();
}

// Delete and disconnect share their checks: every code given once and known.
std::variant<QStringList, HttpResponse> knownCodes(RequestContext &ctx, SandboxContext &sb) {
    Validation v;
    const auto parsed = items(ctx, v);
    if (const auto *r = std::get_if<HttpResponse>(&parsed))
        return *r;
    const Items &list = std::get<Items>(parsed);
    QStringList codes;
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!list.at(i))
            continue;
        const std::optional<QString> code = itemCode(*list.at(i), i, v);
        if (!code || code->isEmpty())
            continue;
        const QString source = itemSource(i, QStringLiteral("code"));
        if (codes.contains(*code))
            v.invalid(source, QStringLiteral("code %1 is listed twice in the batch").arg(*code));
        else if (!exists(sb, ctx.enterpriseId, *code))
            v.invalid(source, QStringLiteral("code %1 is not a tag of this enterprise").arg(*code));
        codes.append(*code);
    }
    if (!v.ok())
        return v.response();
    return codes;
}

HttpResponse applyToAll(RequestContext &ctx, SandboxContext &sb, const QString &sql) {
    const auto checked = knownCodes(ctx, sb);
    if (const auto *r = std::get_if<HttpResponse>(&checked))
        return *r;
    sb.store().transaction();
    for (const QString &code : std::get<QStringList>(checked)) {
        if (!sb.store().exec(sql, {ctx.enterpriseId, code})) {
            sb.store().rollback();
            return databaseError();
        }
    }
    return sb.store().commit() ? success() : databaseError();
}
} // namespace

HttpResponse create(RequestContext &ctx, SandboxContext &sb) {
    Validation v;
    const auto parsed = items(ctx, v);
    if (const auto *r = std::get_if<HttpResponse>(&parsed))
        return *r;
    const Items &list = std::get<Items>(parsed);
    QStringList codes;
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!list.at(i)) {
            codes.append(QString());
            continue;
        }
        const QJsonObject &item = *list.at(i);
        const std::optional<QString> code = itemCode(item, i, v);
        for (const QString &field :
             {QStringLiteral("description"), QStringLiteral("technologyType")}) {
            if (isBlank(item, field))
                v.blank(itemSource(i, field));
            else if (!item.value(field).isString())
                v.invalid(itemSource(i, field), QStringLiteral("%1 must be a string").arg(field));
        }
        if (!code || code->isEmpty()) {
            codes.append(QString());
            continue;
        }
        const QString source = itemSource(i, QStringLiteral("code"));
        if (codes.contains(*code))
            v.add(QStringLiteral("has_already_been_taken"), source,
                  QStringLiteral("code %1 is listed twice in the batch").arg(*code));
        else if (exists(sb, ctx.enterpriseId, *code))
            v.add(QStringLiteral("has_already_been_taken"), source,
                  QStringLiteral("code %1 is already a tag of this enterprise").arg(*code));
        codes.append(*code);
    }
    if (!v.ok())
        return v.response();

    const QString now = sb.clock().nowString();
    sb.store().transaction();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject &item = *list.at(i);
        if (!sb.store().exec(QStringLiteral("INSERT INTO box_tags (enterprise_id, code,"
                                            " description, technology_type, connected,"
                                            " created_at) VALUES (?, ?, ?, ?, 1, ?)"),
                             {ctx.enterpriseId, codes.at(i),
                              item.value(QStringLiteral("description")).toString(),
                              item.value(QStringLiteral("technologyType")).toString(), now})) {
            sb.store().rollback();
            return databaseError();
        }
    }
    return sb.store().commit() ? success() : databaseError();
}

HttpResponse remove(RequestContext &ctx, SandboxContext &sb) {
    return applyToAll(ctx, sb,
                      QStringLiteral("DELETE FROM box_tags WHERE enterprise_id = ? AND code = ?"));
}

HttpResponse disconnect(RequestContext &ctx, SandboxContext &sb) {
    // Disconnecting a tag already disconnected is harmless: a retried batch succeeds.
    return applyToAll(ctx, sb,
                      QStringLiteral("UPDATE box_tags SET connected = 0"
                                     " WHERE enterprise_id = ? AND code = ?"));
}

} // namespace BoxTags
