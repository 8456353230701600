#include "clientchoice.h"

#include "storage/localstore.h"

#include <QRegularExpression>

QString ClientChoice::text(const StoredClient &c) {
    const QString name = QString(c.firstName + QLatin1Char(' ') + c.lastName).trimmed();
    const QString line =
        name.isEmpty() ? c.email : QString(name + QStringLiteral(" <") + c.email + u'>');
    return line + QStringLiteral(" #") + QString::number(c.clientId);
}

QStringList ClientChoice::choices(const LocalStore *store, const QString &filter, int limit) {
    QStringList out;
    if (!store || !store->isOpen())
        return out;
    const QList<StoredClient> clients = store->allClients(filter.trimmed());
    for (const StoredClient &c : clients) {
        // The directory may hold placeholder ids (negative) for clients known by email only.
        if (c.clientId <= 0)
            continue;
        out.append(text(c));
        if (out.size() >= limit)
            break;
    }
    return out;
}

std::optional<qint64> ClientChoice::idFrom(const QString &text) {
    // A bare number ("12399", "#12399"), or a line ending in " #12399": "Lovelace 2" is
    // not client 2.
    static const QRegularExpression bare(QStringLiteral("^#?(\\d{1,18})$"));
    static const QRegularExpression tagged(QStringLiteral("\\s#(\\d{1,18})$"));
    const QString t = text.trimmed();
    QRegularExpressionMatch m = bare.match(t);
    if (!m.hasMatch())
        m = tagged.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    const qint64 id = m.captured(1).toLongLong();
    if (id <= 0)
        return std::nullopt;
    return id;
}

QString ClientChoice::labelFrom(const QString &text) {
    static const QRegularExpression id(QStringLiteral("\\s*#\\d+$"));
    static const QRegularExpression bare(QStringLiteral("^#?\\d+$"));
    QString label = text.trimmed();
    if (bare.match(label).hasMatch())
        return {};
    label.remove(id);
    return label.trimmed();
}
