#pragma once

#include "../httpresponse.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

// Small shared checks for request bodies, so every route words errors alike.
namespace RouteHelpers {

// A numeric id given as a JSON number or as a numeric string (the API shows both).
std::optional<qint64> idValue(const QJsonValue &v);
// Parses a path segment as a positive integer id.
std::optional<qint64> idFromString(const QString &s);

// True when the field is absent, null, or an empty / blank string.
bool isBlank(const QJsonObject &o, const QString &field);

// Collects field errors and turns them into one 400.
class Validation {
public:
    void blank(const QString &field) {
        add(QStringLiteral("cannot_be_blank"), field,
            QStringLiteral("%1 cannot be blank").arg(field));
    }
    void invalid(const QString &field, const QString &detail) {
        add(QStringLiteral("is_invalid"), field, detail);
    }
    void add(const QString &title, const QString &source, const QString &detail) {
        m_errors.append(FieldError{title, source, detail});
    }
    // Adds cannot_be_blank for every blank one of the fields.
    void requireAll(const QJsonObject &o, std::initializer_list<const char *> fields);
    bool ok() const { return m_errors.isEmpty(); }
    HttpResponse response(int status = 400) const { return HttpResponse::errors(status, m_errors); }

private:
    QList<FieldError> m_errors;
};

// 500 when the store fails (the store has logged the statement and the reason). The one
// answer for it, so that every route words it alike.
HttpResponse databaseError();

// 422 for a body that is not a JSON object.
inline HttpResponse notJson() {
    return HttpResponse::unprocessable(QStringLiteral("the request body is not a JSON object"));
}

} // namespace RouteHelpers
