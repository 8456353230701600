#include "csvreader.h"

#include <QStringDecoder>

namespace {
// Windows-1252 differs from Latin-1 only in 0x80-0x9F (euro sign, curly quotes, oe...).
const char16_t kCp1252High[32] = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
};
} // namespace

QString CsvReader::decode(const QByteArray &bytes, bool *wasUtf8) {
    QByteArrayView view(bytes);
    if (view.startsWith("\xEF\xBB\xBF"))
        view = view.sliced(3);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(view);
    if (!utf8.hasError()) {
        if (wasUtf8)
            *wasUtf8 = true;
        return text;
    }
    if (wasUtf8)
        *wasUtf8 = false;
    text.clear();
    text.reserve(view.size());
    for (const char ch : view) {
        const auto b = static_cast<unsigned char>(ch);
        text.append(b >= 0x80 && b < 0xA0 ? QChar(kCp1252High[b - 0x80]) : QChar(char16_t(b)));
    }
    return text;
}

QChar CsvReader::detectSeparator(const QString &text) {
    int commas = 0;
    int semicolons = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted; // a doubled quote toggles twice: no harm
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!quoted && c == QLatin1Char(','))
            ++commas;
        else if (!quoted && c == QLatin1Char(';'))
            ++semicolons;
    }
    return semicolons > commas ? QLatin1Char(';') : QLatin1Char(',');
}

CsvReader::Result CsvReader::parse(const QByteArray &bytes, QChar separator) {
    bool utf8 = true;
    Result r = parseText(decode(bytes, &utf8), separator);
    r.wasUtf8 = utf8;
    return r;
}

CsvReader::Result CsvReader::parseText(const QString &text, QChar separator) {
    Result r;
    r.separator = separator.isNull() ? detectSeparator(text) : separator;
    const QChar sep = r.separator;
    const QChar quote = QLatin1Char('"');

    QStringList row;
    QString field;
    bool inQuotes = false;
    bool rowHasContent = false;
    const auto endRow = [&] {
        row.append(field);
        field.clear();
        // A line with nothing on it (often the last one) is not a row.
        if (rowHasContent || row.size() > 1)
            r.rows.append(row);
        row.clear();
        rowHasContent = false;
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == quote) {
                if (i + 1 < n && text.at(i + 1) == quote) {
                    field.append(quote);
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                field.append(c);
            }
            continue;
        }
        if (c == quote) {
            inQuotes = true;
            rowHasContent = true;
        } else if (c == sep) {
            row.append(field);
            field.clear();
            rowHasContent = true;
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRow();
        } else if (c == QLatin1Char('\n')) {
            endRow();
        } else {
            field.append(c);
            rowHasContent = true;
        }
    }
    r.unterminatedQuote = inQuotes;
    if (rowHasContent || !field.isEmpty() || !row.isEmpty())
        endRow();
    return r;
}

QString CsvReader::escapeField(const QString &field, QChar separator) {
    const bool needsQuotes = field.contains(separator) || field.contains(QLatin1Char('"'))
                             || field.contains(QLatin1Char('\n'))
                             || field.contains(QLatin1Char('\r'));
    if (!needsQuotes)
        return field;
    QString f = field;
    f.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QLatin1Char('"') + f + QLatin1Char('"');
}

QString CsvReader::formatRow(const QStringList &fields, QChar separator) {
    QStringList out;
    out.reserve(fields.size());
    for (const QString &f : fields)
        out.append(escapeField(f, separator));
    return out.join(separator);
}
