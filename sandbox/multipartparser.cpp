#include "multipartparser.h"

#include <QUrl>

namespace {
// A body with more parts than this is not an upload form; stop early.
constexpr qsizetype kMaxParts = 64;
// RFC 2046: a boundary is 1 to 70 characters.
constexpr qsizetype kMaxBoundary = 70;

bool isLineStart(const QByteArray &body, qsizetype pos) {
    return pos == 0 || body.at(pos - 1) == '\n';
}

// A delimiter is only one when its line ends there (after optional padding) or
// it is the close delimiter; "--boundaryX" inside the content is data.
bool endsDelimiter(const QByteArray &body, qsizetype after) {
    if (body.mid(after, 2) == "--")
        return true;
    while (after < body.size() && (body.at(after) == ' ' || body.at(after) == '\t'))
        ++after;
    return after >= body.size() || body.at(after) == '\n'
           || (body.at(after) == '\r' && (after + 1 >= body.size() || body.at(after + 1) == '\n'));
}

// The next "\n--boundary" that is a real delimiter, from from; -1 if none.
qsizetype nextDelimiter(const QByteArray &body, const QByteArray &lineDelimiter, qsizetype from) {
    qsizetype at = body.indexOf(lineDelimiter, from);
    while (at >= 0 && !endsDelimiter(body, at + lineDelimiter.size()))
        at = body.indexOf(lineDelimiter, at + 1);
    return at;
}

// RFC 5987 ext-value: charset'language'percent-encoded.
QString decodeExtValue(const QByteArray &v) {
    const qsizetype first = v.indexOf('\'');
    const qsizetype second = first < 0 ? -1 : v.indexOf('\'', first + 1);
    if (second < 0)
        return {};
    const QByteArray charset = v.left(first).toLower();
    const QByteArray bytes = QByteArray::fromPercentEncoding(v.mid(second + 1));
    if (charset == "iso-8859-1")
        return QString::fromLatin1(bytes);
    return QString::fromUtf8(bytes);
}
} // namespace

QByteArray MultipartParser::headerParams(const QByteArray &value,
                                         QHash<QByteArray, QByteArray> *params) {
    // Split on ';' outside quoted strings.
    QList<QByteArray> pieces;
    QByteArray cur;
    bool quoted = false;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char c = value.at(i);
        if (quoted && c == '\\' && i + 1 < value.size()) {
            cur += c;
            cur += value.at(++i);
            continue;
        }
        if (c == '"')
            quoted = !quoted;
        if (c == ';' && !quoted) {
            pieces.append(cur);
            cur.clear();
            continue;
        }
        cur += c;
    }
    pieces.append(cur);
    const QByteArray main = pieces.takeFirst().trimmed().toLower();
    if (!params)
        return main;
    for (const QByteArray &piece : std::as_const(pieces)) {
        const qsizetype eq = piece.indexOf('=');
        if (eq <= 0)
            continue;
        const QByteArray name = piece.left(eq).trimmed().toLower();
        QByteArray v = piece.mid(eq + 1).trimmed();
        if (v.size() >= 2 && v.startsWith('"') && v.endsWith('"')) {
            QByteArray unescaped;
            for (qsizetype i = 1; i < v.size() - 1; ++i) {
                if (v.at(i) == '\\' && i + 1 < v.size() - 1)
                    ++i;
                unescaped += v.at(i);
            }
            v = unescaped;
        }
        if (!params->contains(name))
            params->insert(name, v);
    }
    return main;
}

QByteArray MultipartParser::boundaryOf(const QByteArray &contentType) {
    QHash<QByteArray, QByteArray> params;
    const QByteArray type = headerParams(contentType, &params);
    if (!type.startsWith("multipart/"))
        return {};
    const QByteArray b = params.value("boundary");
    if (b.isEmpty() || b.size() > kMaxBoundary)
        return {};
    return b;
}

const MultipartParser::Part *MultipartParser::part(const QByteArray &name) const {
    for (const Part &p : m_parts) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

bool MultipartParser::fail(const QString &why) {
    m_parts.clear();
    m_error = why;
    return false;
}

bool MultipartParser::parse(const QByteArray &contentType, const QByteArray &body) {
    m_parts.clear();
    m_error.clear();
    const QByteArray boundary = boundaryOf(contentType);
    if (boundary.isEmpty())
        return fail(QStringLiteral("Content-Type is not multipart/form-data with a boundary"));
    const QByteArray delimiter = QByteArray("--") + boundary;
    const QByteArray lineDelimiter = QByteArray("\n") + delimiter;

    // The first delimiter may follow a preamble, but always starts a line.
    qsizetype pos = body.indexOf(delimiter);
    while (pos >= 0 && !isLineStart(body, pos))
        pos = body.indexOf(delimiter, pos + 1);
    if (pos < 0)
        return fail(QStringLiteral("no boundary delimiter in the body"));

    for (;;) {
        qsizetype after = pos + delimiter.size();
        if (body.mid(after, 2) == "--")
            return true; // close delimiter; what follows is the epilogue
        // Transport padding, then the line break that ends the delimiter line.
        while (after < body.size() && (body.at(after) == ' ' || body.at(after) == '\t'))
            ++after;
        if (after >= body.size())
            return !m_parts.isEmpty() ? true : fail(QStringLiteral("the body has no parts"));
        if (body.at(after) == '\r')
            ++after;
        if (after >= body.size() || body.at(after) != '\n')
            return fail(QStringLiteral("malformed boundary line"));
        const qsizetype partStart = after + 1;
        const qsizetype next = nextDelimiter(body, lineDelimiter, partStart - 1);
        if (next < 0)
            return fail(QStringLiteral("a part is not terminated by a boundary"));
        qsizetype partEnd = next;
        if (partEnd > partStart && body.at(partEnd - 1) == '\r')
            --partEnd;
        if (partEnd < partStart)
            partEnd = partStart;
        if (!parsePart(body.mid(partStart, partEnd - partStart)))
            return false;
        if (m_parts.size() > kMaxParts)
            return fail(QStringLiteral("too many parts"));
        pos = next + 1;
    }
}

bool MultipartParser::parsePart(const QByteArray &raw) {
    // Headers end at the first empty line; a part may have none at all.
    qsizetype headerEnd = -1;
    qsizetype dataStart = -1;
    if (raw.startsWith("\r\n")) {
        headerEnd = 0;
        dataStart = 2;
    } else if (raw.startsWith('\n')) {
        headerEnd = 0;
        dataStart = 1;
    } else {
        const qsizetype crlf = raw.indexOf("\r\n\r\n");
        const qsizetype lf = raw.indexOf("\n\n");
        if (crlf >= 0 && (lf < 0 || crlf < lf)) {
            headerEnd = crlf;
            dataStart = crlf + 4;
        } else if (lf >= 0) {
            headerEnd = lf;
            dataStart = lf + 2;
        }
    }
    if (headerEnd < 0)
        return fail(QStringLiteral("a part has no header/body separator"));

    Part part;
    const QList<QByteArray> lines = raw.left(headerEnd).split('\n');
    for (QByteArray line : lines) {
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return fail(QStringLiteral("malformed part header"));
        part.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    part.data = raw.mid(dataStart);

    QHash<QByteArray, QByteArray> disposition;
    headerParams(part.headers.value("content-disposition"), &disposition);
    part.name = disposition.value("name");
    if (disposition.contains("filename*"))
        part.fileName = decodeExtValue(disposition.value("filename*"));
    if (part.fileName.isEmpty() && disposition.contains("filename"))
        part.fileName = QString::fromUtf8(disposition.value("filename"));
    part.contentType = headerParams(part.headers.value("content-type"), nullptr);
    m_parts.append(part);
    return true;
}
