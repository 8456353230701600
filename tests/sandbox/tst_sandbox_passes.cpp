#include "sandboxfixture.h"
#include "store/sandboxclock.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTest>

// Stock of passes, pass assignment (idempotent by payment_reference), invoice.
class TestSandboxPasses : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void listShape();
    void listIsPerEnterprise();
    void assignSuccessAndEndDate();
    void assignExtendsCurrentEnd();
    void paymentReferenceIsUnique();
    void assignErrors_data();
    void assignErrors();
    void invoiceNotImplemented();
};

namespace {
const QString kList = QStringLiteral("/oneapi/v0/stockofpasses");
const QString kAssign = QStringLiteral("/oneapi/v0/stockofpasses/assign");
const QRegularExpression kDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$"));

// The demo stocks of an enterprise, by what they are: "expired", "exhausted",
// "soon" (available, expiring within 30 days), "long" (available, a year of life).
QHash<QString, QJsonObject> stocksByKind(SandboxFixture &f, const QString &token) {
    QHash<QString, QJsonObject> out;
    const QString now = SandboxClock::format(f.now());
    const QString in30 = SandboxClock::format(f.now().addDays(30));
    for (const QJsonValue &v : f.get(kList, token).data().toArray()) {
        const QJsonObject s = v.toObject();
        const QString exp = s.value(QStringLiteral("expiration_date")).toString();
        if (exp < now)
            out.insert(QStringLiteral("expired"), s);
        else if (s.value(QStringLiteral("total_available")).toInt() == 0)
            out.insert(QStringLiteral("exhausted"), s);
        else if (exp < in30)
            out.insert(QStringLiteral("soon"), s);
        else
            out.insert(QStringLiteral("long"), s);
    }
    return out;
}

QJsonObject stockById(SandboxFixture &f, const QString &token, qint64 id) {
    for (const QJsonValue &v : f.get(kList, token).data().toArray()) {
        if (v.toObject().value(QStringLiteral("stock_id")).toInteger() == id)
            return v.toObject();
    }
    return {};
}

QString newClient(SandboxFixture &f, const QString &token, const QString &email) {
    const HttpResult r = f.postJson(QStringLiteral("/oneapi/v0/clients"),
                                    {{QStringLiteral("email"), email},
                                     {QStringLiteral("first_name"), QStringLiteral("Gaël")},
                                     {QStringLiteral("last_name"), QStringLiteral("Le Gall")},
                                     {QStringLiteral("phone_prefix"), QStringLiteral("+33")},
                                     {QStringLiteral("phone"), QStringLiteral("698765432")},
                                     {QStringLiteral("address"), QStringLiteral("3 quai de Valmy")},
                                     {QStringLiteral("zip_code"), QStringLiteral("75010")},
                                     {QStringLiteral("city"), QStringLiteral("Paris")},
                                     {QStringLiteral("country"), QStringLiteral("FR")},
                                     {QStringLiteral("optin"), false},
                                     {QStringLiteral("cgu"), true}},
                                    token);
    return r.status == 200 ? email : QString();
}

QString endOf(SandboxFixture &f, const QString &token, const QString &email) {
    return f.get(QStringLiteral("/oneapi/v0/clients/") + email, token)
        .data()
        .toObject()
        .value(QStringLiteral("end_subscription_date"))
        .toString();
}

QJsonObject assignBody(const QString &email, const QJsonValue &stock, const QString &reference) {
    return {{QStringLiteral("email"), email},
            {QStringLiteral("stock_id"), stock},
            {QStringLiteral("payment_reference"), reference}};
}
} // namespace

void TestSandboxPasses::listShape() {
    SandboxFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const HttpResult r = f.get(kList, f.token());
    QCOMPARE(r.status, 200);
    const QJsonArray list = r.data().toArray();
    QVERIFY(list.size() >= 3);
    for (const QJsonValue &v : list) {
        const QJsonObject s = v.toObject();
        QCOMPARE(s.size(), 11);
        for (const char *k : {"stock_id", "duration", "total_units", "total_available",
                              "total_used", "price", "net_price", "vat"})
            QVERIFY2(s.value(QLatin1String(k)).isDouble(), k);
        QVERIFY(s.value(QStringLiteral("description")).isString());
        QVERIFY(
            QStringList({QStringLiteral("DAY"), QStringLiteral("MONTH"), QStringLiteral("YEAR")})
                .contains(s.value(QStringLiteral("duration_type")).toString()));
        QVERIFY(kDate.match(s.value(QStringLiteral("expiration_date")).toString()).hasMatch());
        QCOMPARE(s.value(QStringLiteral("total_available")).toInt(),
                 s.value(QStringLiteral("total_units")).toInt()
                     - s.value(QStringLiteral("total_used")).toInt());
    }
    const auto kinds = stocksByKind(f, f.token());
    for (const char *k : {"expired", "exhausted", "soon", "long"})
        QVERIFY2(kinds.contains(QLatin1String(k)), k);
}

void TestSandboxPasses::listIsPerEnterprise() {
    SandboxFixture f;
    QSet<qint64> mine, theirs;
    for (const QJsonValue &v : f.get(kList, f.token(20)).data().toArray())
        mine.insert(v.toObject().value(QStringLiteral("stock_id")).toInteger());
    for (const QJsonValue &v : f.get(kList, f.token(280)).data().toArray())
        theirs.insert(v.toObject().value(QStringLiteral("stock_id")).toInteger());
    QVERIFY(!mine.isEmpty());
    QVERIFY(!theirs.isEmpty());
    QVERIFY(!mine.intersects(theirs));
}

void TestSandboxPasses::assignSuccessAndEndDate() {
    SandboxFixture f;
    const QString token = f.token();
    const QString email = newClient(f, token, QStringLiteral("gael.legall@exemple.fr"));
    QVERIFY(!email.isEmpty());
    const auto kinds = stocksByKind(f, token);
    for (const QString &kind : {QStringLiteral("soon"), QStringLiteral("long")}) {
        const QJsonObject stock = kinds.value(kind);
        const qint64 id = stock.value(QStringLiteral("stock_id")).toInteger();
        const QString email2 = newClient(f, token, QStringLiteral("gael.%1@exemple.fr").arg(kind));
        const HttpResult r =
            f.postJson(kAssign, assignBody(email2, id, QStringLiteral("ref-") + kind), token);
        QCOMPARE(r.status, 200);
        const QJsonObject d = r.data().toObject();
        QCOMPARE(d.size(), 1);
        const QString end = d.value(QStringLiteral("end_subscription_date")).toString();
        // No current subscription: today plus duration, at 23:59:59.
        const QDate today = f.now().date();
        const int n = stock.value(QStringLiteral("duration")).toInt();
        const QString type = stock.value(QStringLiteral("duration_type")).toString();
        const QDate expected = type == QLatin1String("DAY")     ? today.addDays(n)
                               : type == QLatin1String("MONTH") ? today.addMonths(n)
                                                                : today.addYears(n);
        QCOMPARE(end,
                 expected.toString(QStringLiteral("yyyy-MM-dd")) + QStringLiteral(" 23:59:59"));
        QCOMPARE(endOf(f, token, email2), end);
        const QJsonObject after = stockById(f, token, id);
        QCOMPARE(after.value(QStringLiteral("total_used")).toInt(),
                 stock.value(QStringLiteral("total_used")).toInt() + 1);
        QCOMPARE(after.value(QStringLiteral("total_available")).toInt(),
                 stock.value(QStringLiteral("total_available")).toInt() - 1);
    }
    // stock_id as a numeric string is accepted too.
    const qint64 id =
        kinds.value(QStringLiteral("long")).value(QStringLiteral("stock_id")).toInteger();
    QCOMPARE(f.postJson(kAssign, assignBody(email, QString::number(id), QStringLiteral("ref-str")),
                        token)
                 .status,
             200);
}

void TestSandboxPasses::assignExtendsCurrentEnd() {
    SandboxFixture f;
    const QString token = f.token();
    const QString email = newClient(f, token, QStringLiteral("deux.passes@exemple.fr"));
    const auto kinds = stocksByKind(f, token);
    const QJsonObject stock = kinds.value(QStringLiteral("long"));
    const qint64 id = stock.value(QStringLiteral("stock_id")).toInteger();
    QCOMPARE(stock.value(QStringLiteral("duration_type")).toString(), QStringLiteral("YEAR"));
    const QString first = f.postJson(kAssign, assignBody(email, id, QStringLiteral("a-1")), token)
                              .data()
                              .toObject()
                              .value(QStringLiteral("end_subscription_date"))
                              .toString();
    const QString second = f.postJson(kAssign, assignBody(email, id, QStringLiteral("a-2")), token)
                               .data()
                               .toObject()
                               .value(QStringLiteral("end_subscription_date"))
                               .toString();
    // max(now, current end) + 1 year: from the first end, not from today.
    const QDate firstDate = QDate::fromString(first.left(10), QStringLiteral("yyyy-MM-dd"));
    QCOMPARE(second, firstDate.addYears(stock.value(QStringLiteral("duration")).toInt())
                             .toString(QStringLiteral("yyyy-MM-dd"))
                         + QStringLiteral(" 23:59:59"));
}

void TestSandboxPasses::paymentReferenceIsUnique() {
    SandboxFixture f;
    const QString token = f.token();
    const QString email = newClient(f, token, QStringLiteral("unique.ref@exemple.fr"));
    const qint64 id = stocksByKind(f, token)
                          .value(QStringLiteral("long"))
                          .value(QStringLiteral("stock_id"))
                          .toInteger();
    const HttpResult first =
        f.postJson(kAssign, assignBody(email, id, QStringLiteral("PAY-42")), token);
    QCOMPARE(first.status, 200);
    const int used = stockById(f, token, id).value(QStringLiteral("total_used")).toInt();
    const QString end = endOf(f, token, email);
    const HttpResult again =
        f.postJson(kAssign, assignBody(email, id, QStringLiteral("PAY-42")), token);
    QCOMPARE(again.status, 400);
    QCOMPARE(again.firstError(), QStringLiteral("has_already_been_taken/payment_reference"));
    // Nothing assigned the second time.
    QCOMPARE(stockById(f, token, id).value(QStringLiteral("total_used")).toInt(), used);
    QCOMPARE(endOf(f, token, email), end);
    // Unique per enterprise: another enterprise may use the same reference.
    const QString other = f.token(280);
    const qint64 theirs = stocksByKind(f, other)
                              .value(QStringLiteral("long"))
                              .value(QStringLiteral("stock_id"))
                              .toInteger();
    QCOMPARE(f.postJson(kAssign,
                        assignBody(QStringLiteral("lea.moreau@example.com"), theirs,
                                   QStringLiteral("PAY-42")),
                        other)
                 .status,
             200);
}

void TestSandboxPasses::assignErrors_data() {
    QTest::addColumn<QString>("email"); // "own", "foreign", or a literal
    QTest::addColumn<QString>("stock"); // a kind of stocksByKind, "foreign", or a literal
    QTest::addColumn<QString>("reference");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::newRow("no email") << QString() << "long"
                              << "r" << 400 << QStringLiteral("cannot_be_blank/email");
    QTest::newRow("no stock") << "own" << QString() << "r" << 400
                              << QStringLiteral("cannot_be_blank/stock_id");
    QTest::newRow("no reference") << "own"
                                  << "long" << QString() << 400
                                  << QStringLiteral("cannot_be_blank/payment_reference");
    QTest::newRow("expired") << "own"
                             << "expired"
                             << "r" << 400 << QStringLiteral("is_invalid/stock_id");
    QTest::newRow("exhausted") << "own"
                               << "exhausted"
                               << "r" << 400 << QStringLiteral("is_invalid/stock_id");
    QTest::newRow("unknown stock") << "own"
                                   << "999999"
                                   << "r" << 400 << QStringLiteral("is_invalid/stock_id");
    QTest::newRow("stock not numeric") << "own"
                                       << "abc"
                                       << "r" << 400 << QStringLiteral("is_invalid/stock_id");
    QTest::newRow("another enterprise's stock")
        << "own"
        << "foreign"
        << "r" << 403 << QStringLiteral("is_invalid/stock_id");
    QTest::newRow("unknown client") << "personne@exemple.fr"
                                    << "long"
                                    << "r" << 400 << QStringLiteral("is_invalid/email");
    QTest::newRow("bad email") << "pas-un-email"
                               << "long"
                               << "r" << 400 << QStringLiteral("is_invalid/email");
    QTest::newRow("another enterprise's client")
        << "foreign"
        << "long"
        << "r" << 403 << QStringLiteral("is_invalid/email");
}

void TestSandboxPasses::assignErrors() {
    QFETCH(QString, email);
    QFETCH(QString, stock);
    QFETCH(QString, reference);
    QFETCH(int, status);
    QFETCH(QString, error);
    SandboxFixture f;
    const QString token = f.token();
    const auto kinds = stocksByKind(f, token);
    QJsonObject body;
    if (email == QLatin1String("own"))
        body.insert(QStringLiteral("email"), QStringLiteral("camille.lefebvre@exemple.fr"));
    else if (email == QLatin1String("foreign"))
        body.insert(QStringLiteral("email"), QStringLiteral("lea.moreau@example.com"));
    else if (!email.isEmpty())
        body.insert(QStringLiteral("email"), email);
    if (kinds.contains(stock))
        body.insert(QStringLiteral("stock_id"),
                    kinds.value(stock).value(QStringLiteral("stock_id")));
    else if (stock == QLatin1String("foreign"))
        body.insert(QStringLiteral("stock_id"), stocksByKind(f, f.token(280))
                                                    .value(QStringLiteral("long"))
                                                    .value(QStringLiteral("stock_id")));
    else if (stock == QLatin1String("abc"))
        body.insert(QStringLiteral("stock_id"), stock);
    else if (!stock.isEmpty())
        body.insert(QStringLiteral("stock_id"), stock.toInt());
    if (!reference.isEmpty())
        body.insert(QStringLiteral("payment_reference"), reference);
    const QByteArray before = f.get(kList, token).body;
    const HttpResult r = f.postJson(kAssign, body, token);
    QCOMPARE(r.status, status);
    QCOMPARE(r.firstError(), error);
    QCOMPARE(f.get(kList, token).body, before); // no stock changed
}

void TestSandboxPasses::invoiceNotImplemented() {
    SandboxFixture f;
    const HttpResult r =
        f.postJson(QStringLiteral("/oneapi/v0/stockofpasses/invoice"),
                   {{QStringLiteral("payment_reference"), QStringLiteral("x")}}, f.token());
    QCOMPARE(r.status, 501);
    QVERIFY(!r.object().value(QStringLiteral("errors")).toArray().isEmpty());
    QCOMPARE(f.postJson(QStringLiteral("/oneapi/v0/stockofpasses/invoice"), {}, {}).status, 401);
    QCOMPARE(f.get(kList, {}).status, 401);
    QCOMPARE(f.postJson(kAssign, {}, QStringLiteral("nope")).status, 401);
}

QTEST_MAIN(TestSandboxPasses)
#include "tst_sandbox_passes.moc"
