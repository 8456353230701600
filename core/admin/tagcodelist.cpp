#include "tagcodelist.h"

#include <QRegularExpression>

QStringList TagCodeList::parse(const QString &text) {
    static const QRegularExpression separators(QStringLiteral("[\\r\\n\\t,;]"));
    QStringList codes;
    const QStringList parts = text.split(separators, Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString code = part.trimmed();
        if (!code.isEmpty() && !codes.contains(code))
            codes.append(code);
    }
    return codes;
}
