#include "sandboxcontext.h"
#include "sandboxfixture.h"
#include "sandboxserver.h"
#include "store/sandboxclock.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The sandbox's clock, moved instead of waited for: the control endpoints, and what
// moving it does (tokens, autologin links and stocks expire, "this month" of stats
// follows, timers fire, the offset survives a restart).
class TestSandboxClock : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void controlEndpoint();
    void advanceRefusesBadInput_data();
    void advanceRefusesBadInput();
    void tokensExpire();
    void autologinLinksExpire();
    void stocksExpire();
    void statsFollowTheMovedMonth();
    void timersFollowTheClock();
    void offsetSurvivesARestart();
};

namespace {
const QString kClock = QStringLiteral("/_sandbox/clock");
const QString kAdvance = QStringLiteral("/_sandbox/clock/advance");
constexpr qint64 kCamille = 40301; // enterprise 20, group 373
const QString kCamilleEmail = QStringLiteral("camille.lefebvre@exemple.fr");

class Signal : public QObject {
    Q_OBJECT
Q_SIGNALS:
    void fired();
};

QJsonObject statsEntry(SandboxFixture &f, const QString &token, const QDate &month,
                       const QJsonValue &group) {
    const HttpResult r = f.get(
        QStringLiteral("/oneapi/v0/stats?month=%1&year=%2").arg(month.month()).arg(month.year()),
        token);
    for (const QJsonValue &e : r.data().toArray()) {
        if (e.toObject().value(QStringLiteral("group_id")) == group)
            return e.toObject();
    }
    return {};
}
} // namespace

void TestSandboxClock::controlEndpoint() {
    SandboxFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    HttpResult r = f.get(kClock, {});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QStringLiteral("offset_seconds")).toInteger(), 0);
    const QDateTime before =
        SandboxClock::parse(r.object().value(QStringLiteral("now")).toString());
    QVERIFY(before.isValid());

    r = f.postJson(kAdvance, {{QStringLiteral("seconds"), 86400}}, {});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QStringLiteral("offset_seconds")).toInteger(), 86400);
    const QDateTime after = SandboxClock::parse(r.object().value(QStringLiteral("now")).toString());
    QVERIFY2(before.secsTo(after) >= 86400 && before.secsTo(after) < 86400 + 30,
             qPrintable(after.toString()));
    // In-process and over HTTP move the same clock.
    QVERIFY(f.advanceClock(600));
    QCOMPARE(f.get(kClock, {}).object().value(QStringLiteral("offset_seconds")).toInteger(),
             86400 + 600);
    QCOMPARE(f.server().context().clock().offsetSeconds(), 86400 + 600);
    QVERIFY(!f.advanceClock(-1));
    QCOMPARE(f.server().context().clock().offsetSeconds(), 86400 + 600);
}

void TestSandboxClock::advanceRefusesBadInput_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::newRow("backwards") << QByteArray(R"({"seconds": -60})") << 400
                               << QStringLiteral("is_invalid/seconds");
    QTest::newRow("fraction") << QByteArray(R"({"seconds": 1.5})") << 400
                              << QStringLiteral("is_invalid/seconds");
    QTest::newRow("string") << QByteArray(R"({"seconds": "60"})") << 400
                            << QStringLiteral("is_invalid/seconds");
    QTest::newRow("beyond a century")
        << QByteArray(R"({"seconds": 1e12})") << 400 << QStringLiteral("is_invalid/seconds");
    QTest::newRow("missing") << QByteArray("{}") << 400
                             << QStringLiteral("cannot_be_blank/seconds");
    QTest::newRow("unknown field")
        << QByteArray(R"({"seconds": 1, "days": 2})") << 400 << QStringLiteral("is_invalid/days");
    QTest::newRow("not JSON") << QByteArray("seconds=60") << 422
                              << QStringLiteral("is_invalid/body");
}

void TestSandboxClock::advanceRefusesBadInput() {
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, error);
    SandboxFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const HttpResult r =
        f.request("POST", kAdvance, body, {}, {{"Content-Type", "application/json"}});
    QCOMPARE(r.status, status);
    QCOMPARE(r.firstError(), error);
    QCOMPARE(f.server().context().clock().offsetSeconds(), 0);
}

void TestSandboxClock::tokensExpire() {
    SandboxOptions o;
    o.tokenTtlSeconds = 3600;
    SandboxFixture f(o);
    const QString token = f.token();
    QVERIFY(f.advanceClock(3500));
    QCOMPARE(f.get(QStringLiteral("/oneapi/v0/current"), token).status, 200); // slides
    QVERIFY(f.advanceClock(3500));
    QCOMPARE(f.get(QStringLiteral("/oneapi/v0/current"), token).status, 200);
    QVERIFY(f.postJson(kAdvance, {{QStringLiteral("seconds"), 3601}}, {}).status == 200);
    const HttpResult r = f.get(QStringLiteral("/oneapi/v0/current"), token);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.firstError(), QStringLiteral("is_invalid/access_token"));
}

void TestSandboxClock::autologinLinksExpire() {
    SandboxFixture f;
    const QString token = f.token();
    const auto link = [&] {
        const QString url =
            f.get(QStringLiteral("/oneapi/v0/clients/%1/login").arg(kCamille), token)
                .data()
                .toObject()
                .value(QStringLiteral("url"))
                .toString();
        return url.mid(f.baseUrl().toString().size());
    };
    const QString early = link();
    const QString late = link();
    QVERIFY(early.startsWith(QStringLiteral("/oneappweb/")));
    // Links live an hour.
    QVERIFY(f.advanceClock(3000));
    QVERIFY(f.get(early, {}).body.contains("welcome, Camille"));
    QVERIFY(f.advanceClock(601));
    const HttpResult r = f.get(late, {});
    QCOMPARE(r.status, 200);
    QVERIFY(!r.body.contains("welcome"));
    QVERIFY(r.body.contains("jobbers landing page"));
}

void TestSandboxClock::stocksExpire() {
    SandboxFixture f;
    const QString token = f.token();
    // "Pass découverte 1 mois": available, expiring in 20 days.
    qint64 stock = 0;
    for (const QJsonValue &v :
         f.get(QStringLiteral("/oneapi/v0/stockofpasses"), token).data().toArray()) {
        if (v.toObject()
                .value(QStringLiteral("description"))
                .toString()
                .startsWith(QStringLiteral("Pass découverte")))
            stock = v.toObject().value(QStringLiteral("stock_id")).toInteger();
    }
    QVERIFY(stock > 0);
    const auto assign = [&](const QString &reference, const QString &bearer) {
        return f.postJson(QStringLiteral("/oneapi/v0/stockofpasses/assign"),
                          {{QStringLiteral("email"), kCamilleEmail},
                           {QStringLiteral("stock_id"), stock},
                           {QStringLiteral("payment_reference"), reference}},
                          bearer);
    };
    QCOMPARE(assign(QStringLiteral("clock-1"), token).status, 200);
    QVERIFY(f.advanceClock(21 * 86400));
    const HttpResult r = assign(QStringLiteral("clock-2"), f.token()); // the old one expired too
    QCOMPARE(r.status, 400);
    QCOMPARE(r.firstError(), QStringLiteral("is_invalid/stock_id"));
    QVERIFY(r.body.contains("expired"));
}

void TestSandboxClock::statsFollowTheMovedMonth() {
    SandboxFixture f;
    const QDate today = f.now().date();
    const QDate nextMonth = QDate(today.year(), today.month(), 1).addMonths(1);
    QVERIFY(f.advanceClock((today.daysTo(nextMonth) + 1) * 86400));
    const QString token = f.token();
    const QDate moved = f.now().date();
    QCOMPARE(moved.month(), nextMonth.month());

    const QJsonObject before = statsEntry(f, token, moved, QJsonValue());
    QCOMPARE(before.value(QStringLiteral("delta_requests")).toInt(), 0); // nothing dated there yet
    QCOMPARE(SandboxClock::parse(before.value(QStringLiteral("last_updated")).toString()).date(),
             moved);
    const HttpResult c = f.postJson(QStringLiteral("/api/v0/conversations"),
                                    {{QStringLiteral("client_id"), kCamille},
                                     {QStringLiteral("subject"), QStringLiteral("Fleurs")}},
                                    token);
    QCOMPARE(c.status, 200);
    QCOMPARE(
        SandboxClock::parse(c.object().value(QStringLiteral("creation_date")).toString()).date(),
        moved);
    QCOMPARE(
        statsEntry(f, token, moved, QJsonValue()).value(QStringLiteral("delta_requests")).toInt(),
        1);
    QCOMPARE(statsEntry(f, token, moved, 373).value(QStringLiteral("delta_requests")).toInt(), 1);
    // The real month has it no more than before.
    QCOMPARE(statsEntry(f, token, today, QJsonValue()).value(QStringLiteral("total_requests")),
             before.value(QStringLiteral("total_requests")));
}

void TestSandboxClock::timersFollowTheClock() {
    SandboxClock clock;
    Signal later;
    Signal soon;
    Signal gone;
    QSignalSpy laterSpy(&later, &Signal::fired);
    QSignalSpy soonSpy(&soon, &Signal::fired);
    clock.callAfter(3600 * 1000, &later, [&later] { Q_EMIT later.fired(); });
    clock.callAfter(20, &soon, [&soon] { Q_EMIT soon.fired(); });
    {
        auto context = std::make_unique<QObject>();
        clock.callAfter(10 * 1000, context.get(), [&gone] { Q_EMIT gone.fired(); });
    }
    QSignalSpy goneSpy(&gone, &Signal::fired);
    // Time passing fires the near one...
    QVERIFY(soonSpy.wait(5000));
    QCOMPARE(laterSpy.count(), 0);
    // ...moving the clock fires the far one, and nothing whose context is gone.
    QVERIFY(clock.advance(3600));
    QVERIFY(laterSpy.wait(5000));
    QCOMPARE(goneSpy.count(), 0);
    QCOMPARE(clock.pendingCalls(), 0);
}

void TestSandboxClock::offsetSurvivesARestart() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SandboxOptions o;
    o.dbPath = dir.filePath(QStringLiteral("clock.db"));
    {
        SandboxFixture f(o);
        QVERIFY2(f.ok(), qPrintable(f.error()));
        QVERIFY(f.advanceClock(1000));
    }
    SandboxFixture again(o);
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QCOMPARE(again.get(kClock, {}).object().value(QStringLiteral("offset_seconds")).toInteger(),
             1000);
}

QTEST_MAIN(TestSandboxClock)
#include "tst_sandbox_clock.moc"
