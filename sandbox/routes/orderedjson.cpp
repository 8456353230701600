#include "orderedjson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace OrderedJson {

namespace {
// Written by hand rather than through QJsonDocument (which only takes arrays and
// objects and would need a document per value): this runs for every field of
// every client answer.
void writeString(QByteArray &out, const QString &s) {
    static const char hex[] = "0123456789abcdef";
    const QByteArray utf8 = s.toUtf8();
    out += '"';
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (u < 0x20) {
                out += "\\u00";
                out += hex[u >> 4];
                out += hex[u & 0xf];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

void writeNumber(QByteArray &out, double d) {
    // As QJsonDocument writes them: a whole value without a fraction, else the
    // shortest form that reads back the same; NaN and infinities are not JSON.
    if (!std::isfinite(d)) {
        out += "null";
    } else if (d == std::trunc(d) && std::abs(d) <= 9007199254740992.0) {
        out += QByteArray::number(qint64(d));
    } else {
        out += QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
    }
}

void writeTo(QByteArray &out, const QJsonValue &v, const QStringList &order) {
    switch (v.type()) {
    case QJsonValue::Array: {
        out += '[';
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (i)
                out += ',';
            writeTo(out, a.at(i), order);
        }
        out += ']';
        break;
    }
    case QJsonValue::Object: {
        const QJsonObject o = v.toObject();
        out += '{';
        bool first = true;
        const auto field = [&](const QString &k, const QJsonValue &value) {
            if (!first)
                out += ',';
            first = false;
            writeString(out, k);
            out += ':';
            writeTo(out, value, order);
        };
        // The keys named in order first, in that order, then the others sorted (the
        // object iterates its keys sorted).
        for (const QString &k : order) {
            const auto it = o.constFind(k);
            if (it != o.constEnd())
                field(k, it.value());
        }
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            if (!order.contains(it.key()))
                field(it.key(), it.value());
        }
        out += '}';
        break;
    }
    case QJsonValue::String:
        writeString(out, v.toString());
        break;
    case QJsonValue::Double:
        writeNumber(out, v.toDouble());
        break;
    case QJsonValue::Bool:
        out += v.toBool() ? "true" : "false";
        break;
    default: // null, undefined
        out += "null";
        break;
    }
}
} // namespace

QByteArray write(const QJsonValue &value, const QStringList &keyOrder) {
    QByteArray out;
    out.reserve(1024);
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
