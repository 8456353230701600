#include "routehelpers.h"

namespace RouteHelpers {

std::optional<qint64> idValue(const QJsonValue &v) {
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d >= 1 && d == double(qint64(d)))
            return qint64(d);
        return std::nullopt;
    }
    if (v.isString())
        return idFromString(v.toString());
    return std::nullopt;
}

std::optional<qint64> idFromString(const QString &s) {
    bool ok = false;
    const qint64 id = s.trimmed().toLongLong(&ok);
    if (!ok || id < 1)
        return std::nullopt;
    return id;
}

HttpResponse databaseError() {
    return HttpResponse::error(500, QStringLiteral("is_invalid"), QStringLiteral("server"),
                               QStringLiteral("database error"));
}

bool isBlank(const QJsonObject &o, const QString &field) {
    const QJsonValue v = o.value(field);
    if (v.isUndefined() || v.isNull())
        return true;
    if (v.isString())
        return v.toString().trimmed().isEmpty();
    return false;
}

void Validation::requireAll(const QJsonObject &o, std::initializer_list<const char *> fields) {
    for (const char *f : fields) {
        const QString name = QString::fromLatin1(f);
        if (isBlank(o, name))
            blank(name);
    }
}

} // namespace RouteHelpers
