#include "webhooktarget.h"

#include <QHostAddress>

bool WebhookTarget::isLocalHost(const QString &host) {
    const QString h = host.toLower();
    if (h == QLatin1String("localhost") || h.endsWith(QLatin1String(".localhost"))
        || h.endsWith(QLatin1String(".local")))
        return true;
    QHostAddress address;
    if (!address.setAddress(h))
        return false;
    // RFC 1918 (QHostAddress::isPrivateUse() is Qt 6.6).
    for (const char *subnet : {"10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"}) {
        if (address.isInSubnet(QHostAddress::parseSubnet(QLatin1String(subnet))))
            return true;
    }
    return address.isLoopback() || address.isLinkLocal() || address.isUniqueLocalUnicast();
}

WebhookTarget::Check WebhookTarget::check(const QString &text) {
    Check c;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        c.error = tr("Enter the address the server should call.");
        return c;
    }
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid()) {
        c.error = tr("This is not a valid address: %1").arg(url.errorString());
        return c;
    }
    const QString scheme = url.scheme().toLower();
    if (url.isRelative() || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        c.error = tr("The address must be absolute and start with https:// (or http://).");
        return c;
    }
    if (url.host().isEmpty()) {
        c.error = tr("The address has no host name.");
        return c;
    }
    if (!url.userName().isEmpty() || !url.password().isEmpty()) {
        c.error = tr("The address must not contain a user name or password: anyone with the "
                     "API key could read them in the list of webhooks.");
        return c;
    }
    if (scheme == QLatin1String("http") && !isLocalHost(url.host()))
        c.warning = tr("Plain http:// to %1: the notifications, with the clients' messages, "
                       "would cross the network unencrypted. Prefer https://.")
                        .arg(url.host());
    c.url = url;
    return c;
}
