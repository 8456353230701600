#include "autologinpolicy.h"

#include <QHostAddress>

namespace {
bool isLoopbackHost(const QString &host) {
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}
} // namespace

bool AutologinPolicy::isAllowed(const QUrl &link, const QUrl &apiBaseUrl, QString *reason) {
    const auto refuse = [reason](const QString &why) {
        if (reason)
            *reason = why;
        return false;
    };
    if (!link.isValid() || link.isRelative() || link.host().isEmpty())
        return refuse(tr("The login link is not a valid web address."));
    if (!link.userInfo().isEmpty())
        return refuse(tr("The login link carries a user name or password; it was not opened."));
    const QString scheme = link.scheme().toLower();
    const bool loopback = isLoopbackHost(link.host());
    if (scheme != QLatin1String("https") && !(scheme == QLatin1String("http") && loopback))
        return refuse(tr("The login link is not secure (https); it was not opened."));
    if (link.host().compare(apiBaseUrl.host(), Qt::CaseInsensitive) != 0)
        return refuse(tr("The login link points to %1, not to the API's server %2; it was not "
                         "opened.")
                          .arg(link.host(), apiBaseUrl.host()));
    if (reason)
        reason->clear();
    return true;
}
