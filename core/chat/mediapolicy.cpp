#include "mediapolicy.h"

#include <QHostAddress>

bool MediaPolicy::isLoopback(const QString &host) {
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool MediaPolicy::allows(const QUrl &media) const {
    if (!media.isValid() || media.isRelative() || media.host().isEmpty())
        return false;
    const QString scheme = media.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return false;
    if (!media.userInfo().isEmpty())
        return false;
    if (m_demo && isLoopback(media.host()))
        return true;
    return m_apiBase.isValid() && !m_apiBase.host().isEmpty()
           && media.host().compare(m_apiBase.host(), Qt::CaseInsensitive) == 0;
}
