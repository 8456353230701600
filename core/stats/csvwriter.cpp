#include "csvwriter.h"

#include <QDateTime>
#include <QLocale>

CsvWriter::CsvWriter(Options options)
    : m_options(options) {}

bool CsvWriter::looksLikeFormula(const QString &text) {
    if (text.isEmpty())
        return false;
    switch (text.at(0).unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return true;
    default:
        return false;
    }
}

QString CsvWriter::textCell(const QString &text, QChar separator) {
    const bool formula = looksLikeFormula(text);
    QString out = formula ? QLatin1Char('\'') + text : text;
    const bool quote = formula || out.contains(separator) || out.contains(QLatin1Char('"'))
                       || out.contains(QLatin1Char('\n')) || out.contains(QLatin1Char('\r'));
    if (!quote)
        return out;
    out.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QString CsvWriter::numberCell(const QVariant &number, bool decimalComma) {
    switch (number.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float: {
        // The shortest text that reads back as the same double: 82.61, not 82.6099999.
        QString text = QString::number(number.toDouble(), 'f', QLocale::FloatingPointShortest);
        if (decimalComma)
            text.replace(QLatin1Char('.'), QLatin1Char(','));
        return text;
    }
    default:
        return QString::number(number.toLongLong());
    }
}

QString CsvWriter::cell(const QVariant &value) const {
    if (value.isNull())
        return {};
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Double:
    case QMetaType::Float:
        return numberCell(value, m_options.decimalComma);
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime: {
        const QDateTime dt = value.toDateTime();
        return dt.isValid() ? dt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
    }
    default:
        return textCell(value.toString(), m_options.separator);
    }
}

void CsvWriter::addRow(const QVariantList &cells) {
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            m_text += m_options.separator;
        m_text += cell(cells.at(i));
    }
    m_text += QLatin1String("\r\n");
    ++m_rows;
}

QByteArray CsvWriter::bytes() const {
    QByteArray out;
    if (m_options.byteOrderMark)
        out = QByteArrayLiteral("\xEF\xBB\xBF");
    return out + m_text.toUtf8();
}
