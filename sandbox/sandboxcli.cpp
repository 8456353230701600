#include "sandboxcli.h"

#include "sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <limits>

namespace SandboxCli {

std::optional<qint64> parseSize(const QString &text) {
    QString t = text.trimmed().toUpper();
    qint64 factor = 1;
    if (t.endsWith(QLatin1Char('B')))
        t.chop(1);
    if (t.endsWith(QLatin1Char('K')))
        factor = 1024;
    else if (t.endsWith(QLatin1Char('M')))
        factor = 1024 * 1024;
    else if (t.endsWith(QLatin1Char('G')))
        factor = 1024LL * 1024 * 1024;
    if (factor != 1)
        t.chop(1);
    bool ok = false;
    const qint64 n = t.toLongLong(&ok);
    if (!ok || n < 0)
        return std::nullopt;
    return n * factor;
}

namespace {
std::optional<double> parseRate(const QString &text) {
    bool ok = false;
    const double p = text.toDouble(&ok);
    if (!ok || p < 0.0 || p > 1.0)
        return std::nullopt;
    return p;
}
} // namespace

std::optional<SandboxOptions> parse(const QStringList &arguments, QString *error) {
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("A stateful local emulator of the Jobbers One API."));
    p.addHelpOption();
    p.addVersionOption();
    const QCommandLineOption host(QStringLiteral("host"), QStringLiteral("Address to listen on."),
                                  QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption port(QStringLiteral("port"),
                                  QStringLiteral("Port to listen on; 0 picks a free one."),
                                  QStringLiteral("port"), QStringLiteral("8080"));
    const QCommandLineOption db(QStringLiteral("db"),
                                QStringLiteral("SQLite file for the state (a new file is seeded; "
                                               "an existing one is opened as it is). Default: "
                                               "in memory."),
                                QStringLiteral("file"));
    const QCommandLineOption noSeed(QStringLiteral("no-seed"),
                                    QStringLiteral("Only the demo enterprises, keys and groups."));
    const QCommandLineOption seedLarge(
        QStringLiteral("seed-large"),
        QStringLiteral("Also seed a large enterprise (900) for benchmarks: 20 groups, 10000 "
                       "clients, 24 months of activity unless the --large-* options say "
                       "otherwise."));
    const QCommandLineOption largeGroups(QStringLiteral("large-groups"),
                                         QStringLiteral("Groups of the large enterprise "
                                                        "(1..999; implies --seed-large)."),
                                         QStringLiteral("n"));
    const QCommandLineOption largeClients(QStringLiteral("large-clients"),
                                          QStringLiteral("Clients of the large enterprise "
                                                         "(1..1000000; implies --seed-large)."),
                                          QStringLiteral("n"));
    const QCommandLineOption largeMonths(QStringLiteral("large-months"),
                                         QStringLiteral("Months of activity of the large "
                                                        "enterprise (1..120; implies "
                                                        "--seed-large)."),
                                         QStringLiteral("n"));
    const QCommandLineOption ttl(QStringLiteral("token-ttl"),
                                 QStringLiteral("Access token lifetime in seconds."),
                                 QStringLiteral("seconds"), QStringLiteral("3600"));
    const QCommandLineOption maxUpload(QStringLiteral("max-upload"),
                                       QStringLiteral("Largest request body, in bytes (K, M, G "
                                                      "suffixes allowed)."),
                                       QStringLiteral("size"), QStringLiteral("10M"));
    const QCommandLineOption latency(QStringLiteral("latency"),
                                     QStringLiteral("Delay every answer by this many ms."),
                                     QStringLiteral("ms"), QStringLiteral("0"));
    const QCommandLineOption failRate(QStringLiteral("fail-rate"),
                                      QStringLiteral("Share (0..1) of requests answered 503."),
                                      QStringLiteral("p"), QStringLiteral("0"));
    const QCommandLineOption dropRate(QStringLiteral("drop-rate"),
                                      QStringLiteral("Share (0..1) of requests whose connection "
                                                     "is closed before the request is handled."),
                                      QStringLiteral("p"), QStringLiteral("0"));
    const QCommandLineOption loseRate(
        QStringLiteral("lose-answer-rate"),
        QStringLiteral("Share (0..1) of requests that are handled and committed, then have "
                       "their connection closed without an answer."),
        QStringLiteral("p"), QStringLiteral("0"));
    const QCommandLineOption faultSeed(
        QStringLiteral("fault-seed"),
        QStringLiteral("Seed of the fault decisions, for reproducible runs (default: random)."),
        QStringLiteral("n"));
    const QCommandLineOption demoReplies(
        QStringLiteral("demo-replies"),
        QStringLiteral("Demo life: a client answers an agent's message a few seconds later with "
                       "a short French reply."));
    const QCommandLineOption demoReplyDelay(
        QStringLiteral("demo-reply-delay"),
        QStringLiteral("Delay of those replies on the sandbox's clock, in ms (0..3600000, "
                       "default 4000; implies --demo-replies)."),
        QStringLiteral("ms"));
    const QCommandLineOption quiet(QStringLiteral("quiet"),
                                   QStringLiteral("Do not log one line per request."));
    p.addOptions({host, port, db, noSeed, seedLarge, largeGroups, largeClients, largeMonths, ttl,
                  maxUpload, latency, failRate, dropRate, loseRate, faultSeed, demoReplies,
                  demoReplyDelay, quiet});
    if (!p.parse(arguments)) {
        *error = p.errorText();
        return std::nullopt;
    }
    if (p.isSet(QStringLiteral("help"))) {
        p.showHelp(0);
    }
    if (p.isSet(QStringLiteral("version"))) {
        p.showVersion();
    }
    if (!p.positionalArguments().isEmpty()) {
        *error =
            QStringLiteral("unexpected argument: %1").arg(p.positionalArguments().constFirst());
        return std::nullopt;
    }
    SandboxOptions o;
    o.host = p.value(host);
    bool ok = false;
    const int portValue = p.value(port).toInt(&ok);
    if (!ok || portValue < 0 || portValue > 65535) {
        *error = QStringLiteral("--port must be between 0 and 65535");
        return std::nullopt;
    }
    o.port = quint16(portValue);
    o.dbPath = p.value(db);
    o.seed = !p.isSet(noSeed);
    if (p.isSet(seedLarge) || p.isSet(largeGroups) || p.isSet(largeClients)
        || p.isSet(largeMonths)) {
        LargeSeedSizes sizes;
        const struct {
            const QCommandLineOption &option;
            int *value;
            int max;
        } counts[] = {{largeGroups, &sizes.groups, 999},
                      {largeClients, &sizes.clients, 1000000},
                      {largeMonths, &sizes.months, 120}};
        for (const auto &c : counts) {
            if (!p.isSet(c.option))
                continue;
            *c.value = p.value(c.option).toInt(&ok);
            if (!ok || *c.value < 1 || *c.value > c.max) {
                *error = QStringLiteral("--%1 must be a whole number from 1 to %2")
                             .arg(c.option.names().constFirst(), QString::number(c.max));
                return std::nullopt;
            }
        }
        o.seedLarge = sizes;
    }
    o.tokenTtlSeconds = p.value(ttl).toInt(&ok);
    if (!ok || o.tokenTtlSeconds < 1) {
        *error = QStringLiteral("--token-ttl must be a positive number of seconds");
        return std::nullopt;
    }
    const std::optional<qint64> size = parseSize(p.value(maxUpload));
    if (!size) {
        *error = QStringLiteral("--max-upload must be a size such as 1048576, 512K or 10M");
        return std::nullopt;
    }
    o.maxUploadBytes = *size;
    o.latencyMs = p.value(latency).toInt(&ok);
    if (!ok || o.latencyMs < 0) {
        *error = QStringLiteral("--latency must be a number of milliseconds");
        return std::nullopt;
    }
    const std::optional<double> fail = parseRate(p.value(failRate));
    const std::optional<double> drop = parseRate(p.value(dropRate));
    const std::optional<double> lose = parseRate(p.value(loseRate));
    if (!fail || !drop || !lose) {
        *error = QStringLiteral(
            "--fail-rate, --drop-rate and --lose-answer-rate must be between 0 and 1");
        return std::nullopt;
    }
    o.failRate = *fail;
    o.dropRate = *drop;
    o.loseAnswerRate = *lose;
    if (p.isSet(faultSeed)) {
        const qint64 seed = p.value(faultSeed).toLongLong(&ok);
        if (!ok || seed < 0 || seed > qint64(std::numeric_limits<quint32>::max())) {
            *error = QStringLiteral("--fault-seed must be an integer from 0 to 4294967295");
            return std::nullopt;
        }
        o.faultSeed = quint32(seed);
    }
    o.demoReplies = p.isSet(demoReplies) || p.isSet(demoReplyDelay);
    if (p.isSet(demoReplyDelay)) {
        o.demoReplyDelayMs = p.value(demoReplyDelay).toInt(&ok);
        if (!ok || o.demoReplyDelayMs < 0 || o.demoReplyDelayMs > 3600000) {
            *error = QStringLiteral("--demo-reply-delay must be a number of milliseconds from 0 "
                                    "to 3600000");
            return std::nullopt;
        }
    }
    o.logRequests = !p.isSet(quiet);
    return o;
}

int run(QCoreApplication &app) {
    QString error;
    const std::optional<SandboxOptions> options = parse(app.arguments(), &error);
    QTextStream err(stderr);
    if (!options) {
        err << "jobbers-sandbox: " << error << "\n";
        return 2;
    }
    auto *server = new SandboxServer(*options, &app);
    if (!server->start(&error)) {
        err << "jobbers-sandbox: " << error << "\n";
        return 1;
    }
    QTextStream out(stdout);
    out << "Jobbers One API sandbox listening on " << server->baseUrl().toString() << "\n";
    QList<DemoCredentials> credentials = SandboxServer::demoCredentials();
    if (options->seedLarge)
        credentials.append(SandboxServer::largeCredentials());
    for (const DemoCredentials &c : std::as_const(credentials)) {
        out << "  enterprise " << c.enterpriseId << " (" << c.name << "): key " << c.apiKey
            << "  secret " << c.apiSecret << "\n";
    }
    out.flush();
    return app.exec();
}

} // namespace SandboxCli
