#include "boxlocationuid.h"

#include <QRegularExpression>

std::optional<QUuid> BoxLocationUid::parse(const QString &text, QString *error) {
    const auto fail = [error](const QString &why) -> std::optional<QUuid> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QString t = text.trimmed();
    if (t.isEmpty())
        return fail(tr("Enter the box location's UID."));
    // QUuid alone also takes 32 digits without dashes and a missing brace: the API
    // does not, so the form is checked here.
    static const QRegularExpression re(
        QStringLiteral("^(\\{)?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-"
                       "fA-F]{12}(\\})?$"));
    const QRegularExpressionMatch m = re.match(t);
    if (!m.hasMatch() || m.captured(1).isEmpty() != m.captured(2).isEmpty())
        return fail(tr("A box location UID is a UUID of 32 hexadecimal digits in groups of "
                       "8-4-4-4-12, such as 2f3cb5c8-7b95-468d-9bb1-715ba9c44d93."));
    const QUuid uid(t);
    if (uid.isNull())
        return fail(tr("The nil UUID (all zeros) names no box location."));
    return uid;
}

QString BoxLocationUid::text(const QUuid &uid) {
    return uid.toString(QUuid::WithoutBraces);
}
