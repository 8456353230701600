#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

// Parses a multipart/form-data body (RFC 7578) held in memory. Tolerant of what
// real clients send (quoted or bare boundary, LF instead of CRLF, filename*),
// and never trusts the body: garbage makes parse() return false, not crash.
class MultipartParser {
public:
    struct Part {
        QByteArray name;        // the form field, from Content-Disposition
        QString fileName;       // filename*= wins over filename=; empty for a plain field
        QByteArray contentType; // as sent, lower case, without parameters; may be empty
        QByteArray data;
        QHash<QByteArray, QByteArray> headers; // names in lower case
    };

    // contentType is the request's Content-Type header value.
    bool parse(const QByteArray &contentType, const QByteArray &body);
    QString errorString() const { return m_error; }
    const QList<Part> &parts() const { return m_parts; }
    // The first part of that field name, or nullptr.
    const Part *part(const QByteArray &name) const;

    // Exposed for tests: the boundary parameter of a Content-Type, unquoted.
    static QByteArray boundaryOf(const QByteArray &contentType);
    // "form-data; name=\"a;b\"; filename*=UTF-8''x" -> main value and parameters
    // (names in lower case, values unquoted and unescaped).
    static QByteArray headerParams(const QByteArray &value, QHash<QByteArray, QByteArray> *params);

private:
    bool fail(const QString &why);
    bool parsePart(const QByteArray &raw);
    QList<Part> m_parts;
    QString m_error;
};
