#pragma once

#include <QUrl>

// Which media URLs the app fetches or opens. A message's media_url is whatever the
// other side posted, so only links on the configured API host are followed (over
// http or https), and in demo mode links on the loopback interface (the embedded
// sandbox). Anything else is shown but never fetched or opened.
class MediaPolicy {
public:
    MediaPolicy() = default;
    MediaPolicy(const QUrl &apiBase, bool demo)
        : m_apiBase(apiBase)
        , m_demo(demo) {}

    bool allows(const QUrl &media) const;
    QUrl apiBase() const { return m_apiBase; }
    bool isDemo() const { return m_demo; }

    static bool isLoopback(const QString &host);

private:
    QUrl m_apiBase;
    bool m_demo = false;
};
