#include "sandboxfixture.h"
#include "sandboxserver.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTest>

// The request log: one line per request, the path exactly as sent, never changed by
// what the path contains (percent sequences are not placeholders).
class TestSandboxRequestLog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void pathIsLoggedAsSent_data();
    void pathIsLoggedAsSent();
    void droppedAndLostAreSaid();
};

namespace {
QStringList s_lines;
QtMessageHandler s_previous = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    if (context.category && qstrcmp(context.category, "jobbers.sandbox.requests") == 0) {
        s_lines.append(message);
        return;
    }
    s_previous(type, context, message);
}

SandboxOptions logging() {
    SandboxOptions o;
    o.logRequests = true;
    return o;
}
} // namespace

void TestSandboxRequestLog::initTestCase() {
    // The fixture keeps the log quiet unless asked.
    qputenv("JOBBERS_SANDBOX_LOG", "1");
    QLoggingCategory::setFilterRules(QStringLiteral("jobbers.sandbox.requests.info=true"));
    s_previous = qInstallMessageHandler(capture);
}

void TestSandboxRequestLog::cleanup() {
    s_lines.clear();
}

void TestSandboxRequestLog::pathIsLoggedAsSent_data() {
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    // The reference's own example email, urlencoded: %2B and %40 once read as %2 and %4.
    QTest::newRow("urlencoded email")
        << QByteArray("DELETE") << QStringLiteral("/oneapi/v0/clients/oriol.marti%2B3%40gmail.com")
        << 404;
    // "echo %1%2" once decoded: placeholders in the client's text.
    QTest::newRow("placeholders") << QByteArray("GET") << QStringLiteral("/oneapi/v0/echo/%251%252")
                                  << 200;
    QTest::newRow("unknown path") << QByteArray("GET")
                                  << QStringLiteral("/nowhere/%251%252%253%254%255%256%257") << 404;
}

void TestSandboxRequestLog::pathIsLoggedAsSent() {
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, status);
    SandboxFixture f(logging());
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const QString token = f.token();
    s_lines.clear();
    const HttpResult r = f.request(method, path, {}, token);
    QCOMPARE(r.status, status);
    QCOMPARE(s_lines.size(), 1);
    const QRegularExpression shape(
        QStringLiteral("^\\S+ 127\\.0\\.0\\.1 ") + QString::fromLatin1(method) + u' '
        + QRegularExpression::escape(path) + u' ' + QString::number(status)
        + QStringLiteral(" \\d+B \\d+\\.\\d\\dms$"));
    QVERIFY2(shape.match(s_lines.constFirst()).hasMatch(), qPrintable(s_lines.constFirst()));
}

void TestSandboxRequestLog::droppedAndLostAreSaid() {
    SandboxOptions o = logging();
    o.dropRate = 1.0;
    SandboxFixture f(o);
    QVERIFY2(f.ok(), qPrintable(f.error()));
    f.get(QStringLiteral("/oneapi/v0/echo/%2B1"), {});
    QVERIFY(!s_lines.isEmpty());
    QVERIFY2(s_lines.constFirst().contains(QStringLiteral(" GET /oneapi/v0/echo/%2B1 dropped 0B ")),
             qPrintable(s_lines.constFirst()));
    s_lines.clear();
    f.server().setFaultRates({0.0, 0.0, 1.0});
    f.get(QStringLiteral("/oneapi/v0/echo/%2B1"), {});
    QVERIFY(!s_lines.isEmpty());
    QVERIFY2(s_lines.constFirst().contains(QStringLiteral(" GET /oneapi/v0/echo/%2B1 401 lost ")),
             qPrintable(s_lines.constFirst()));
}

QTEST_MAIN(TestSandboxRequestLog)
#include "tst_sandbox_requestlog.moc"
