#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <QUrl>

#include <optional>

// Reads the API's JSON the way the contract says a client must: ids as numbers or
// numeric strings, dates as "YYYY-MM-DD HH:MM:SS" in Paris time or null, and any
// value of the wrong type as an error (never a crash, never a silent default for a
// field that is required).
//
// Two halves: static functions that convert one value (std::nullopt on a wrong
// type), and an instance that walks one object, remembers the first problem with
// the field's path ("client.client_id: ...") and hands out plain values, so that a
// value type's fromJson() reads like its field list and checks ok() once at the end.
class JsonDecode {
    Q_DECLARE_TR_FUNCTIONS(JsonDecode)
public:
    // The server's clock: every date of the API is Paris local time.
    static QTimeZone serverTimeZone();

    // A positive id: a JSON number with no fraction, or a string holding one.
    static std::optional<qint64> id(const QJsonValue &value);
    // Any whole number (counts, durations), as a number or a numeric string.
    static std::optional<qint64> integer(const QJsonValue &value);
    // A number, or a numeric string (PHP back ends stringify numbers now and then).
    static std::optional<double> number(const QJsonValue &value);
    // Strictly a JSON string.
    static std::optional<QString> string(const QJsonValue &value);
    // Strictly a JSON boolean: "true" as a string is a wrong type, not a yes.
    static std::optional<bool> boolean(const QJsonValue &value);
    // "YYYY-MM-DD HH:MM:SS" (a 'T' separator is accepted too) in Paris time; null,
    // an absent value and "" give an invalid QDateTime; anything else std::nullopt.
    static std::optional<QDateTime> dateTime(const QJsonValue &value);
    // The API's wire format of a date, in Paris time.
    static QString formatDateTime(const QDateTime &dateTime);
    // Short description of a value for error messages: its type and a clip of it.
    static QString describe(const QJsonValue &value);

    // A JSON array whose every item T::fromJson(item, &error) accepts; the first bad
    // item fails the whole list (a half-read list would silently hide rows).
    template<typename T>
    static std::optional<QList<T>> list(const QJsonValue &value, const QString &what,
                                        QString *error) {
        if (!value.isArray()) {
            if (error)
                *error = tr("%1: expected an array, got %2").arg(what, describe(value));
            return std::nullopt;
        }
        const QJsonArray array = value.toArray();
        QList<T> items;
        items.reserve(array.size());
        for (qsizetype i = 0; i < array.size(); ++i) {
            QString why;
            std::optional<T> item = T::fromJson(array.at(i), &why);
            if (!item) {
                if (error)
                    *error = QStringLiteral("%1[%2]: %3").arg(what).arg(i).arg(why);
                return std::nullopt;
            }
            items.append(std::move(*item));
        }
        return items;
    }

    // Walks one object; what names it in messages ("client", "stats[1]"...).
    JsonDecode(const QJsonValue &value, const QString &what);

    bool ok() const { return m_error.isEmpty(); }
    // The first problem met, with the path of the field.
    QString error() const { return m_error; }
    // Copies error() into *error when that is not null; returns ok().
    bool report(QString *error) const;
    const QJsonObject &object() const { return m_object; }
    bool has(const QString &key) const;
    // Present and not null.
    bool hasValue(const QString &key) const { return !isMissing(key); }

    // Required fields: absent, null or of the wrong type is an error.
    qint64 requiredId(const QString &key);
    qint64 requiredInteger(const QString &key);
    double requiredNumber(const QString &key);
    QString requiredString(const QString &key);
    bool requiredBoolean(const QString &key);
    // Present; null is allowed and gives an invalid date.
    QDateTime requiredDateTime(const QString &key);

    // Optional fields: absent or null gives the fallback; a wrong type is still an error.
    std::optional<qint64> optionalId(const QString &key);
    qint64 optionalInteger(const QString &key, qint64 fallback = 0);
    double optionalNumber(const QString &key, double fallback = 0);
    QString optionalString(const QString &key);
    bool optionalBoolean(const QString &key, bool fallback = false);
    QDateTime optionalDateTime(const QString &key);
    QUrl optionalUrl(const QString &key);
    QStringList optionalStringList(const QString &key);

    // Records a problem with one field (the first one wins).
    void fail(const QString &key, const QString &problem);
    // Takes over the problem of a nested object's decoder, path included.
    void adopt(const JsonDecode &inner);
    // Decoder of the nested object at key (for "total_orders" and the like).
    JsonDecode nested(const QString &key) const;
    // Path of a field for messages and for nested decoders ("stats[0].tags").
    QString path(const QString &key) const;

private:
    // Absent or null.
    bool isMissing(const QString &key) const;
    void wrongType(const QString &key, const QString &expected);
    void missing(const QString &key);

    QJsonObject m_object;
    QString m_what;
    QString m_error;
};
