#include "statsentry.h"

#include "net/jsondecode.h"

#include <QJsonArray>

namespace {
// Reads an array of objects with decodeItem; stops at the first bad one.
template<typename T, typename Fn>
QList<T> readArray(JsonDecode &in, const QString &key, Fn decodeItem) {
    QList<T> list;
    const QJsonValue v = in.object().value(key);
    if (v.isUndefined() || v.isNull())
        return list;
    if (!v.isArray()) {
        in.fail(key, JsonDecode::tr("expected an array, got %1").arg(JsonDecode::describe(v)));
        return list;
    }
    const QJsonArray array = v.toArray();
    for (qsizetype i = 0; i < array.size() && in.ok(); ++i) {
        JsonDecode item(array.at(i), in.path(key) + QStringLiteral("[%1]").arg(i));
        T t = decodeItem(item);
        if (!item.ok()) {
            in.adopt(item);
            return list;
        }
        list.append(t);
    }
    return list;
}
} // namespace

std::optional<StatsEntry> StatsEntry::fromJson(const QJsonValue &value, QString *error) {
    JsonDecode in(value, QStringLiteral("stats"));
    StatsEntry s;
    // Present and null for the enterprise's own entry: absent is tolerated the same way.
    s.groupId = in.optionalId(QStringLiteral("group_id"));
    s.lastUpdated = in.optionalDateTime(QStringLiteral("last_updated"));
    s.totalRequests = in.requiredInteger(QStringLiteral("total_requests"));
    s.deltaRequests = in.requiredInteger(QStringLiteral("delta_requests"));
    s.totalPasses = in.requiredInteger(QStringLiteral("total_passes"));
    s.deltaPasses = in.requiredInteger(QStringLiteral("delta_passes"));
    s.totalClients = in.requiredInteger(QStringLiteral("total_clients"));
    s.deltaClients = in.requiredInteger(QStringLiteral("delta_clients"));
    s.percentageFemaleClients = in.optionalNumber(QStringLiteral("percentage_female_clients"));
    s.percentageMaleClients = in.optionalNumber(QStringLiteral("percentage_male_clients"));
    s.percentageUnknownClients = in.optionalNumber(QStringLiteral("percentage_unknown_clients"));
    s.averageConversationRating = in.optionalNumber(QStringLiteral("avergage_conversation_rating"));

    if (in.hasValue(QStringLiteral("nologin_clients"))) {
        JsonDecode nologin = in.nested(QStringLiteral("nologin_clients"));
        s.nologinTotal = nologin.optionalInteger(QStringLiteral("total"));
        s.nologinEmails = nologin.optionalStringList(QStringLiteral("emails"));
        in.adopt(nologin);
    }

    s.tags = readArray<TagShare>(in, QStringLiteral("tags"), [](JsonDecode &t) {
        TagShare share;
        share.tagName = t.requiredString(QStringLiteral("tag_name"));
        share.percent = t.optionalNumber(QStringLiteral("percent"));
        return share;
    });

    if (in.hasValue(QStringLiteral("total_orders"))) {
        JsonDecode orders = in.nested(QStringLiteral("total_orders"));
        s.totalOrders = orders.optionalInteger(QStringLiteral("total"));
        s.orderCategories =
            readArray<OrderCategory>(orders, QStringLiteral("categories"), [](JsonDecode &c) {
                OrderCategory category;
                category.categoryId = c.requiredId(QStringLiteral("category_id"));
                category.categoryName = c.optionalString(QStringLiteral("category_name"));
                category.percent = c.optionalNumber(QStringLiteral("percent"));
                return category;
            });
        in.adopt(orders);
    }

    if (!in.report(error))
        return std::nullopt;
    return s;
}

QJsonObject StatsEntry::toJson() const {
    QJsonArray tagList;
    for (const TagShare &t : tags)
        tagList.append(QJsonObject{{QStringLiteral("tag_name"), t.tagName},
                                   {QStringLiteral("percent"), t.percent}});
    QJsonArray categories;
    for (const OrderCategory &c : orderCategories)
        categories.append(QJsonObject{{QStringLiteral("category_id"), c.categoryId},
                                      {QStringLiteral("category_name"), c.categoryName},
                                      {QStringLiteral("percent"), c.percent}});
    return QJsonObject{
        {QStringLiteral("group_id"), groupId ? QJsonValue(*groupId) : QJsonValue()},
        {QStringLiteral("last_updated"), lastUpdated.isValid()
                                             ? QJsonValue(JsonDecode::formatDateTime(lastUpdated))
                                             : QJsonValue()},
        {QStringLiteral("total_requests"), totalRequests},
        {QStringLiteral("delta_requests"), deltaRequests},
        {QStringLiteral("total_passes"), totalPasses},
        {QStringLiteral("delta_passes"), deltaPasses},
        {QStringLiteral("total_clients"), totalClients},
        {QStringLiteral("delta_clients"), deltaClients},
        {QStringLiteral("percentage_female_clients"), percentageFemaleClients},
        {QStringLiteral("percentage_male_clients"), percentageMaleClients},
        {QStringLiteral("percentage_unknown_clients"), percentageUnknownClients},
        {QStringLiteral("nologin_clients"),
         QJsonObject{{QStringLiteral("total"), nologinTotal},
                     {QStringLiteral("emails"), QJsonArray::fromStringList(nologinEmails)}}},
        {QStringLiteral("tags"), tagList},
        {QStringLiteral("avergage_conversation_rating"), averageConversationRating},
        {QStringLiteral("total_orders"), QJsonObject{{QStringLiteral("total"), totalOrders},
                                                     {QStringLiteral("categories"), categories}}},
    };
}
