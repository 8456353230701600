// ApiClient against curl: the same GETs of /oneapi/v0/clients/{id} on a sandbox running
// in its own process, first one at a time over one kept-alive connection, then 6 in
// flight. Shows what ApiClient's layers (JSON decoding, ApiReply, retry bookkeeping) cost
// over the raw HTTP a command-line client does. Target: within 1.5x of curl sequentially.
//   bench_apiclient [--quick] [--requests N] [path/to/jobbers-sandbox]
// The sandbox comes from the argument or JOBBERS_SANDBOX_BIN.
#include "net/apiclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <memory>

namespace {
QTextStream out(stdout);
QTextStream err(stderr);

// Runs the event loop until reply finishes (a benchmark may block; the app never does).
bool await(ApiReply *reply) {
    if (reply->isFinished())
        return true;
    QEventLoop loop;
    QObject::connect(reply, &ApiReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    return reply->isFinished();
}

struct Result {
    qint64 ms = 0;
    int failures = 0;
};

Result runApiClient(ApiClient &api, const QStringList &paths, int inFlight) {
    Result r;
    QElapsedTimer t;
    t.start();
    QEventLoop loop;
    int next = 0;
    int done = 0;
    std::function<void()> launch = [&] {
        if (next >= paths.size())
            return;
        ApiReply *reply = api.get(paths.at(next++));
        QObject::connect(reply, &ApiReply::finished, &loop, [&, reply] {
            if (!reply->ok() || !reply->payload().isObject())
                ++r.failures;
            if (++done == paths.size())
                loop.quit();
            else
                launch();
        });
    };
    for (int i = 0; i < inFlight; ++i)
        launch();
    loop.exec();
    r.ms = t.elapsed();
    return r;
}

Result runCurl(const QUrl &base, const QString &token, const QStringList &paths, int inFlight) {
    Result r;
    QTemporaryDir dir;
    QFile config(dir.filePath(QStringLiteral("curl.conf")));
    if (!config.open(QIODevice::WriteOnly))
        return {-1, int(paths.size())};
    QTextStream c(&config);
    c << "silent\nfail\nheader = \"Authorization: Bearer " << token << "\"\n"
      << "header = \"Accept: application/json\"\n";
    for (const QString &p : paths)
        c << "url = \"" << base.toString() << p << "\"\noutput = \"/dev/null\"\n";
    c.flush();
    config.close();
    QStringList args{QStringLiteral("-K"), config.fileName()};
    if (inFlight > 1)
        args << QStringLiteral("--parallel") << QStringLiteral("--parallel-max")
             << QString::number(inFlight);
    QProcess curl;
    QElapsedTimer t;
    t.start();
    curl.start(QStringLiteral("curl"), args);
    if (!curl.waitForFinished(300000) || curl.exitCode() != 0) {
        err << "curl failed: " << curl.readAllStandardError() << Qt::endl;
        r.failures = int(paths.size());
    }
    r.ms = t.elapsed();
    return r;
}
} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const bool quick = args.removeAll(QStringLiteral("--quick")) > 0;
    int requests = quick ? 50 : 1000;
    const qsizetype n = args.indexOf(QStringLiteral("--requests"));
    if (n >= 0 && n + 1 < args.size()) {
        requests = args.at(n + 1).toInt();
        args.remove(n, 2);
    }
    const QString sandboxBin =
        args.isEmpty() ? qEnvironmentVariable("JOBBERS_SANDBOX_BIN") : args.first();
    if (sandboxBin.isEmpty()) {
        err << "usage: bench_apiclient [--quick] [--requests N] path/to/jobbers-sandbox "
               "(or set JOBBERS_SANDBOX_BIN)"
            << Qt::endl;
        return 2;
    }
    if (QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty()) {
        err << "curl is needed for the comparison" << Qt::endl;
        return 2;
    }

    QProcess sandbox;
    sandbox.start(sandboxBin,
                  {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--quiet")});
    QUrl base;
    const QRegularExpression listening(
        QStringLiteral("listening on (http://127\\.0\\.0\\.1:\\d+)"));
    QByteArray banner;
    while (base.isEmpty() && sandbox.waitForReadyRead(10000)) {
        banner += sandbox.readAllStandardOutput();
        const auto m = listening.match(QString::fromUtf8(banner));
        if (m.hasMatch())
            base = QUrl(m.captured(1));
    }
    if (base.isEmpty()) {
        err << "the sandbox did not start: " << sandbox.readAllStandardError() << Qt::endl;
        return 1;
    }

    ApiClient api;
    api.setBaseUrl(base);
    api.setCredentials(QStringLiteral("demo-20-key"), QStringLiteral("demo-20-secret"));
    ApiReply *auth = api.authenticate();
    auth->setAutoDelete(false);
    // curl gets its own token, through the same endpoint.
    api.setCredentials(QStringLiteral("demo-20-key"), QStringLiteral("demo-20-secret"));
    ApiReply *curlAuth =
        api.post(QStringLiteral("/oneapi/authentication/token"),
                 QJsonObject{{QStringLiteral("grant_type"), QStringLiteral("password")},
                             {QStringLiteral("username"), QStringLiteral("demo-20-key")},
                             {QStringLiteral("password"), QStringLiteral("demo-20-secret")}});
    curlAuth->setAutoDelete(false);
    // Ours to free (no auto-delete), before api goes.
    const std::unique_ptr<ApiReply> authOwner(auth), curlAuthOwner(curlAuth);
    if (!await(auth) || !auth->ok() || !await(curlAuth) || !curlAuth->ok()) {
        err << "no token: " << auth->error().message << Qt::endl;
        return 1;
    }
    const QString curlToken =
        curlAuth->document().object().value(QStringLiteral("access_token")).toString();

    // The enterprise's own clients among the seeded ids; echo if clients are not served.
    QStringList ids;
    for (int id = 40301; id < 40341 && ids.size() < 10; ++id) {
        ApiReply *probe = api.get(QStringLiteral("/oneapi/v0/clients/%1").arg(id));
        probe->setAutoDelete(false);
        if (await(probe) && probe->ok())
            ids << QStringLiteral("/oneapi/v0/clients/%1").arg(id);
        delete probe;
    }
    if (ids.isEmpty())
        ids << QStringLiteral("/oneapi/v0/echo/x");
    QStringList paths;
    for (int i = 0; i < requests; ++i)
        paths << ids.at(i % ids.size());

    // One warm-up pass each so that neither pays for connection set-up in the figures.
    runApiClient(api, paths.mid(0, 10), 1);
    const Result apiSeq = runApiClient(api, paths, 1);
    const Result curlSeq = runCurl(base, curlToken, paths, 1);
    const Result apiPar = runApiClient(api, paths, 6);
    const Result curlPar = runCurl(base, curlToken, paths, 6);

    const auto row = [&](const char *name, const Result &a, const Result &c) {
        const double ratio = c.ms > 0 ? double(a.ms) / double(c.ms) : 0.0;
        out << QStringLiteral("%1 %2 %3 %4 %5x %6")
                   .arg(QString::fromLatin1(name), -14)
                   .arg(a.ms, 10)
                   .arg(c.ms, 9)
                   .arg(double(a.ms) * 1000.0 / requests, 12, 'f', 1)
                   .arg(ratio, 7, 'f', 2)
                   .arg(a.failures + c.failures
                            ? QStringLiteral("FAILURES %1/%2").arg(a.failures).arg(c.failures)
                            : QString())
            << "\n";
    };
    out << "bench_apiclient: " << requests << " x GET " << ids.first()
        << (ids.size() > 1 ? QStringLiteral(" (and %1 other ids)").arg(ids.size() - 1) : QString())
        << " on " << base.toString() << "\n\n";
    out << QStringLiteral("%1 %2 %3 %4 %5")
               .arg(QStringLiteral("mode"), -14)
               .arg(QStringLiteral("ApiClient ms"), 10)
               .arg(QStringLiteral("curl ms"), 9)
               .arg(QStringLiteral("us/request"), 12)
               .arg(QStringLiteral("ratio"), 8)
        << "\n";
    row("sequential", apiSeq, curlSeq);
    row("6 in flight", apiPar, curlPar);
    const double seqRatio = curlSeq.ms > 0 ? double(apiSeq.ms) / double(curlSeq.ms) : 0;
    out << "\ntarget: ApiClient within 1.5x of curl sequentially: "
        << (seqRatio <= 1.5 ? "met" : "NOT met") << Qt::endl;

    sandbox.terminate();
    sandbox.waitForFinished(5000);
    const int failures = apiSeq.failures + curlSeq.failures + apiPar.failures + curlPar.failures;
    return failures ? 1 : 0;
}
