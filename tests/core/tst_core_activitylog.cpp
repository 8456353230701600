#include "net/activityfilterproxy.h"
#include "net/activitylog.h"
#include "net/apiclient.h"
#include "sandboxcontext.h"
#include "sandboxfixture.h"
#include "sandboxserver.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

namespace {
CallRecord record(const char *method, const QString &path, int status, int attempts = 1,
                  ApiError::Kind kind = ApiError::Kind::None) {
    ApiError e;
    e.kind = kind;
    e.httpStatus = kind == ApiError::Kind::None ? 0 : status;
    return CallRecord::of(method, path, attempts, 12, status, e);
}

// Runs reply to its end (signals, no sleeping); false on a timeout.
bool finish(ApiReply *reply) {
    reply->setAutoDelete(false);
    if (reply->isFinished())
        return true;
    QSignalSpy done(reply, &ApiReply::finished);
    return done.wait(20000);
}
} // namespace

// The activity log of this session's calls: a ring buffer model, its filter, its text
// export; and, against the sandbox, that a session's calls are all in it and none of
// their secrets are.
class TestActivityLog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void ringKeepsTheLastCalls() {
        ActivityLog log(nullptr, 3);
        QAbstractItemModelTester tester(&log,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int i = 1; i <= 5; ++i)
            log.append(record("GET", QStringLiteral("/p/%1").arg(i), 200));
        QCOMPARE(log.rowCount(), 3);
        QCOMPARE(log.totalRecorded(), 5);
        QCOMPARE(log.record(0).path, QStringLiteral("/p/3"));
        QCOMPARE(log.record(2).path, QStringLiteral("/p/5"));
        QCOMPARE(log.index(0, ActivityLog::PathColumn).data().toString(), QStringLiteral("/p/3"));
        log.append(record("POST", QStringLiteral("/p/6"), 201));
        QCOMPARE(log.records().first().path, QStringLiteral("/p/4"));
        QCOMPARE(log.records().last().method, QByteArray("POST"));
        log.clear();
        QCOMPARE(log.rowCount(), 0);
        log.append(record("GET", QStringLiteral("/p/7"), 200));
        QCOMPARE(log.record(0).path, QStringLiteral("/p/7"));
    }

    void columnsAndRoles() {
        ActivityLog log;
        QAbstractItemModelTester tester(&log,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        log.append(record("GET", QStringLiteral("/oneapi/v0/echo?x=1"), 200, 3));
        log.append(record("POST", QStringLiteral("/api/v0/boxes_tags"), 400, 1,
                          ApiError::Kind::Validation));
        QCOMPARE(log.index(0, ActivityLog::PathColumn).data().toString(),
                 QStringLiteral("/oneapi/v0/echo")); // never a query string
        QCOMPARE(log.index(0, ActivityLog::RetriesColumn).data().toString(), QStringLiteral("2"));
        QCOMPARE(log.index(0, 0).data(ActivityLog::RetriedRole).toBool(), true);
        QCOMPARE(log.index(0, 0).data(ActivityLog::FailedRole).toBool(), false);
        QCOMPARE(log.index(1, 0).data(ActivityLog::FailedRole).toBool(), true);
        QCOMPARE(log.index(1, ActivityLog::StatusColumn).data().toString(), QStringLiteral("400"));
        QVERIFY(log.index(1, ActivityLog::ErrorColumn)
                    .data()
                    .toString()
                    .contains(QLatin1String("400")));
        QCOMPARE(log.index(1, ActivityLog::DurationColumn).data(ActivityLog::SortRole).toLongLong(),
                 12);
    }

    void pathsKeepNoTypedData_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("kept");
        QTest::newRow("plain") << QStringLiteral("/api/v0/boxes_tags")
                               << QStringLiteral("/api/v0/boxes_tags");
        QTest::newRow("numeric id")
            << QStringLiteral("/api/v0/webhooks/149") << QStringLiteral("/api/v0/webhooks/149");
        QTest::newRow("hex id") << QStringLiteral("/api/v0/conversations/5f2b9c0e1a2b3c4d5e6f7a8b")
                                << QStringLiteral("/api/v0/conversations/5f2b9c0e1a2b3c4d5e6f7a8b");
        QTest::newRow("echo text")
            << QStringLiteral("/oneapi/v0/echo/hello") << QStringLiteral("/oneapi/v0/echo/{text}");
        QTest::newRow("bare echo")
            << QStringLiteral("/oneapi/v0/echo") << QStringLiteral("/oneapi/v0/echo");
        QTest::newRow("email") << QStringLiteral("/oneapi/v0/clients/zoe%40example.fr/login")
                               << QStringLiteral("/oneapi/v0/clients/{email}/login");
        QTest::newRow("encoded value") << QStringLiteral("/oneapi/v0/clients/a%20b")
                                       << QStringLiteral("/oneapi/v0/clients/{value}");
        QTest::newRow("query") << QStringLiteral("/api/v0/conversations?email=a@b")
                               << QStringLiteral("/api/v0/conversations");
    }

    void pathsKeepNoTypedData() {
        QFETCH(QString, path);
        QFETCH(QString, kept);
        QCOMPARE(CallRecord::safePath(path), kept);
    }

    void summaryKeepsNamesNotValues() {
        ApiError e = ApiError::fromHttp(
            400, R"({"errors":[{"title":"has_already_been_taken","source":"tags[1].code",)"
                 R"("detail":"code SECRET-CODE is taken"},)"
                 R"({"title":"is_invalid","source":"someone@example.com","detail":"x"}]})");
        QVERIFY(e.message.contains(QLatin1String("SECRET-CODE"))); // what the user is shown
        const QString summary = CallRecord::summary(e);
        QVERIFY(summary.contains(QLatin1String("tags[1].code: has_already_been_taken")));
        QVERIFY(summary.contains(QLatin1String("is_invalid")));
        QVERIFY(!summary.contains(QLatin1String("SECRET-CODE")));
        QVERIFY(!summary.contains(QLatin1String("someone@example.com")));
        // Qt's network text can hold the whole URL, query included: never kept.
        const ApiError net = ApiError::fromHttp(0, {}, 99,
                                                QStringLiteral("Error transferring "
                                                               "http://h/p?email=a@b"));
        QVERIFY(!CallRecord::summary(net).contains(QLatin1String("a@b")));
        QVERIFY(!CallRecord::summary(net).isEmpty());
    }

    void filterAndExport() {
        ActivityLog log;
        ActivityFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&log);
        log.append(record("GET", QStringLiteral("/oneapi/v0/echo"), 200));
        log.append(record("POST", QStringLiteral("/api/v0/boxes_tags"), 400, 1,
                          ApiError::Kind::Validation));
        log.append(record("DELETE", QStringLiteral("/api/v0/webhooks/4"), 404, 1,
                          ApiError::Kind::NotFound));
        QCOMPARE(proxy.rowCount(), 3);
        proxy.setText(QStringLiteral("boxes"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setText(QStringLiteral("delete"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setText(QStringLiteral("404"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setText(QString());
        proxy.setFailuresOnly(true);
        QCOMPARE(proxy.rowCount(), 2);
        // What a view shows is what is exported: the filtered rows, or a selection.
        const QList<CallRecord> shown = ActivityLog::recordsOf(&proxy);
        QCOMPARE(shown.size(), 2);
        QCOMPARE(shown.at(0).path, QStringLiteral("/api/v0/boxes_tags"));
        const QList<CallRecord> picked =
            ActivityLog::recordsOf(&proxy, {proxy.index(1, 3), proxy.index(1, 0)});
        QCOMPARE(picked.size(), 1);
        QCOMPARE(picked.at(0).method, QByteArray("DELETE"));
        const QString text = ActivityLog::toText(shown);
        const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4); // title, header, two calls
        QVERIFY(lines.at(2).contains(QLatin1String("/api/v0/boxes_tags")));
        // Aligned columns: the path starts at the same place on every line.
        const qsizetype at =
            lines.at(1).indexOf(log.headerData(ActivityLog::PathColumn, Qt::Horizontal).toString());
        QCOMPARE(lines.at(2).indexOf(QLatin1String("/api")), at);
        QCOMPARE(lines.at(3).indexOf(QLatin1String("/api")), at);
    }

    // A session against the sandbox with secrets in the credentials, in bodies, in
    // query strings and in the server's error details: every call is in the log, and the
    // whole export holds none of those secrets, no token and no header.
    void holdsTheCallsAndNoneOfTheirSecrets() {
        SandboxFixture fx;
        QVERIFY2(fx.ok(), qPrintable(fx.error()));
        ApiClient api;
        ActivityLog log;
        log.watch(&api);
        QVERIFY(api.setBaseUrl(fx.baseUrl()));
        api.setCredentials(QStringLiteral("demo-20-key"), QStringLiteral("demo-20-secret"));
        api.setRetryPolicy(2, 20, 2000);
        QStringList secrets{QStringLiteral("demo-20-secret")};

        ApiReply *token = api.authenticate();
        QVERIFY(finish(token));
        QVERIFY2(token->ok(), qPrintable(token->error().message));
        secrets.append(token->document().object().value(QStringLiteral("access_token")).toString());
        delete token;
        QVERIFY(!secrets.last().isEmpty());

        QList<ApiReply *> replies;
        // Kept from the start: a reply that ends while the test waits on another must not
        // free itself.
        const auto keep = [](ApiReply *r) {
            r->setAutoDelete(false);
            return r;
        };
        // A query string.
        replies.append(keep(
            api.get(QStringLiteral("/api/v0/conversations"),
                    QUrlQuery{{QStringLiteral("status"), QStringLiteral("OPEN")},
                              {QStringLiteral("marker"), QStringLiteral("QUERY-SECRET-31")}})));
        // Path segments that carry what people typed: an echo's text, an email.
        replies.append(keep(api.get(QStringLiteral("/oneapi/v0/echo/")
                                    + ApiClient::segment(QStringLiteral("PATH-SECRET-35")))));
        replies.append(
            keep(api.get(QStringLiteral("/oneapi/v0/clients/")
                         + ApiClient::segment(QStringLiteral("path.secret.36@example.com")))));
        // A body, echoed back in the answer.
        replies.append(
            keep(api.post(QStringLiteral("/oneapi/v0/echo"),
                          QJsonObject{{QStringLiteral("text"), QStringLiteral("BODY-SECRET-32")}},
                          ApiClient::Retry::Idempotent)));
        for (ApiReply *r : std::as_const(replies))
            QVERIFY(finish(r));
        QVERIFY2(replies.at(3)->ok(), qPrintable(replies.at(3)->error().message));
        QVERIFY(replies.at(3)->payload().toString().contains(QLatin1String("BODY-SECRET-32")));
        qDeleteAll(replies);
        replies.clear();

        // A tag batch twice: the second is refused with details quoting the code.
        const QJsonObject batch{
            {QStringLiteral("tags"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("code"), QStringLiteral("CODE-SECRET-33")},
                 {QStringLiteral("description"), QStringLiteral("DESC-SECRET-34")},
                 {QStringLiteral("technologyType"), QStringLiteral("MifareClassicEV1_1K")}}}}};
        for (int i = 0; i < 2; ++i) {
            ApiReply *r = api.post(QStringLiteral("/api/v0/boxes_tags"), batch);
            QVERIFY(finish(r));
            QCOMPARE(r->ok(), i == 0);
            if (i == 1)
                QVERIFY(r->error().message.contains(QLatin1String("CODE-SECRET-33")));
            delete r;
        }
        // A token refused: one re-authentication, its new token never seen by the test.
        fx.server().context().tokens().revokeAll();
        ApiReply *after = api.get(QStringLiteral("/oneapi/v0/current"));
        QVERIFY(finish(after));
        QVERIFY2(after->ok(), qPrintable(after->error().message));
        delete after;
        // A 404.
        ApiReply *missing = api.deleteResource(QStringLiteral("/api/v0/webhooks/999999"));
        QVERIFY(finish(missing));
        QCOMPARE(missing->error().kind, ApiError::Kind::NotFound);
        delete missing;

        // Every call is there, in order: token, conversations, echo, tags twice, current
        // refused, token again, current replayed (one record: the replay is an attempt),
        // the 404.
        QStringList calls;
        for (const CallRecord &r : log.records())
            calls.append(QString::fromLatin1(r.method) + QLatin1Char(' ') + r.path);
        const QStringList expected{
            QStringLiteral("POST /oneapi/authentication/token"),
            QStringLiteral("GET /api/v0/conversations"),
            QStringLiteral("GET /oneapi/v0/echo/{text}"),
            QStringLiteral("GET /oneapi/v0/clients/{email}"),
            QStringLiteral("POST /oneapi/v0/echo"),
            QStringLiteral("POST /api/v0/boxes_tags"),
            QStringLiteral("POST /api/v0/boxes_tags"),
            QStringLiteral("POST /oneapi/authentication/token"),
            QStringLiteral("GET /oneapi/v0/current"),
            QStringLiteral("DELETE /api/v0/webhooks/999999"),
        };
        // The four calls sent together may end in any order.
        QCOMPARE(calls.size(), expected.size());
        QCOMPARE(QSet<QString>(calls.cbegin(), calls.cend()),
                 QSet<QString>(expected.cbegin(), expected.cend()));
        QCOMPARE(calls.mid(5), expected.mid(5));
        const QList<CallRecord> records = log.records();
        const QString text = ActivityLog::toText(records);
        for (const QString &secret : std::as_const(secrets))
            QVERIFY2(!text.contains(secret), qPrintable(secret));
        for (const char *leak :
             {"QUERY-SECRET-31", "marker", "OPEN", "BODY-SECRET-32", "CODE-SECRET-33",
              "DESC-SECRET-34", "Bearer", "Authorization", "access_token", "demo-20", "?"})
            QVERIFY2(!text.contains(QLatin1String(leak), Qt::CaseInsensitive), leak);
        // No token at all, the one fetched on the refusal included: nothing shaped like a
        // UUID is in the text.
        static const QRegularExpression uuid(
            QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"),
            QRegularExpression::CaseInsensitiveOption);
        QVERIFY2(!uuid.match(text).hasMatch(), qPrintable(uuid.match(text).captured()));
        // The records still say what happened.
        QCOMPARE(records.at(6).httpStatus, 400);
        QVERIFY(records.at(6).error.contains(QLatin1String("has_already_been_taken")));
        QCOMPARE(records.at(8).attempts, 2); // refused once, replayed after signing in
        QCOMPARE(records.at(9).httpStatus, 404);
    }
};

QTEST_GUILESS_MAIN(TestActivityLog)
#include "tst_core_activitylog.moc"
