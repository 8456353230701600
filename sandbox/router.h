#pragma once

#include "httpresponse.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class RequestContext;

// Matches "/a/{x}/b" style patterns, segment by segment, and knows every
// method a path answers so that a wrong method is a 405 with Allow.
class Router {
public:
    enum class Auth { None, Bearer };
    using Handler = std::function<HttpResponse(RequestContext &)>;

    void add(const QByteArray &method, const QString &pattern, Auth auth, Handler handler);

    struct Match {
        const Handler *handler = nullptr;
        Auth auth = Auth::Bearer;
        bool pathKnown = false;
        QList<QByteArray> allowed; // methods the path answers, for 405 and OPTIONS
    };
    // Fills ctx.params on success.
    Match match(const QByteArray &method, const QString &encodedPath, RequestContext &ctx) const;

private:
    struct Route {
        QByteArray method;
        QStringList segments;
        Auth auth;
        Handler handler;
    };
    static bool matchSegments(const QStringList &pattern, const QStringList &path,
                              QHash<QString, QString> *params);
    QList<Route> m_routes;
};
