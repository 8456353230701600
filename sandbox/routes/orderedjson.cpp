#include "orderedjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace OrderedJson {

namespace {
QByteArray scalar(const QJsonValue &v) {
    // QJsonDocument only writes arrays and objects: write [v] and strip the brackets.
    const QByteArray wrapped = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

void writeTo(QByteArray &out, const QJsonValue &v, const QStringList &order) {
    if (v.isArray()) {
        out += '[';
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (i)
                out += ',';
            writeTo(out, a.at(i), order);
        }
        out += ']';
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        QStringList keys = o.keys(); // sorted
        std::stable_sort(keys.begin(), keys.end(), [&order](const QString &a, const QString &b) {
            const qsizetype ia = order.indexOf(a);
            const qsizetype ib = order.indexOf(b);
            return (ia < 0 ? order.size() : ia) < (ib < 0 ? order.size() : ib);
        });
        out += '{';
        bool first = true;
        for (const QString &k : keys) {
            if (!first)
                out += ',';
            first = false;
            out += scalar(QJsonValue(k));
            out += ':';
            writeTo(out, o.value(k), order);
        }
        out += '}';
    } else {
        out += scalar(v);
    }
}
} // namespace

QByteArray write(const QJsonValue &value, const QStringList &keyOrder) {
    QByteArray out;
    writeTo(out, value, keyOrder);
    return out;
}

HttpResponse data(const QJsonValue &value, const QStringList &keyOrder, int status) {
    QByteArray body = QByteArrayLiteral("{\"data\":");
    body += write(value, keyOrder);
    body += '}';
    return HttpResponse::raw(status, QByteArrayLiteral("application/json;charset=utf-8"), body);
}

} // namespace OrderedJson
