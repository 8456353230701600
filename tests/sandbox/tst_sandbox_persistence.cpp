#include "sandboxfixture.h"
#include "store/sandboxclock.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

// The real jobbers-sandbox executable: --db persistence across a restart (and no
// second seeding), --no-seed, and the exit code of a bad command line.
class TestSandboxPersistence : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void restartKeepsState();
    void noSeed();
    void invalidArguments_data();
    void invalidArguments();
    void seedIsFast();

private:
    // Starts the executable and waits for its "listening on" line; empty URL on failure.
    QUrl start(QProcess &process, const QStringList &arguments);
    HttpResult call(const QByteArray &method, const QUrl &base, const QString &path,
                    const QJsonObject &body = {}, const QString &token = {});
    QString token(const QUrl &base);

    QString m_bin;
    QNetworkAccessManager m_nam;
};

void TestSandboxPersistence::initTestCase() {
    m_bin = qEnvironmentVariable("JOBBERS_SANDBOX_BIN");
    if (m_bin.isEmpty() || !QFileInfo(m_bin).isExecutable())
        QSKIP("JOBBERS_SANDBOX_BIN does not name the jobbers-sandbox executable");
}

QUrl TestSandboxPersistence::start(QProcess &process, const QStringList &arguments) {
    static const QRegularExpression listening(
        QStringLiteral("listening on (http://127\\.0\\.0\\.1:\\d+)"));
    QSignalSpy ready(&process, &QProcess::readyReadStandardOutput);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(m_bin, arguments);
    if (!process.waitForStarted(10000))
        return {};
    QByteArray out;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 20000 && finished.isEmpty()) {
        out += process.readAllStandardOutput();
        const QRegularExpressionMatch m = listening.match(QString::fromUtf8(out));
        if (m.hasMatch())
            return QUrl(m.captured(1));
        ready.wait(1000);
    }
    qWarning() << "no listening line:" << out << process.readAllStandardError();
    return {};
}

HttpResult TestSandboxPersistence::call(const QByteArray &method, const QUrl &base,
                                        const QString &path, const QJsonObject &body,
                                        const QString &token) {
    QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", "application/json"}};
    if (!token.isEmpty())
        headers.append({"Authorization", "Bearer " + token.toLatin1()});
    return SandboxFixture::send(m_nam, method, QUrl(base.toString() + path),
                                body.isEmpty() ? QByteArray()
                                               : QJsonDocument(body).toJson(QJsonDocument::Compact),
                                headers);
}

QString TestSandboxPersistence::token(const QUrl &base) {
    return call("POST", base, QStringLiteral("/oneapi/authentication/token"),
                {{QStringLiteral("grant_type"), QStringLiteral("password")},
                 {QStringLiteral("username"), QStringLiteral("demo-20-key")},
                 {QStringLiteral("password"), QStringLiteral("demo-20-secret")}})
        .object()
        .value(QStringLiteral("access_token"))
        .toString();
}

namespace {
void stop(QProcess &process) {
    if (process.state() == QProcess::NotRunning)
        return;
    QSignalSpy finished(&process, &QProcess::finished);
    process.kill(); // the harshest stop: committed state must survive it
    QVERIFY(finished.wait(10000));
}

QJsonObject stockUse(const HttpResult &list) {
    QJsonObject used;
    for (const QJsonValue &v : list.data().toArray())
        used.insert(QString::number(v.toObject().value(QStringLiteral("stock_id")).toInteger()),
                    v.toObject().value(QStringLiteral("total_used")));
    return used;
}
} // namespace

void TestSandboxPersistence::restartKeepsState() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("sandbox.sqlite"));
    const QStringList args{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--db"),
                           db, QStringLiteral("--quiet")};

    qint64 clientId = 0;
    QJsonObject usedBefore;
    QJsonObject camilleBefore;
    {
        QProcess p;
        const QUrl base = start(p, args);
        QVERIFY(base.isValid());
        QVERIFY(QFileInfo::exists(db));
        const QString t = token(base);
        QVERIFY(!t.isEmpty());
        const HttpResult created =
            call("POST", base, QStringLiteral("/oneapi/v0/clients"),
                 {{QStringLiteral("email"), QStringLiteral("persistante@exemple.fr")},
                  {QStringLiteral("first_name"), QStringLiteral("Bérénice")},
                  {QStringLiteral("last_name"), QStringLiteral("Lemaître")},
                  {QStringLiteral("phone_prefix"), QStringLiteral("+33")},
                  {QStringLiteral("phone"), QStringLiteral("655443322")},
                  {QStringLiteral("address"), QStringLiteral("4 rue des Martyrs")},
                  {QStringLiteral("zip_code"), QStringLiteral("75009")},
                  {QStringLiteral("city"), QStringLiteral("Paris")},
                  {QStringLiteral("country"), QStringLiteral("FR")},
                  {QStringLiteral("optin"), true},
                  {QStringLiteral("cgu"), true}},
                 t);
        QCOMPARE(created.status, 200);
        clientId = created.data().toObject().value(QStringLiteral("client_id")).toInteger();
        camilleBefore =
            call("GET", base, QStringLiteral("/oneapi/v0/clients/camille.lefebvre@exemple.fr"), {},
                 t)
                .data()
                .toObject();
        QVERIFY(!camilleBefore.isEmpty());
        usedBefore = stockUse(call("GET", base, QStringLiteral("/oneapi/v0/stockofpasses"), {}, t));
        stop(p);
    }
    {
        QProcess p;
        const QUrl base = start(p, args);
        QVERIFY(base.isValid());
        const QString t = token(base);
        const HttpResult again =
            call("GET", base, QStringLiteral("/oneapi/v0/clients/persistante@exemple.fr"), {}, t);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.data().toObject().value(QStringLiteral("client_id")).toInteger(), clientId);
        QCOMPARE(again.data().toObject().value(QStringLiteral("first_name")).toString(),
                 QStringLiteral("Bérénice"));
        // Not seeded a second time: the demo data are the same rows, not new ones
        // with fresh dates, and no stock was added.
        QCOMPARE(call("GET", base, QStringLiteral("/oneapi/v0/clients/camille.lefebvre@exemple.fr"),
                      {}, t)
                     .data()
                     .toObject(),
                 camilleBefore);
        QCOMPARE(stockUse(call("GET", base, QStringLiteral("/oneapi/v0/stockofpasses"), {}, t)),
                 usedBefore);
        stop(p);
    }
}

void TestSandboxPersistence::noSeed() {
    QProcess p;
    const QUrl base = start(p, {QStringLiteral("--port"), QStringLiteral("0"),
                                QStringLiteral("--no-seed"), QStringLiteral("--quiet")});
    QVERIFY(base.isValid());
    const QString t = token(base);
    QVERIFY(!t.isEmpty()); // the enterprises and their keys exist
    QCOMPARE(call("GET", base, QStringLiteral("/oneapi/v0/groupsofenterprises"), {}, t)
                 .data()
                 .toArray()
                 .size(),
             2);
    const HttpResult stocks = call("GET", base, QStringLiteral("/oneapi/v0/stockofpasses"), {}, t);
    QCOMPARE(stocks.status, 200);
    QVERIFY(stocks.data().toArray().isEmpty());
    QCOMPARE(
        call("GET", base, QStringLiteral("/oneapi/v0/clients/camille.lefebvre@exemple.fr"), {}, t)
            .status,
        404);
    const QDate today = QDateTime::currentDateTime().toTimeZone(SandboxClock::zone()).date();
    const HttpResult stats = call(
        "GET", base,
        QStringLiteral("/oneapi/v0/stats?month=%1&year=%2").arg(today.month()).arg(today.year()),
        {}, t);
    QCOMPARE(stats.status, 200);
    for (const QJsonValue &e : stats.data().toArray()) {
        QCOMPARE(e.toObject().value(QStringLiteral("total_clients")).toInt(), 0);
        QCOMPARE(e.toObject().value(QStringLiteral("total_requests")).toInt(), 0);
        QCOMPARE(e.toObject().value(QStringLiteral("total_passes")).toInt(), 0);
    }
    stop(p);
}

void TestSandboxPersistence::invalidArguments_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("port not a number")
        << QStringList{QStringLiteral("--port"), QStringLiteral("abc")};
    QTest::newRow("port too big") << QStringList{QStringLiteral("--port"), QStringLiteral("70000")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--bogus")};
    QTest::newRow("fail rate") << QStringList{QStringLiteral("--fail-rate"), QStringLiteral("2")};
    QTest::newRow("max upload") << QStringList{QStringLiteral("--max-upload"),
                                               QStringLiteral("lots")};
    QTest::newRow("positional") << QStringList{QStringLiteral("extra")};
}

void TestSandboxPersistence::invalidArguments() {
    QFETCH(QStringList, arguments);
    QProcess p;
    QSignalSpy finished(&p, &QProcess::finished);
    p.start(m_bin, arguments);
    QVERIFY(finished.wait(10000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 2);
    QVERIFY(!p.readAllStandardError().isEmpty());
}

void TestSandboxPersistence::seedIsFast() {
    // Every test starts a seeded in-memory sandbox: the demo data must stay cheap.
    QElapsedTimer timer;
    timer.start();
    SandboxFixture f;
    const qint64 ms = timer.elapsed();
    QVERIFY(f.ok());
    qInfo("seeded sandbox started in %lld ms", ms);
    QVERIFY2(ms < 2000, qPrintable(QString::number(ms)));
}

QTEST_MAIN(TestSandboxPersistence)
#include "tst_sandbox_persistence.moc"
