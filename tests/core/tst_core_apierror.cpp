#include "cannedhttpserver.h"
#include "sandboxfixture.h"

#include "net/apiclient.h"
#include "net/apierror.h"
#include "net/apifieldtext.h"

#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QtTest>

using Kind = ApiError::Kind;
using Mode = CannedHttpServer::Answer::Mode;

// The error model: every kind, the HTTP status, field errors and a readable message, and
// malformed answers served over real HTTP by a broken upstream.
class TestApiError : public QObject {
    Q_OBJECT

private:
    // One call through a real ApiClient; the reply is kept so the test can read it.
    static ApiReply *run(ApiReply *reply) {
        reply->setAutoDelete(false);
        QSignalSpy done(reply, &ApiReply::finished);
        if (!reply->isFinished())
            done.wait(10000);
        return reply;
    }

private Q_SLOTS:
    void fromStatus_data() {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<int>("fieldErrors");
        const QByteArray blank =
            R"({"errors":[{"title":"cannot_be_blank","source":"email","detail":"email is blank"}]})";
        const QByteArray taken =
            R"({"errors":[{"title":"has_already_been_taken","source":"payment_reference","detail":"taken"}]})";
        QTest::newRow("400 validation") << 400 << blank << Kind::Validation << 1;
        QTest::newRow("400 conflict") << 400 << taken << Kind::Conflict << 1;
        QTest::newRow("401") << 401 << QByteArray() << Kind::Unauthorized << 0;
        QTest::newRow("403") << 403 << QByteArray() << Kind::Forbidden << 0;
        QTest::newRow("404") << 404 << QByteArray() << Kind::NotFound << 0;
        QTest::newRow("405") << 405 << QByteArray() << Kind::Validation << 0;
        QTest::newRow("422") << 422 << QByteArray() << Kind::Validation << 0;
        QTest::newRow("500") << 500 << QByteArray() << Kind::Server << 0;
        QTest::newRow("501") << 501 << blank << Kind::NotImplemented << 1;
        QTest::newRow("502") << 502 << QByteArray("<html>Bad gateway</html>") << Kind::Unavailable
                             << 0;
        QTest::newRow("503") << 503 << QByteArray() << Kind::Unavailable << 0;
    }
    void fromStatus() {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(Kind, kind);
        QFETCH(int, fieldErrors);
        const ApiError e = ApiError::fromHttp(status, body);
        QCOMPARE(e.kind, kind);
        QCOMPARE(e.httpStatus, status);
        QCOMPARE(e.fieldErrors.size(), fieldErrors);
        QVERIFY(e.isError());
        QVERIFY(!e.message.isEmpty());
        QVERIFY(!e.message.contains(QLatin1String("<html")));
    }

    void fieldErrorsAreReadable() {
        const ApiError e = ApiError::fromHttp(
            400, R"({"errors":[{"title":"is_invalid","source":"country","detail":"bad country"},)"
                 R"({"title":"cannot_be_blank","source":"email","detail":"email is blank"}]})");
        QVERIFY(e.fieldError(QStringLiteral("email")));
        QCOMPARE(e.fieldError(QStringLiteral("email"))->title, QStringLiteral("cannot_be_blank"));
        QVERIFY(!e.fieldError(QStringLiteral("phone")));
        QVERIFY(e.hasTitle(QStringLiteral("is_invalid")));
        // The server's words in the message (they name the value at fault)...
        QVERIFY(e.message.contains(QLatin1String("bad country")));
        // ...and, where people fix a form, field and reason from source and title.
        const QString said = ApiFieldText::message(e);
        QVERIFY2(said.contains(QLatin1String("Country: is not valid")), qPrintable(said));
        QVERIFY(said.contains(QLatin1String("Email: is required")));
        QVERIFY(!said.contains(QLatin1String("bad country")));
        // The raw detail is kept for a tooltip.
        QVERIFY(ApiFieldText::serverDetails(e.fieldErrors).contains(u"country: bad country"));
        // A title the reference does not list keeps the server's words.
        const ApiError odd = ApiError::fromHttp(
            400, R"({"errors":[{"title":"is_odd","source":"email","detail":"odd email"}]})");
        QVERIFY2(ApiFieldText::message(odd).contains(QLatin1String("Email: odd email")),
                 qPrintable(ApiFieldText::message(odd)));
    }

    void networkKinds() {
        QCOMPARE(ApiError::fromHttp(0, {}, QNetworkReply::ConnectionRefusedError).kind,
                 Kind::Network);
        QCOMPARE(ApiError::fromHttp(0, {}, QNetworkReply::TimeoutError).kind, Kind::Timeout);
        QCOMPARE(ApiError::cancelled().kind, Kind::Cancelled);
        QCOMPARE(ApiError::malformed(QStringLiteral("x")).kind, Kind::MalformedAnswer);
        QVERIFY(ApiError::fromHttp(503, {}).isTransient());
        QVERIFY(!ApiError::fromHttp(500, {}).isTransient());
        QVERIFY(!ApiError::fromHttp(400, {}).isTransient());
    }

    // Broken answers over real HTTP: never a crash, always a clear error.
    void malformedAnswers_data() {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("mode");
        QTest::addColumn<Kind>("kind");
        const QByteArray json = "application/json";
        const int respond = int(Mode::Respond);
        QTest::newRow("html 502 page")
            << 502 << QByteArray("text/html")
            << QByteArray("<html><body><h1>502 Bad Gateway</h1>nginx</body></html>") << respond
            << Kind::Unavailable;
        QTest::newRow("html 200 page")
            << 200 << QByteArray("text/html") << QByteArray("<html>Login portal</html>") << respond
            << Kind::MalformedAnswer;
        QTest::newRow("truncated json") << 200 << json << QByteArray(R"({"data":{"client_id":4)")
                                        << respond << Kind::MalformedAnswer;
        QTest::newRow("empty body on 200")
            << 200 << json << QByteArray() << respond << Kind::MalformedAnswer;
        QTest::newRow("json scalar")
            << 200 << json << QByteArray("42") << respond << Kind::MalformedAnswer;
        QTest::newRow("json string")
            << 200 << json << QByteArray(R"("ok")") << respond << Kind::MalformedAnswer;
        QTest::newRow("binary garbage")
            << 200 << QByteArray("application/octet-stream") << QByteArray("\x00\xff\xfe{[", 5)
            << respond << Kind::MalformedAnswer;
        QTest::newRow("errors not an array")
            << 400 << json << QByteArray(R"({"errors":"oops"})") << respond << Kind::Validation;
        QTest::newRow("errors of wrong types")
            << 400 << json << QByteArray(R"({"errors":[1,null,"x",{"title":5}]})") << respond
            << Kind::Validation;
        QTest::newRow("error body is an array")
            << 409 << json << QByteArray("[1,2]") << respond << Kind::Validation;
        QTest::newRow("401 html") << 401 << QByteArray("text/html") << QByteArray("<h1>401</h1>")
                                  << respond << Kind::Unauthorized;
        QTest::newRow("body shorter than announced")
            << 200 << json << QByteArray(R"({"data":)") << int(Mode::TruncateBody) << Kind::Network;
    }
    void malformedAnswers() {
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(int, mode);
        QFETCH(Kind, kind);
        CannedHttpServer upstream;
        QVERIFY(upstream.listen());
        CannedHttpServer::Answer a = CannedHttpServer::respond(status, body, contentType);
        a.mode = Mode(mode);
        upstream.setAnswer(a);
        ApiClient api;
        api.setRetryPolicy(1, 10, 100); // one attempt: the error itself is under test
        QVERIFY(api.setBaseUrl(upstream.baseUrl()));
        ApiReply *reply = run(api.get(QStringLiteral("/oneapi/v0/current")));
        QVERIFY(reply->isFinished());
        QVERIFY(!reply->ok());
        QCOMPARE(reply->error().kind, kind);
        QVERIFY2(!reply->error().message.isEmpty(), "a clear message");
        QVERIFY(!reply->error().message.contains(QLatin1String("<h1>")));
        if (status && kind != Kind::Network && kind != Kind::MalformedAnswer)
            QCOMPARE(reply->httpStatus(), status);
        delete reply;
    }

    // The sandbox's own errors decode as the contract says.
    void sandboxErrors() {
        SandboxFixture fx;
        QVERIFY2(fx.ok(), qPrintable(fx.error()));
        ApiClient api;
        QVERIFY(api.setBaseUrl(fx.baseUrl()));
        api.setCredentials(QStringLiteral("demo-20-key"), QStringLiteral("demo-20-secret"));
        ApiReply *auth = run(api.authenticate());
        QVERIFY2(auth->ok(), qPrintable(auth->error().message));
        delete auth;

        ApiReply *notFound = run(api.get(QStringLiteral("/oneapi/v0/no-such-thing")));
        QCOMPARE(notFound->error().kind, Kind::NotFound);
        QCOMPARE(notFound->httpStatus(), 404);
        delete notFound;

        ApiReply *wrongMethod = run(api.put(QStringLiteral("/oneapi/v0/current"), {}));
        QCOMPARE(wrongMethod->error().kind, Kind::Validation);
        QCOMPARE(wrongMethod->httpStatus(), 405);
        delete wrongMethod;

        // A token call with a missing field: 400 cannot_be_blank naming the field.
        api.setCredentials(QString(), QStringLiteral("x"));
        ApiReply *blank = run(api.authenticate());
        QCOMPARE(blank->error().kind, Kind::Validation);
        QVERIFY(blank->error().fieldError(QStringLiteral("username")));
        delete blank;
    }

    void networkAndCancel() {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        ApiClient api;
        api.setRetryPolicy(1, 10, 100);
        QVERIFY(api.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port))));
        ApiReply *refused = run(api.get(QStringLiteral("/x")));
        QCOMPARE(refused->error().kind, Kind::Network);
        QCOMPARE(refused->httpStatus(), 0);
        delete refused;

        CannedHttpServer upstream;
        QVERIFY(upstream.listen());
        upstream.setAnswer(CannedHttpServer::mode(Mode::Hang));
        QVERIFY(api.setBaseUrl(upstream.baseUrl()));
        ApiReply *reply = api.get(QStringLiteral("/x"));
        reply->setAutoDelete(false);
        QSignalSpy received(&upstream, &CannedHttpServer::requestReceived);
        QVERIFY(received.wait(5000));
        reply->abort();
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->error().kind, Kind::Cancelled);
        delete reply;
    }
};

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_core_apierror.moc"
