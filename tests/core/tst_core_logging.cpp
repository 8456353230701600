#include "cannedhttpserver.h"
#include "sandboxcontext.h"
#include "sandboxfixture.h"
#include "sandboxserver.h"

#include "auth/authservice.h"
#include "net/apiclient.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QSignalSpy>
#include <QtTest>

namespace {
QMutex g_mutex;
QStringList g_log;

void capture(QtMsgType, const QMessageLogContext &context, const QString &message) {
    QMutexLocker lock(&g_mutex);
    g_log.append(QString::fromLatin1(context.category ? context.category : "default")
                 + QStringLiteral(": ") + message);
}

QString joinedLog() {
    QMutexLocker lock(&g_mutex);
    return g_log.join(QLatin1Char('\n'));
}

bool waitFor(ApiReply *r) {
    if (r->isFinished())
        return true;
    QSignalSpy spy(r, &ApiReply::finished);
    return spy.wait(10000);
}
} // namespace

// With every logging category on, a sign-in and some requests (a re-authentication and a
// retry among them) leave neither the secret nor a token nor the Authorization header in
// the log.
class TestLogging : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() {
        qRegisterMetaType<Session>();
        g_log.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("*=true\njobbers.*=true"));
        qInstallMessageHandler(capture);
    }
    void cleanup() {
        qInstallMessageHandler(nullptr);
        QLoggingCategory::setFilterRules(QString());
    }

    void knownTokensNeverLogged() {
        const QByteArray secret = "S3cret-Never-Logged-42";
        const QByteArray token1 = "11111111-aaaa-4bbb-8ccc-tokenone0001";
        const QByteArray token2 = "22222222-aaaa-4bbb-8ccc-tokentwo0002";
        CannedHttpServer upstream;
        QVERIFY(upstream.listen());
        upstream.setAnswers({
            CannedHttpServer::respond(200, R"({"access_token":")" + token1 + R"("})"),
            CannedHttpServer::respond(200, R"({"data":{"enterprise_id":"20"}})"),
            CannedHttpServer::respond(200, R"({"data":[{"group_id":1,"name":"Lyon"}]})"),
            CannedHttpServer::respond(401, R"({"errors":[{"title":"does_not_match"}]})"),
            CannedHttpServer::respond(200, R"({"access_token":")" + token2 + R"("})"),
            CannedHttpServer::respond(503, R"({"errors":[]})"),
            CannedHttpServer::respond(200, R"({"data":"echo"})"),
        });
        ApiClient api;
        api.setRetryPolicy(3, 10, 5000);
        AuthService auth(&api, nullptr);
        QSignalSpy signedIn(&auth, &AuthService::signedIn);
        auth.signIn(upstream.baseUrl(), QStringLiteral("key"), QString::fromLatin1(secret));
        QVERIFY(signedIn.wait());
        ApiReply *r = api.get(QStringLiteral("/oneapi/v0/echo"));
        r->setAutoDelete(false);
        QVERIFY(waitFor(r));
        QVERIFY2(r->ok(), qPrintable(r->error().message));
        delete r;
        QCOMPARE(upstream.requestCount(), 7);
        // The token did travel: the test would prove nothing otherwise.
        QVERIFY(upstream.requests().last().contains(token2));

        const QString log = joinedLog();
        QVERIFY2(log.contains(QLatin1String("jobbers.net")), "the client did log");
        QVERIFY(log.contains(QLatin1String("jobbers.auth")));
        QVERIFY(!log.contains(QString::fromLatin1(secret)));
        QVERIFY(!log.contains(QString::fromLatin1(token1)));
        QVERIFY(!log.contains(QString::fromLatin1(token2)));
        QVERIFY(!log.contains(QLatin1String("Bearer"), Qt::CaseInsensitive));
        QVERIFY(!log.contains(QLatin1String("Authorization"), Qt::CaseInsensitive));
    }

    void sandboxSignInNeverLogsSecrets() {
        SandboxFixture fx;
        QVERIFY(fx.ok());
        ApiClient api;
        AuthService auth(&api, nullptr);
        QSignalSpy signedIn(&auth, &AuthService::signedIn);
        auth.signIn(fx.baseUrl(), QStringLiteral("demo-20-key"), QStringLiteral("demo-20-secret"));
        QVERIFY(signedIn.wait());
        fx.server().context().tokens().revokeAll(); // forces a re-authentication
        for (const QString &path :
             {QStringLiteral("/oneapi/v0/echo/a"), QStringLiteral("/oneapi/v0/current"),
              QStringLiteral("/oneapi/v0/groupsofenterprises")}) {
            ApiReply *r = api.get(path);
            r->setAutoDelete(false);
            QVERIFY(waitFor(r));
            QVERIFY2(r->ok(), qPrintable(r->error().message));
            delete r;
        }
        // The whole log, the in-process sandbox's included: in demo mode it runs inside the
        // app, so QHttpServer's header dumps (qt.httpserver) must stay off too.
        const QString log = joinedLog();
        QVERIFY(log.contains(QLatin1String("signing in again")));
        QVERIFY(!log.contains(QLatin1String("demo-20-secret")));
        QVERIFY(!log.contains(QLatin1String("Bearer"), Qt::CaseInsensitive));
        QVERIFY(!log.contains(QLatin1String("access_token")));
    }
};

QTEST_GUILESS_MAIN(TestLogging)
#include "tst_core_logging.moc"
