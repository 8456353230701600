#include "sandboxfixture.h"
#include "store/sandboxclock.h"

#include <QDate>
#include <QRegularExpression>
#include <QTest>

// Stats: computed from the store for the month asked.
class TestSandboxStats : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void shape();
    void fieldOrder();
    void errors_data();
    void errors();
    void emptyMonth();
    void seededMonthsHaveData();
    void newClientCounts();
    void passAndDeleteCount();
    void otherEnterpriseGroups();
};

namespace {
const QStringList kTagNames = {QStringLiteral("sports"),
                               QStringLiteral("enfants"),
                               QStringLiteral("voyages"),
                               QStringLiteral("services_domicile"),
                               QStringLiteral("services_individus"),
                               QStringLiteral("animaux"),
                               QStringLiteral("auto_moto"),
                               QStringLiteral("coaching"),
                               QStringLiteral("livraison"),
                               QStringLiteral("administratif"),
                               QStringLiteral("demenagement"),
                               QStringLiteral("anniversaire"),
                               QStringLiteral("mariage_pacs"),
                               QStringLiteral("evg"),
                               QStringLiteral("romantique"),
                               QStringLiteral("fetes"),
                               QStringLiteral("reservation"),
                               QStringLiteral("marketplace"),
                               QStringLiteral("recherches"),
                               QStringLiteral("medical"),
                               QStringLiteral("bons_plans")};

QString statsPath(const QDate &d) {
    return QStringLiteral("/oneapi/v0/stats?month=%1&year=%2").arg(d.month()).arg(d.year());
}

// The month of a sandbox date ("YYYY-MM-DD HH:MM:SS", Paris time), which may differ
// from the machine's at the turn of a month.
QDate monthOf(const QString &sandboxDate) {
    return QDate::fromString(sandboxDate.left(10), QStringLiteral("yyyy-MM-dd"));
}

QJsonObject entry(const QJsonArray &stats, const QJsonValue &group) {
    for (const QJsonValue &v : stats) {
        if (v.toObject().value(QStringLiteral("group_id")) == group)
            return v.toObject();
    }
    return {};
}

void verifyEntry(const QJsonObject &e) {
    QCOMPARE(e.size(), 15);
    QVERIFY(e.value(QStringLiteral("last_updated")).isString());
    QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$"))
                .match(e.value(QStringLiteral("last_updated")).toString())
                .hasMatch());
    for (const char *k :
         {"total_requests", "delta_requests", "total_passes", "delta_passes", "total_clients",
          "delta_clients", "percentage_female_clients", "percentage_male_clients",
          "percentage_unknown_clients", "avergage_conversation_rating"})
        QVERIFY2(e.value(QLatin1String(k)).isDouble(), k);
    QVERIFY(!e.contains(QStringLiteral("average_conversation_rating")));
    const double rating = e.value(QStringLiteral("avergage_conversation_rating")).toDouble();
    QVERIFY(rating == 0.0 || (rating >= 1.0 && rating <= 5.0));
    const QJsonObject nologin = e.value(QStringLiteral("nologin_clients")).toObject();
    QVERIFY(nologin.value(QStringLiteral("total")).isDouble());
    QVERIFY(nologin.value(QStringLiteral("emails")).isArray());
    QCOMPARE(nologin.value(QStringLiteral("total")).toInt(),
             nologin.value(QStringLiteral("emails")).toArray().size());
    const QJsonArray tags = e.value(QStringLiteral("tags")).toArray();
    QCOMPARE(tags.size(), 21);
    for (int i = 0; i < tags.size(); ++i) {
        QCOMPARE(tags.at(i).toObject().value(QStringLiteral("tag_name")).toString(),
                 kTagNames.at(i));
        QVERIFY(tags.at(i).toObject().value(QStringLiteral("percent")).isDouble());
    }
    const QJsonObject orders = e.value(QStringLiteral("total_orders")).toObject();
    QVERIFY(orders.value(QStringLiteral("total")).isDouble());
    for (const QJsonValue &c : orders.value(QStringLiteral("categories")).toArray()) {
        QVERIFY(c.toObject().value(QStringLiteral("category_id")).isString()); // as the reference
        QVERIFY(c.toObject().value(QStringLiteral("category_name")).isString());
        QVERIFY(c.toObject().value(QStringLiteral("percent")).isDouble());
    }
    const qint64 total = e.value(QStringLiteral("total_clients")).toInteger();
    if (total > 0) {
        const double sum = e.value(QStringLiteral("percentage_female_clients")).toDouble()
                           + e.value(QStringLiteral("percentage_male_clients")).toDouble()
                           + e.value(QStringLiteral("percentage_unknown_clients")).toDouble();
        QVERIFY(qAbs(sum - 100.0) < 0.02);
    }
}
} // namespace

void TestSandboxStats::shape() {
    SandboxFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const QString token = f.token();
    const HttpResult r = f.get(statsPath(f.now().date().addMonths(-1)), token);
    QCOMPARE(r.status, 200);
    const QJsonArray list = r.data().toArray();
    QCOMPARE(list.size(), 3);
    QVERIFY(list.at(0).toObject().value(QStringLiteral("group_id")).isNull());
    QVERIFY(list.at(1).toObject().value(QStringLiteral("group_id")).isDouble());
    QCOMPARE(list.at(1).toObject().value(QStringLiteral("group_id")).toInt(), 373);
    QCOMPARE(list.at(2).toObject().value(QStringLiteral("group_id")).toInt(), 374);
    for (const QJsonValue &v : list)
        verifyEntry(v.toObject());
    // Last month of the demo data: requests and clients, and tags that add up.
    const QJsonObject all = list.at(0).toObject();
    QVERIFY(all.value(QStringLiteral("delta_requests")).toInt() > 0);
    double tagSum = 0;
    for (const QJsonValue &t : all.value(QStringLiteral("tags")).toArray())
        tagSum += t.toObject().value(QStringLiteral("percent")).toDouble();
    // Every conversation has a main tag, some a secondary one too.
    QVERIFY(tagSum >= 99.9);
    const QJsonObject orders = all.value(QStringLiteral("total_orders")).toObject();
    if (orders.value(QStringLiteral("total")).toInt() > 0) {
        double sum = 0;
        for (const QJsonValue &c : orders.value(QStringLiteral("categories")).toArray())
            sum += c.toObject().value(QStringLiteral("percent")).toDouble();
        QVERIFY(qAbs(sum - 100.0) < 0.1);
    }
    // The groups' deltas add up to at most the enterprise's (some clients have no group).
    QVERIFY(list.at(1).toObject().value(QStringLiteral("total_clients")).toInt()
                + list.at(2).toObject().value(QStringLiteral("total_clients")).toInt()
            <= all.value(QStringLiteral("total_clients")).toInt());
}

void TestSandboxStats::fieldOrder() {
    SandboxFixture f;
    const HttpResult r = f.get(statsPath(f.now().date()), f.token());
    const QByteArray first = r.body.left(r.body.indexOf("\"group_id\":373"));
    const char *const order[] = {"\"group_id\"",
                                 "\"last_updated\"",
                                 "\"total_requests\"",
                                 "\"delta_requests\"",
                                 "\"total_passes\"",
                                 "\"delta_passes\"",
                                 "\"total_clients\"",
                                 "\"delta_clients\"",
                                 "\"percentage_female_clients\"",
                                 "\"percentage_male_clients\"",
                                 "\"percentage_unknown_clients\"",
                                 "\"nologin_clients\"",
                                 "\"tags\"",
                                 "\"avergage_conversation_rating\"",
                                 "\"total_orders\""};
    qsizetype last = -1;
    for (const char *k : order) {
        const qsizetype at = first.indexOf(k);
        QVERIFY2(at > last, k);
        last = at;
    }
    QVERIFY(first.contains("{\"tag_name\":\"sports\",\"percent\":"));
}

void TestSandboxStats::errors_data() {
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("errors"); // "title/source" entries, comma separated
    QTest::newRow("month 0") << "month=0&year=2018" << QStringLiteral("is_invalid/month");
    QTest::newRow("month 13") << "month=13&year=2018" << QStringLiteral("is_invalid/month");
    QTest::newRow("month text") << "month=july&year=2018" << QStringLiteral("is_invalid/month");
    QTest::newRow("month negative") << "month=-1&year=2018" << QStringLiteral("is_invalid/month");
    QTest::newRow("year 2 digits") << "month=7&year=18" << QStringLiteral("is_invalid/year");
    QTest::newRow("year 5 digits") << "month=7&year=20180" << QStringLiteral("is_invalid/year");
    QTest::newRow("year text") << "month=7&year=abcd" << QStringLiteral("is_invalid/year");
    QTest::newRow("no month") << "year=2018" << QStringLiteral("cannot_be_blank/month");
    QTest::newRow("no year") << "month=7" << QStringLiteral("cannot_be_blank/year");
    QTest::newRow("empty month") << "month=&year=2018" << QStringLiteral("cannot_be_blank/month");
    QTest::newRow("nothing") << QString()
                             << QStringLiteral("cannot_be_blank/month,cannot_be_blank/year");
    QTest::newRow("both bad") << "month=13&year=1"
                              << QStringLiteral("is_invalid/month,is_invalid/year");
}

void TestSandboxStats::errors() {
    QFETCH(QString, query);
    QFETCH(QString, errors);
    SandboxFixture f;
    const HttpResult r = f.get(QStringLiteral("/oneapi/v0/stats?") + query, f.token());
    QCOMPARE(r.status, 400);
    QStringList got;
    for (const QJsonValue &e : r.object().value(QStringLiteral("errors")).toArray())
        got.append(e.toObject().value(QStringLiteral("title")).toString() + QLatin1Char('/')
                   + e.toObject().value(QStringLiteral("source")).toString());
    QCOMPARE(got.join(QLatin1Char(',')), errors);
}

void TestSandboxStats::emptyMonth() {
    SandboxFixture f;
    const HttpResult r = f.get(QStringLiteral("/oneapi/v0/stats?month=07&year=2018"), f.token());
    QCOMPARE(r.status, 200);
    for (const QJsonValue &v : r.data().toArray()) {
        const QJsonObject e = v.toObject();
        verifyEntry(e);
        QCOMPARE(e.value(QStringLiteral("total_clients")).toInt(), 0);
        QCOMPARE(e.value(QStringLiteral("delta_requests")).toInt(), 0);
        QCOMPARE(e.value(QStringLiteral("percentage_unknown_clients")).toDouble(), 0.0);
        QCOMPARE(e.value(QStringLiteral("avergage_conversation_rating")).toDouble(), 0.0);
        QVERIFY(e.value(QStringLiteral("total_orders"))
                    .toObject()
                    .value(QStringLiteral("categories"))
                    .toArray()
                    .isEmpty());
    }
}

void TestSandboxStats::seededMonthsHaveData() {
    SandboxFixture f;
    const QString token = f.token();
    const QDate today = f.now().date();
    qint64 previousTotal = -1;
    for (int back = 11; back >= 1; --back) {
        const QJsonObject all =
            f.get(statsPath(today.addMonths(-back)), token).data().toArray().at(0).toObject();
        QVERIFY2(all.value(QStringLiteral("delta_clients")).toInt() > 0,
                 qPrintable(QString::number(back)));
        QVERIFY(all.value(QStringLiteral("delta_requests")).toInt() >= 0);
        const qint64 total = all.value(QStringLiteral("total_requests")).toInteger();
        QVERIFY(total >= previousTotal); // totals only grow
        previousTotal = total;
    }
}

void TestSandboxStats::newClientCounts() {
    SandboxFixture f;
    const QString token = f.token();
    QString path = statsPath(f.now().date());
    const QJsonArray before = f.get(path, token).data().toArray();
    const QString email = QStringLiteral("nouvelle.stat@exemple.fr");
    const HttpResult created =
        f.postJson(QStringLiteral("/oneapi/v0/clients"),
                   {{QStringLiteral("email"), email},
                    {QStringLiteral("group_id"), 373},
                    {QStringLiteral("first_name"), QStringLiteral("Inès")},
                    {QStringLiteral("last_name"), QStringLiteral("Benali")},
                    {QStringLiteral("phone_prefix"), QStringLiteral("+33")},
                    {QStringLiteral("phone"), QStringLiteral("611223344")},
                    {QStringLiteral("address"), QStringLiteral("12 rue Oberkampf")},
                    {QStringLiteral("zip_code"), QStringLiteral("75011")},
                    {QStringLiteral("city"), QStringLiteral("Paris")},
                    {QStringLiteral("country"), QStringLiteral("FR")},
                    {QStringLiteral("optin"), true},
                    {QStringLiteral("cgu"), true},
                    {QStringLiteral("gender"), QStringLiteral("FEMALE")}},
                   token);
    QCOMPARE(created.status, 200);
    const QString registered =
        created.data().toObject().value(QStringLiteral("registering_date")).toString();
    if (statsPath(monthOf(registered)) != path)
        QSKIP("the month turned (in Paris) during the test");
    const QJsonArray after = f.get(path, token).data().toArray();
    for (const QJsonValue &group : {QJsonValue(), QJsonValue(373)}) {
        const QJsonObject b = entry(before, group);
        const QJsonObject a = entry(after, group);
        QCOMPARE(a.value(QStringLiteral("delta_clients")).toInt(),
                 b.value(QStringLiteral("delta_clients")).toInt() + 1);
        QCOMPARE(a.value(QStringLiteral("total_clients")).toInt(),
                 b.value(QStringLiteral("total_clients")).toInt() + 1);
        const QJsonObject nologin = a.value(QStringLiteral("nologin_clients")).toObject();
        QVERIFY(nologin.value(QStringLiteral("emails")).toArray().contains(QJsonValue(email)));
        QCOMPARE(nologin.value(QStringLiteral("total")).toInt(),
                 b.value(QStringLiteral("nologin_clients"))
                         .toObject()
                         .value(QStringLiteral("total"))
                         .toInt()
                     + 1);
    }
    QCOMPARE(entry(after, 374).value(QStringLiteral("total_clients")),
             entry(before, 374).value(QStringLiteral("total_clients")));
    // Logging in takes the client off the no-login list.
    const QString url =
        f.get(QStringLiteral("/oneapi/v0/clients/") + email + QStringLiteral("/login"), token)
            .data()
            .toObject()
            .value(QStringLiteral("url"))
            .toString();
    QVERIFY(f.get(url.mid(f.baseUrl().toString().size()), {}).body.contains("welcome"));
    const QJsonObject logged = entry(f.get(path, token).data().toArray(), QJsonValue());
    QVERIFY(!logged.value(QStringLiteral("nologin_clients"))
                 .toObject()
                 .value(QStringLiteral("emails"))
                 .toArray()
                 .contains(QJsonValue(email)));
}

void TestSandboxStats::passAndDeleteCount() {
    SandboxFixture f;
    const QString token = f.token();
    const QString path = statsPath(f.now().date());
    const QJsonObject before = entry(f.get(path, token).data().toArray(), QJsonValue());
    qint64 stockId = 0;
    for (const QJsonValue &v :
         f.get(QStringLiteral("/oneapi/v0/stockofpasses"), token).data().toArray()) {
        const QJsonObject s = v.toObject();
        if (s.value(QStringLiteral("duration_type")).toString() == QLatin1String("YEAR")
            && s.value(QStringLiteral("total_available")).toInt() > 0
            && s.value(QStringLiteral("expiration_date")).toString()
                   > f.now().date().addMonths(1).toString(Qt::ISODate))
            stockId = s.value(QStringLiteral("stock_id")).toInteger();
    }
    QVERIFY(stockId > 0);
    QCOMPARE(f.postJson(QStringLiteral("/oneapi/v0/stockofpasses/assign"),
                        {{QStringLiteral("email"), QStringLiteral("camille.lefebvre@exemple.fr")},
                         {QStringLiteral("stock_id"), stockId},
                         {QStringLiteral("payment_reference"), QStringLiteral("stats-1")}},
                        token)
                 .status,
             200);
    const HttpResult left = f.request(
        "DELETE", QStringLiteral("/oneapi/v0/clients/hugo.martin+conciergerie@exemple.fr"), {},
        token);
    QCOMPARE(left.status, 200);
    if (statsPath(monthOf(left.data().toObject().value(QStringLiteral("leaving_date")).toString()))
        != path)
        QSKIP("the month turned (in Paris) during the test");
    const QJsonObject after = entry(f.get(path, token).data().toArray(), QJsonValue());
    QCOMPARE(after.value(QStringLiteral("delta_passes")).toInt(),
             before.value(QStringLiteral("delta_passes")).toInt() + 1);
    QCOMPARE(after.value(QStringLiteral("total_passes")).toInt(),
             before.value(QStringLiteral("total_passes")).toInt() + 1);
    // A client who left is no longer counted at the month's end.
    QCOMPARE(after.value(QStringLiteral("total_clients")).toInt(),
             before.value(QStringLiteral("total_clients")).toInt() - 1);
}

void TestSandboxStats::otherEnterpriseGroups() {
    SandboxFixture f;
    const QJsonArray list = f.get(statsPath(f.now().date()), f.token(280)).data().toArray();
    QCOMPARE(list.size(), 3);
    QVERIFY(list.at(0).toObject().value(QStringLiteral("group_id")).isNull());
    QCOMPARE(list.at(1).toObject().value(QStringLiteral("group_id")).toInt(), 375);
    QCOMPARE(list.at(2).toObject().value(QStringLiteral("group_id")).toInt(), 376);
    // 280's stats never show 20's clients.
    const QJsonArray ours = f.get(statsPath(f.now().date()), f.token(20))
                                .data()
                                .toArray()
                                .at(0)
                                .toObject()
                                .value(QStringLiteral("nologin_clients"))
                                .toObject()
                                .value(QStringLiteral("emails"))
                                .toArray();
    QVERIFY(!ours.isEmpty());
    const QJsonArray theirs = list.at(0)
                                  .toObject()
                                  .value(QStringLiteral("nologin_clients"))
                                  .toObject()
                                  .value(QStringLiteral("emails"))
                                  .toArray();
    for (const QJsonValue &e : theirs)
        QVERIFY(!ours.contains(e));
    QVERIFY(list.at(0).toObject().value(QStringLiteral("total_clients")).toInt()
            < f.get(statsPath(f.now().date()), f.token(20))
                  .data()
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("total_clients"))
                  .toInt());
    QCOMPARE(f.get(statsPath(f.now().date()), {}).status, 401);
}

QTEST_MAIN(TestSandboxStats)
#include "tst_sandbox_stats.moc"
