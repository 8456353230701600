#include "sandboxcli.h"
#include "sandboxcontext.h"
#include "sandboxfixture.h"
#include "sandboxserver.h"

#include <QTemporaryDir>
#include <QTest>

// --seed-large: the large enterprise 900, seeded small here so that it is quick, with
// activity in every group every month (so stats are never trivial), seeded once.
class TestSandboxLargeSeed : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyGroupHasFiguresInPastMonths();
    void seededOnceAlsoIntoAnExistingDatabase();
    void commandLine_data();
    void commandLine();
};

namespace {
SandboxOptions small() {
    SandboxOptions o;
    o.seedLarge = LargeSeedSizes{3, 72, 4};
    return o;
}

qint64 largeClients(SandboxFixture &f) {
    return f.server()
        .context()
        .store()
        .scalar(QStringLiteral("SELECT COUNT(*) FROM clients WHERE enterprise_id = 900"))
        .toLongLong();
}
} // namespace

void TestSandboxLargeSeed::everyGroupHasFiguresInPastMonths() {
    SandboxFixture f(small());
    QVERIFY2(f.ok(), qPrintable(f.error()));
    QCOMPARE(largeClients(f), 72);
    const QString token = f.token(900);
    QVERIFY(!token.isEmpty());
    const QJsonArray groups =
        f.get(QStringLiteral("/oneapi/v0/groupsofenterprises"), token).data().toArray();
    QCOMPARE(groups.size(), 3);
    QCOMPARE(groups.at(0).toObject().value(QStringLiteral("group_id")).toInteger(), 9001);

    const QDate today = f.now().date();
    for (int monthsAgo = 1; monthsAgo <= 3; ++monthsAgo) {
        const QDate month = today.addMonths(-monthsAgo);
        const HttpResult r = f.get(QStringLiteral("/oneapi/v0/stats?month=%1&year=%2")
                                       .arg(month.month())
                                       .arg(month.year()),
                                   token);
        QCOMPARE(r.status, 200);
        const QJsonArray entries = r.data().toArray();
        QCOMPARE(entries.size(), 4); // the enterprise, then its three groups
        for (const QJsonValue &v : entries) {
            const QJsonObject e = v.toObject();
            const QString where = QStringLiteral("%1 months ago, group %2")
                                      .arg(monthsAgo)
                                      .arg(e.value(QStringLiteral("group_id")).toInteger());
            for (const char *field :
                 {"delta_requests", "delta_passes", "delta_clients", "total_clients",
                  "avergage_conversation_rating", "percentage_female_clients"})
                QVERIFY2(e.value(QLatin1String(field)).toDouble() > 0,
                         qPrintable(where + u' ' + QLatin1String(field)));
            QVERIFY2(e.value(QStringLiteral("total_orders"))
                             .toObject()
                             .value(QStringLiteral("total"))
                             .toInt()
                         > 0,
                     qPrintable(where));
            double tagged = 0;
            for (const QJsonValue &t : e.value(QStringLiteral("tags")).toArray())
                tagged += t.toObject().value(QStringLiteral("percent")).toDouble();
            QVERIFY2(tagged >= 100, qPrintable(where)); // every conversation has its main tag
        }
    }
    // The demo enterprises are there as before.
    QCOMPARE(f.get(QStringLiteral("/oneapi/v0/clients/40301"), f.token(20)).status, 200);
}

void TestSandboxLargeSeed::seededOnceAlsoIntoAnExistingDatabase() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SandboxOptions plain;
    plain.dbPath = dir.filePath(QStringLiteral("large.db"));
    {
        SandboxFixture f(plain);
        QVERIFY2(f.ok(), qPrintable(f.error()));
        QCOMPARE(largeClients(f), 0);
    }
    SandboxOptions large = small();
    large.dbPath = plain.dbPath;
    {
        SandboxFixture f(large);
        QVERIFY2(f.ok(), qPrintable(f.error()));
        QCOMPARE(largeClients(f), 72);
    }
    SandboxFixture again(large);
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QCOMPARE(largeClients(again), 72);
}

void TestSandboxLargeSeed::commandLine_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("large");
    QTest::addColumn<int>("groups");
    QTest::addColumn<int>("clients");
    QTest::addColumn<int>("months");
    QTest::addColumn<QString>("error");
    const auto args = [](std::initializer_list<const char *> list) {
        QStringList out{QStringLiteral("jobbers-sandbox")};
        for (const char *a : list)
            out.append(QString::fromLatin1(a));
        return out;
    };
    QTest::newRow("off") << args({}) << false << 0 << 0 << 0 << QString();
    QTest::newRow("defaults") << args({"--seed-large"}) << true << 20 << 10000 << 24 << QString();
    QTest::newRow("a size implies it") << args({"--large-clients", "500", "--large-months", "12"})
                                       << true << 20 << 500 << 12 << QString();
    QTest::newRow("zero groups") << args({"--seed-large", "--large-groups", "0"}) << false << 0 << 0
                                 << 0 << QStringLiteral("--large-groups");
    QTest::newRow("not a number") << args({"--large-clients", "many"}) << false << 0 << 0 << 0
                                  << QStringLiteral("--large-clients");
    QTest::newRow("too many months") << args({"--large-months", "121"}) << false << 0 << 0 << 0
                                     << QStringLiteral("--large-months");
}

void TestSandboxLargeSeed::commandLine() {
    QFETCH(QStringList, arguments);
    QFETCH(bool, large);
    QFETCH(int, groups);
    QFETCH(int, clients);
    QFETCH(int, months);
    QFETCH(QString, error);
    QString message;
    const std::optional<SandboxOptions> o = SandboxCli::parse(arguments, &message);
    if (!error.isEmpty()) {
        QVERIFY(!o);
        QVERIFY2(message.startsWith(error), qPrintable(message));
        return;
    }
    QVERIFY2(o, qPrintable(message));
    QCOMPARE(o->seedLarge.has_value(), large);
    if (large) {
        QCOMPARE(o->seedLarge->groups, groups);
        QCOMPARE(o->seedLarge->clients, clients);
        QCOMPARE(o->seedLarge->months, months);
    }
}

QTEST_MAIN(TestSandboxLargeSeed)
#include "tst_sandbox_largeseed.moc"
