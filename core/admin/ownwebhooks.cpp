#include "ownwebhooks.h"

OwnWebhooks::OwnWebhooks(QObject *parent)
    : QObject(parent) {}

QString OwnWebhooks::key(const QUrl &target) {
    QUrl u = target.adjusted(QUrl::NormalizePathSegments | QUrl::StripTrailingSlash
                             | QUrl::RemoveFragment);
    u.setScheme(u.scheme().toLower());
    u.setHost(u.host().toLower());
    if ((u.scheme() == QLatin1String("http") && u.port() == 80)
        || (u.scheme() == QLatin1String("https") && u.port() == 443))
        u.setPort(-1);
    return u.toString(QUrl::FullyEncoded);
}

void OwnWebhooks::declare(Kind kind, const QUrl &target, const QString &purpose) {
    const QString k = key(target);
    for (Entry &e : m_entries) {
        if (e.kind == kind && e.key == k) {
            if (e.purpose == purpose)
                return;
            e.purpose = purpose;
            Q_EMIT changed();
            return;
        }
    }
    m_entries.append({kind, k, purpose});
    Q_EMIT changed();
}

void OwnWebhooks::withdraw(Kind kind, const QUrl &target) {
    const QString k = key(target);
    if (m_entries.removeIf([&](const Entry &e) { return e.kind == kind && e.key == k; }) > 0)
        Q_EMIT changed();
}

bool OwnWebhooks::isOwn(Kind kind, const QUrl &target) const {
    return !purpose(kind, target).isEmpty();
}

QString OwnWebhooks::purpose(Kind kind, const QUrl &target) const {
    const QString k = key(target);
    for (const Entry &e : m_entries) {
        if (e.kind == kind && e.key == k)
            return e.purpose.isEmpty() ? tr("Used by this application") : e.purpose;
    }
    return {};
}
