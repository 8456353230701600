#include "boxtagimport.h"

#include "clients/csvreader.h"

#include <QHash>

namespace {
// Lower case, without spaces, dashes or underscores.
QString squeezed(const QString &name) {
    QString out;
    for (const QChar c : name.trimmed().toLower()) {
        if (!c.isSpace() && c != QLatin1Char('_') && c != QLatin1Char('-'))
            out.append(c);
    }
    return out;
}

int fieldOf(const QString &name) {
    static const QHash<QString, int> names = {
        {QStringLiteral("code"), BoxTagImport::Code},
        {QStringLiteral("codes"), BoxTagImport::Code},
        {QStringLiteral("tag"), BoxTagImport::Code},
        {QStringLiteral("tagcode"), BoxTagImport::Code},
        {QStringLiteral("codebadge"), BoxTagImport::Code},
        {QStringLiteral("description"), BoxTagImport::Description},
        {QStringLiteral("libellé"), BoxTagImport::Description},
        {QStringLiteral("libelle"), BoxTagImport::Description},
        {QStringLiteral("technologytype"), BoxTagImport::TechnologyType},
        {QStringLiteral("technology"), BoxTagImport::TechnologyType},
        {QStringLiteral("technologie"), BoxTagImport::TechnologyType},
        {QStringLiteral("typedetechnologie"), BoxTagImport::TechnologyType},
        {QStringLiteral("type"), BoxTagImport::TechnologyType},
    };
    return names.value(squeezed(name), -1);
}

bool isBlank(const QStringList &row) {
    return std::all_of(row.cbegin(), row.cend(),
                       [](const QString &cell) { return cell.trimmed().isEmpty(); });
}
} // namespace

QList<int> BoxTagImport::headerFields(const QStringList &row) {
    QList<int> fields;
    int known = 0;
    int unknown = 0;
    for (const QString &cell : row) {
        const int field = cell.trimmed().isEmpty() ? -1 : fieldOf(cell);
        if (field >= 0 && fields.contains(field))
            return {}; // a column named twice: data, not a header
        if (field >= 0)
            ++known;
        else if (!cell.trimmed().isEmpty())
            ++unknown;
        fields.append(field);
    }
    // Every cell a column name, or at least two of them beside columns of other uses
    // ("Notes"): a data line seldom holds two of these words.
    return known > 0 && (unknown == 0 || known >= 2) ? fields : QList<int>();
}

BoxTagImport::Result BoxTagImport::finish(QList<QStringList> rows, bool unterminatedQuote) {
    Result r;
    if (unterminatedQuote) {
        r.error = tr("A quoted cell is never closed (a \" is missing): nothing was added.");
        return r;
    }
    rows.removeIf(isBlank);
    if (!rows.isEmpty()) {
        const QList<int> fields = headerFields(rows.first());
        if (!fields.isEmpty()) {
            r.fields = fields;
            rows.removeFirst();
        }
    }
    if (rows.isEmpty()) {
        r.error = tr("There is no tag to add: no line with a code.");
        return r;
    }
    r.rows = rows;
    return r;
}

BoxTagImport::Result BoxTagImport::fromClipboard(const QString &text) {
    const CsvReader::Result parsed = CsvReader::parseText(text, QLatin1Char('\t'));
    return finish(parsed.rows, parsed.unterminatedQuote);
}

BoxTagImport::Result BoxTagImport::fromCsv(const QByteArray &bytes) {
    // A spreadsheet's "text (tab separated)" export: tabs and neither ; nor , on the
    // first line.
    const QString text = CsvReader::decode(bytes);
    const QString first = text.section(QLatin1Char('\n'), 0, 0);
    QChar separator;
    if (first.contains(QLatin1Char('\t')) && !first.contains(QLatin1Char(';'))
        && !first.contains(QLatin1Char(',')))
        separator = QLatin1Char('\t');
    const CsvReader::Result parsed = CsvReader::parseText(text, separator);
    return finish(parsed.rows, parsed.unterminatedQuote);
}
