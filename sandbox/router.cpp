#include "router.h"

#include "requestcontext.h"

namespace {
QStringList splitPath(const QString &path) {
    QString p = path;
    // A trailing slash names the same resource ("/oneapi/v0/echo/" is the echo with no text).
    while (p.size() > 1 && p.endsWith(QLatin1Char('/')))
        p.chop(1);
    return p.split(QLatin1Char('/'), Qt::KeepEmptyParts);
}
} // namespace

void Router::add(const QByteArray &method, const QString &pattern, Auth auth, Handler handler) {
    m_routes.append(Route{method, splitPath(pattern), auth, std::move(handler)});
}

bool Router::matchSegments(const QStringList &pattern, const QStringList &path,
                           QHash<QString, QString> *params) {
    if (pattern.size() != path.size())
        return false;
    QHash<QString, QString> found;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QString &want = pattern.at(i);
        if (want.startsWith(QLatin1Char('{')) && want.endsWith(QLatin1Char('}'))) {
            if (path.at(i).isEmpty())
                return false;
            // Kept percent-encoded: RequestContext decodes, with '+' as a space or not.
            found.insert(want.mid(1, want.size() - 2), path.at(i));
        } else if (want != path.at(i)) {
            return false;
        }
    }
    if (params)
        *params = found;
    return true;
}

Router::Match Router::match(const QByteArray &method, const QString &encodedPath,
                            RequestContext &ctx) const {
    Match m;
    const QStringList path = splitPath(encodedPath);
    // Literal routes win over parameterised ones of the same shape, so that
    // "/clients/{id}/exists" and "/echo" are not taken for a parameter.
    int bestScore = -1;
    for (const Route &r : m_routes) {
        QHash<QString, QString> params;
        if (!matchSegments(r.segments, path, &params))
            continue;
        m.pathKnown = true;
        if (!m.allowed.contains(r.method))
            m.allowed.append(r.method);
        if (r.method != method && !(method == "HEAD" && r.method == "GET"))
            continue;
        int score = 0;
        for (const QString &s : r.segments)
            score += s.startsWith(QLatin1Char('{')) ? 0 : 1;
        if (score > bestScore) {
            bestScore = score;
            m.handler = &r.handler;
            m.auth = r.auth;
            ctx.params = params;
        }
    }
    return m;
}
