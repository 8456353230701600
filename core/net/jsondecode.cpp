#include "jsondecode.h"

#include <cmath>

namespace {
// 2^53: beyond it a double no longer holds every integer, so an id there is suspect.
constexpr double kMaxExactDouble = 9007199254740992.0;

std::optional<qint64> wholeNumber(const QJsonValue &value) {
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (!std::isfinite(d) || std::trunc(d) != d || std::fabs(d) > kMaxExactDouble)
            return std::nullopt;
        return qint64(d);
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 n = value.toString().trimmed().toLongLong(&ok);
        if (ok)
            return n;
    }
    return std::nullopt;
}
} // namespace

QTimeZone JsonDecode::serverTimeZone() {
    static const QTimeZone paris = [] {
        QTimeZone zone(QByteArrayLiteral("Europe/Paris"));
        // Without tz data the dates are still usable as local time; off by the
        // machine's offset at worst, which beats refusing every answer.
        return zone.isValid() ? zone : QTimeZone::systemTimeZone();
    }();
    return paris;
}

std::optional<qint64> JsonDecode::id(const QJsonValue &value) {
    const std::optional<qint64> n = wholeNumber(value);
    if (!n || *n < 1)
        return std::nullopt;
    return n;
}

std::optional<qint64> JsonDecode::integer(const QJsonValue &value) {
    return wholeNumber(value);
}

std::optional<double> JsonDecode::number(const QJsonValue &value) {
    if (value.isDouble())
        return value.toDouble();
    if (value.isString()) {
        bool ok = false;
        const double d = value.toString().trimmed().toDouble(&ok);
        if (ok && std::isfinite(d))
            return d;
    }
    return std::nullopt;
}

std::optional<QString> JsonDecode::string(const QJsonValue &value) {
    if (!value.isString())
        return std::nullopt;
    return value.toString();
}

std::optional<bool> JsonDecode::boolean(const QJsonValue &value) {
    if (!value.isBool())
        return std::nullopt;
    return value.toBool();
}

std::optional<QDateTime> JsonDecode::dateTime(const QJsonValue &value) {
    if (value.isNull() || value.isUndefined())
        return QDateTime();
    if (!value.isString())
        return std::nullopt;
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return QDateTime();
    // Exactly "YYYY-MM-DD?HH:MM:SS": a looser parse would accept garbage silently.
    if (text.size() != 19 || (text.at(10) != QLatin1Char(' ') && text.at(10) != QLatin1Char('T')))
        return std::nullopt;
    const QDate date = QDate::fromString(text.left(10), Qt::ISODate);
    const QTime time = QTime::fromString(text.mid(11), Qt::ISODate);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, serverTimeZone());
}

QString JsonDecode::formatDateTime(const QDateTime &dateTime) {
    if (!dateTime.isValid())
        return {};
    return dateTime.toTimeZone(serverTimeZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString JsonDecode::describe(const QJsonValue &value) {
    switch (value.type()) {
    case QJsonValue::Undefined:
        return tr("nothing");
    case QJsonValue::Null:
        return tr("null");
    case QJsonValue::Bool:
        return tr("the boolean %1")
            .arg(value.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
    case QJsonValue::Double:
        return tr("the number %1").arg(value.toDouble());
    case QJsonValue::String: {
        QString text = value.toString();
        if (text.size() > 40)
            text = text.left(40) + QStringLiteral("…");
        return tr("the string \"%1\"").arg(text);
    }
    case QJsonValue::Array:
        return tr("an array");
    case QJsonValue::Object:
        return tr("an object");
    }
    return {};
}

JsonDecode::JsonDecode(const QJsonValue &value, const QString &what)
    : m_what(what) {
    if (value.isObject())
        m_object = value.toObject();
    else
        m_error = tr("%1: expected an object, got %2").arg(what, describe(value));
}

bool JsonDecode::report(QString *error) const {
    if (error && !m_error.isEmpty())
        *error = m_error;
    return ok();
}

bool JsonDecode::has(const QString &key) const {
    return m_object.contains(key);
}

QString JsonDecode::path(const QString &key) const {
    return m_what + QLatin1Char('.') + key;
}

void JsonDecode::fail(const QString &key, const QString &problem) {
    if (m_error.isEmpty())
        m_error = path(key) + QStringLiteral(": ") + problem;
}

void JsonDecode::adopt(const JsonDecode &inner) {
    if (m_error.isEmpty())
        m_error = inner.m_error;
}

JsonDecode JsonDecode::nested(const QString &key) const {
    return JsonDecode(m_object.value(key), path(key));
}

bool JsonDecode::isMissing(const QString &key) const {
    const QJsonValue v = m_object.value(key);
    return v.isUndefined() || v.isNull();
}

void JsonDecode::wrongType(const QString &key, const QString &expected) {
    fail(key, tr("expected %1, got %2").arg(expected, describe(m_object.value(key))));
}

void JsonDecode::missing(const QString &key) {
    fail(key, m_object.contains(key) ? tr("is null but required") : tr("is missing"));
}

qint64 JsonDecode::requiredId(const QString &key) {
    if (isMissing(key)) {
        missing(key);
        return 0;
    }
    const std::optional<qint64> v = id(m_object.value(key));
    if (!v)
        wrongType(key, tr("an id (a positive whole number or numeric string)"));
    return v.value_or(0);
}

qint64 JsonDecode::requiredInteger(const QString &key) {
    if (isMissing(key)) {
        missing(key);
        return 0;
    }
    const std::optional<qint64> v = integer(m_object.value(key));
    if (!v)
        wrongType(key, tr("a whole number"));
    return v.value_or(0);
}

double JsonDecode::requiredNumber(const QString &key) {
    if (isMissing(key)) {
        missing(key);
        return 0;
    }
    const std::optional<double> v = number(m_object.value(key));
    if (!v)
        wrongType(key, tr("a number"));
    return v.value_or(0);
}

QString JsonDecode::requiredString(const QString &key) {
    if (isMissing(key)) {
        missing(key);
        return {};
    }
    const std::optional<QString> v = string(m_object.value(key));
    if (!v)
        wrongType(key, tr("a string"));
    return v.value_or(QString());
}

bool JsonDecode::requiredBoolean(const QString &key) {
    if (isMissing(key)) {
        missing(key);
        return false;
    }
    const std::optional<bool> v = boolean(m_object.value(key));
    if (!v)
        wrongType(key, tr("a boolean"));
    return v.value_or(false);
}

QDateTime JsonDecode::requiredDateTime(const QString &key) {
    if (!m_object.contains(key)) {
        missing(key);
        return {};
    }
    return optionalDateTime(key);
}

std::optional<qint64> JsonDecode::optionalId(const QString &key) {
    if (isMissing(key))
        return std::nullopt;
    const std::optional<qint64> v = id(m_object.value(key));
    if (!v)
        wrongType(key, tr("an id (a positive whole number or numeric string)"));
    return v;
}

qint64 JsonDecode::optionalInteger(const QString &key, qint64 fallback) {
    if (isMissing(key))
        return fallback;
    const std::optional<qint64> v = integer(m_object.value(key));
    if (!v)
        wrongType(key, tr("a whole number"));
    return v.value_or(fallback);
}

double JsonDecode::optionalNumber(const QString &key, double fallback) {
    if (isMissing(key))
        return fallback;
    const std::optional<double> v = number(m_object.value(key));
    if (!v)
        wrongType(key, tr("a number"));
    return v.value_or(fallback);
}

QString JsonDecode::optionalString(const QString &key) {
    if (isMissing(key))
        return {};
    const std::optional<QString> v = string(m_object.value(key));
    if (!v)
        wrongType(key, tr("a string"));
    return v.value_or(QString());
}

bool JsonDecode::optionalBoolean(const QString &key, bool fallback) {
    if (isMissing(key))
        return fallback;
    const std::optional<bool> v = boolean(m_object.value(key));
    if (!v)
        wrongType(key, tr("a boolean"));
    return v.value_or(fallback);
}

QDateTime JsonDecode::optionalDateTime(const QString &key) {
    const std::optional<QDateTime> v = dateTime(m_object.value(key));
    if (!v)
        wrongType(key, tr("a date \"YYYY-MM-DD HH:MM:SS\" or null"));
    return v.value_or(QDateTime());
}

QUrl JsonDecode::optionalUrl(const QString &key) {
    const QString text = optionalString(key);
    if (text.isEmpty())
        return {};
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.isRelative()) {
        fail(key, tr("expected an absolute URL, got %1").arg(describe(m_object.value(key))));
        return {};
    }
    return url;
}

QStringList JsonDecode::optionalStringList(const QString &key) {
    if (isMissing(key))
        return {};
    const QJsonValue v = m_object.value(key);
    if (!v.isArray()) {
        wrongType(key, tr("an array of strings"));
        return {};
    }
    QStringList list;
    const QJsonArray array = v.toArray();
    for (const QJsonValue &item : array) {
        if (!item.isString()) {
            fail(key, tr("expected an array of strings, found %1").arg(describe(item)));
            return {};
        }
        list.append(item.toString());
    }
    return list;
}
