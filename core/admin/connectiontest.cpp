#include "connectiontest.h"

#include "enterprise/enterpriseservice.h"
#include "net/apiclient.h"
#include "net/apijob.h"

#include <QDateTime>
#include <QStringList>

ConnectionTest::ConnectionTest(ApiClient *api, EnterpriseService *enterprise, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_enterprise(enterprise) {}

QUrl ConnectionTest::server() const {
    return m_api ? m_api->baseUrl() : QUrl();
}

QDateTime ConnectionTest::tokenExpiry() const {
    return m_api ? m_api->tokenExpiry() : QDateTime();
}

QString ConnectionTest::remainingText(const QDateTime &expiry, const QDateTime &now) {
    if (!expiry.isValid())
        return {};
    const qint64 s = now.secsTo(expiry);
    if (s <= 0)
        return tr("expired");
    if (s < 60)
        return tr("%n s", nullptr, int(s));
    if (s < 3600)
        return tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    return tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
}

QString ConnectionTest::checkTitle(Check check) {
    switch (check) {
    case Check::GetEcho:
        return tr("GET echo");
    case Check::PostEcho:
        return tr("POST echo");
    case Check::Enterprise:
        return tr("Signed-in enterprise");
    case Check::Groups:
        return tr("Groups");
    }
    return {};
}

bool ConnectionTest::run(const QString &text) {
    if (m_running || !m_api || !m_enterprise)
        return false;
    m_running = true;
    m_text = text;
    m_results.fill(Result());
    Q_EMIT started();
    runCheck(0);
    return true;
}

void ConnectionTest::runCheck(int index) {
    if (index >= CheckCount) {
        m_running = false;
        bool all = true;
        for (const Result &r : m_results)
            all = all && r.ok;
        Q_EMIT finished(all);
        return;
    }
    m_clock.start();
    const auto failed = [this, index](const ApiError &e) { done(index, false, {}, e.message); };
    switch (Check(index)) {
    case Check::GetEcho:
    case Check::PostEcho: {
        Job<QString> *job = index == int(Check::GetEcho) ? m_enterprise->echo(m_text)
                                                         : m_enterprise->echoPost(m_text);
        job->onResult(
               this,
               [this, index](const QString &answer) {
                   // The reference answers "echo <text>": anything else is a server
                   // that is not the API (a proxy page, another service).
                   const bool ok = answer.contains(m_text);
                   done(index, ok, answer,
                        ok ? QString()
                           : tr("The answer does not repeat the text sent (%1).").arg(m_text));
               })
            ->onFailure(this, failed);
        break;
    }
    case Check::Enterprise:
        m_enterprise->current()
            ->onResult(this,
                       [this, index](qint64 id) { done(index, true, QString::number(id), {}); })
            ->onFailure(this, failed);
        break;
    case Check::Groups:
        m_enterprise->groups()
            ->onResult(this,
                       [this, index](const QList<Group> &groups) {
                           QStringList names;
                           for (const Group &g : groups)
                               names.append(tr("%1 (%2)").arg(g.name).arg(g.groupId));
                           done(index, true,
                                names.isEmpty() ? tr("no group") : names.join(QStringLiteral(", ")),
                                {});
                       })
            ->onFailure(this, failed);
        break;
    }
}

void ConnectionTest::done(int index, bool ok, const QString &answer, const QString &error) {
    Result &r = m_results[index];
    r.done = true;
    r.ok = ok;
    r.roundTripMs = m_clock.elapsed();
    r.answer = answer;
    r.error = error;
    Q_EMIT checkFinished(Check(index));
    runCheck(index + 1);
}
