#include "sandboxfixture.h"

#include <QRegularExpression>
#include <QTest>

// Clients: exists, get, create, update, delete (autologin: tst_sandbox_autologin).
class TestSandboxClients : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void exists_data();
    void exists();
    void getShape_data();
    void getShape();
    void tenancy_data();
    void tenancy();
    void createSuccess();
    void createErrors_data();
    void createErrors();
    void createReportsEveryError();
    void update();
    void updateErrors_data();
    void updateErrors();
    void remove();

private:
    static QJsonObject validBody(const QString &email);
};

namespace {
const QString kOwn = QStringLiteral("camille.lefebvre@exemple.fr");          // enterprise 20
const QString kPlus = QStringLiteral("hugo.martin+conciergerie@exemple.fr"); // enterprise 20
const QString kForeign = QStringLiteral("lea.moreau@example.com");           // enterprise 280
const QRegularExpression kDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$"));

bool isDateOrNull(const QJsonValue &v) {
    return v.isNull() || (v.isString() && kDate.match(v.toString()).hasMatch());
}

// Every field of the reference's client, with its JSON type.
void verifyClientShape(const QJsonObject &c) {
    QVERIFY(c.value(QStringLiteral("client_id")).isDouble());
    for (const char *f : {"email", "first_name", "last_name", "phone_prefix", "phone", "address",
                          "zip_code", "city", "country"})
        QVERIFY2(c.value(QLatin1String(f)).isString(), f);
    const QJsonValue gender = c.value(QStringLiteral("gender"));
    QVERIFY(gender.isNull() || gender == QJsonValue(QStringLiteral("MALE"))
            || gender == QJsonValue(QStringLiteral("FEMALE")));
    for (const char *f : {"cgu", "optin", "active"})
        QVERIFY2(c.value(QLatin1String(f)).isBool(), f);
    QVERIFY(kDate.match(c.value(QStringLiteral("registering_date")).toString()).hasMatch());
    QVERIFY(isDateOrNull(c.value(QStringLiteral("last_login_date"))));
    QVERIFY(isDateOrNull(c.value(QStringLiteral("end_subscription_date"))));
    const QJsonValue group = c.value(QStringLiteral("group_id"));
    QVERIFY(group.isNull() || group.isDouble());
}
} // namespace

QJsonObject TestSandboxClients::validBody(const QString &email) {
    return {{QStringLiteral("email"), email},
            {QStringLiteral("group_id"), 373},
            {QStringLiteral("first_name"), QStringLiteral("Élise")},
            {QStringLiteral("last_name"), QStringLiteral("Durand")},
            {QStringLiteral("phone_prefix"), QStringLiteral("+33")},
            {QStringLiteral("phone"), QStringLiteral("612345678")},
            {QStringLiteral("address"), QStringLiteral("32 rue des Volontaires")},
            {QStringLiteral("zip_code"), QStringLiteral("75015")},
            {QStringLiteral("city"), QStringLiteral("Paris")},
            {QStringLiteral("country"), QStringLiteral("FR")},
            {QStringLiteral("optin"), true},
            {QStringLiteral("cgu"), true},
            {QStringLiteral("gender"), QStringLiteral("FEMALE")}};
}

void TestSandboxClients::exists_data() {
    QTest::addColumn<QString>("email");
    QTest::addColumn<bool>("exists");
    QTest::addColumn<bool>("attached");
    QTest::addColumn<bool>("movable");
    QTest::newRow("own") << kOwn << true << false << false;
    QTest::newRow("own, other case")
        << QStringLiteral("Camille.Lefebvre@Exemple.fr") << true << false << false;
    QTest::newRow("plus unencoded") << kPlus << true << false << false;
    QTest::newRow("plus encoded") << QStringLiteral("hugo.martin%2Bconciergerie%40exemple.fr")
                                  << true << false << false;
    // Active at 280 with no valid subscription: free to move.
    QTest::newRow("another enterprise's") << kForeign << true << true << true;
    QTest::newRow("unknown") << QStringLiteral("personne@exemple.fr") << false << false << false;
}

void TestSandboxClients::exists() {
    QFETCH(QString, email);
    QFETCH(bool, exists);
    QFETCH(bool, attached);
    QFETCH(bool, movable);
    SandboxFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const HttpResult r =
        f.get(QStringLiteral("/oneapi/v0/clients/%1/exists").arg(email), f.token());
    QCOMPARE(r.status, 200);
    const QJsonObject d = r.data().toObject();
    QCOMPARE(d.size(), 5);
    for (const char *k : {"exists", "movable", "attached_to_another_enterprise",
                          "subscription_valid", "client_active"})
        QVERIFY2(d.value(QLatin1String(k)).isBool(), k);
    QCOMPARE(d.value(QStringLiteral("exists")).toBool(), exists);
    QCOMPARE(d.value(QStringLiteral("attached_to_another_enterprise")).toBool(), attached);
    QCOMPARE(d.value(QStringLiteral("movable")).toBool(), movable);
    if (!exists) {
        QVERIFY(!d.value(QStringLiteral("client_active")).toBool());
        QVERIFY(!d.value(QStringLiteral("subscription_valid")).toBool());
    }
    const HttpResult bad =
        f.get(QStringLiteral("/oneapi/v0/clients/not-an-email/exists"), f.token());
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.firstError(), QStringLiteral("is_invalid/email"));
}

void TestSandboxClients::getShape_data() {
    QTest::addColumn<QString>("key");
    QTest::newRow("email") << kOwn;
    QTest::newRow("email, upper case") << kOwn.toUpper();
    QTest::newRow("plus unencoded") << kPlus;
    QTest::newRow("plus encoded") << QStringLiteral("hugo.martin%2Bconciergerie%40exemple.fr");
    QTest::newRow("id") << QStringLiteral("40301");
}

void TestSandboxClients::getShape() {
    QFETCH(QString, key);
    SandboxFixture f;
    const HttpResult r = f.get(QStringLiteral("/oneapi/v0/clients/") + key, f.token());
    QCOMPARE(r.status, 200);
    const QJsonObject c = r.data().toObject();
    QCOMPARE(c.size(), 18);
    verifyClientShape(c);
    QVERIFY(!c.contains(QStringLiteral("password")));
    // The reference's field order, client_id first and group_id last.
    QVERIFY(r.body.startsWith("{\"data\":{\"client_id\":"));
    QVERIFY(r.body.indexOf("\"active\"") < r.body.indexOf("\"group_id\""));
}

void TestSandboxClients::tenancy_data() {
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("suffix");
    QTest::newRow("get") << QByteArray("GET") << QString();
    QTest::newRow("update") << QByteArray("POST") << QString();
    QTest::newRow("delete") << QByteArray("DELETE") << QString();
    QTest::newRow("login") << QByteArray("GET") << QStringLiteral("/login");
}

void TestSandboxClients::tenancy() {
    QFETCH(QByteArray, method);
    QFETCH(QString, suffix);
    SandboxFixture f;
    const QString other = f.token(280);
    const QByteArray body = "{\"city\":\"Lyon\"}";
    const QList<QPair<QByteArray, QByteArray>> json{{"Content-Type", "application/json"}};
    for (const QString &key : {kOwn, QStringLiteral("40301")}) {
        const HttpResult r = f.request(method, QStringLiteral("/oneapi/v0/clients/") + key + suffix,
                                       body, other, json);
        QCOMPARE(r.status, 403);
        QVERIFY(r.object().value(QStringLiteral("errors")).isArray());
    }
    for (const QString &key : {QStringLiteral("personne@exemple.fr"), QStringLiteral("999999")}) {
        const HttpResult r = f.request(method, QStringLiteral("/oneapi/v0/clients/") + key + suffix,
                                       body, f.token(), json);
        QCOMPARE(r.status, 404);
        QVERIFY(r.object().value(QStringLiteral("errors")).isArray());
    }
    // Nothing changed for the owner.
    const QJsonObject c =
        f.get(QStringLiteral("/oneapi/v0/clients/") + kOwn, f.token()).data().toObject();
    QVERIFY(c.value(QStringLiteral("active")).toBool());
    QVERIFY(c.value(QStringLiteral("city")).toString() != QLatin1String("Lyon"));
}

void TestSandboxClients::createSuccess() {
    SandboxFixture f;
    const QString token = f.token();
    QJsonObject body = validBody(QStringLiteral("elise.durand@exemple.fr"));
    // "street" is accepted for "address"; group_id may be a numeric string.
    body.remove(QStringLiteral("address"));
    body.insert(QStringLiteral("street"), QStringLiteral("5 rue Cler"));
    body.insert(QStringLiteral("group_id"), QStringLiteral("374"));
    const HttpResult r = f.postJson(QStringLiteral("/oneapi/v0/clients"), body, token);
    QCOMPARE(r.status, 200);
    const QJsonObject c = r.data().toObject();
    verifyClientShape(c);
    QCOMPARE(c.size(), 19);
    QCOMPARE(c.value(QStringLiteral("password")).toString().size(), 8);
    QCOMPARE(c.value(QStringLiteral("address")).toString(), QStringLiteral("5 rue Cler"));
    QCOMPARE(c.value(QStringLiteral("group_id")).toInt(), 374);
    QCOMPARE(c.value(QStringLiteral("first_name")).toString(), QStringLiteral("Élise"));
    QVERIFY(c.value(QStringLiteral("last_login_date")).isNull());
    QVERIFY(c.value(QStringLiteral("end_subscription_date")).isNull());
    QVERIFY(c.value(QStringLiteral("active")).toBool());
    QVERIFY(c.value(QStringLiteral("cgu")).toBool());
    QVERIFY(r.body.indexOf("\"group_id\"") < r.body.indexOf("\"password\""));
    // Readable afterwards, by id and by email, without the password.
    const qint64 id = c.value(QStringLiteral("client_id")).toInteger();
    const QJsonObject byId =
        f.get(QStringLiteral("/oneapi/v0/clients/%1").arg(id), token).data().toObject();
    QCOMPARE(byId.value(QStringLiteral("email")).toString(),
             QStringLiteral("elise.durand@exemple.fr"));
    QVERIFY(!byId.contains(QStringLiteral("password")));
    // Optional fields may be absent or null.
    QJsonObject minimal = validBody(QStringLiteral("sans.genre@exemple.fr"));
    minimal.remove(QStringLiteral("group_id"));
    minimal.insert(QStringLiteral("gender"), QJsonValue());
    const HttpResult m = f.postJson(QStringLiteral("/oneapi/v0/clients"), minimal, token);
    QCOMPARE(m.status, 200);
    QVERIFY(m.data().toObject().value(QStringLiteral("gender")).isNull());
    QVERIFY(m.data().toObject().value(QStringLiteral("group_id")).isNull());
}

void TestSandboxClients::createErrors_data() {
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value"); // undefined: the field is left out
    QTest::addColumn<QString>("error");
    for (const char *f : {"email", "first_name", "last_name", "phone_prefix", "phone", "address",
                          "zip_code", "city", "country", "cgu", "optin"}) {
        const QString name = QLatin1String(f);
        QTest::addRow("missing %s", f) << name << QJsonValue(QJsonValue::Undefined)
                                       << QStringLiteral("cannot_be_blank/") + name;
        QTest::addRow("null %s", f)
            << name << QJsonValue() << QStringLiteral("cannot_be_blank/") + name;
    }
    QTest::newRow("blank city") << QStringLiteral("city") << QJsonValue(QStringLiteral("  "))
                                << QStringLiteral("cannot_be_blank/city");
    QTest::newRow("cgu false") << QStringLiteral("cgu") << QJsonValue(false)
                               << QStringLiteral("must_be_accepted/cgu");
    QTest::newRow("cgu string") << QStringLiteral("cgu") << QJsonValue(QStringLiteral("true"))
                                << QStringLiteral("is_invalid/cgu");
    QTest::newRow("optin string") << QStringLiteral("optin") << QJsonValue(QStringLiteral("yes"))
                                  << QStringLiteral("is_invalid/optin");
    QTest::newRow("country XX") << QStringLiteral("country") << QJsonValue(QStringLiteral("XX"))
                                << QStringLiteral("is_invalid/country");
    QTest::newRow("country alpha-3")
        << QStringLiteral("country") << QJsonValue(QStringLiteral("FRA"))
        << QStringLiteral("is_invalid/country");
    QTest::newRow("gender lower") << QStringLiteral("gender") << QJsonValue(QStringLiteral("male"))
                                  << QStringLiteral("is_invalid/gender");
    QTest::newRow("gender other") << QStringLiteral("gender") << QJsonValue(QStringLiteral("X"))
                                  << QStringLiteral("is_invalid/gender");
    QTest::newRow("another enterprise's group")
        << QStringLiteral("group_id") << QJsonValue(375) << QStringLiteral("is_invalid/group_id");
    QTest::newRow("unknown group")
        << QStringLiteral("group_id") << QJsonValue(1) << QStringLiteral("is_invalid/group_id");
    QTest::newRow("group not numeric")
        << QStringLiteral("group_id") << QJsonValue(QStringLiteral("abc"))
        << QStringLiteral("is_invalid/group_id");
    QTest::newRow("bad email") << QStringLiteral("email")
                               << QJsonValue(QStringLiteral("pas-un-email"))
                               << QStringLiteral("is_invalid/email");
    QTest::newRow("email with space")
        << QStringLiteral("email") << QJsonValue(QStringLiteral("a b@exemple.fr"))
        << QStringLiteral("is_invalid/email");
    QTest::newRow("taken email") << QStringLiteral("email") << QJsonValue(kOwn.toUpper())
                                 << QStringLiteral("has_already_been_taken/email");
    QTest::newRow("email taken elsewhere") << QStringLiteral("email") << QJsonValue(kForeign)
                                           << QStringLiteral("has_already_been_taken/email");
    QTest::newRow("name not a string") << QStringLiteral("first_name") << QJsonValue(42)
                                       << QStringLiteral("is_invalid/first_name");
}

void TestSandboxClients::createErrors() {
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, error);
    SandboxFixture f;
    QJsonObject body = validBody(QStringLiteral("nouveau.client@exemple.fr"));
    if (value.isUndefined())
        body.remove(field);
    else
        body.insert(field, value);
    const HttpResult r = f.postJson(QStringLiteral("/oneapi/v0/clients"), body, f.token());
    QCOMPARE(r.status, 400);
    const QJsonArray errors = r.object().value(QStringLiteral("errors")).toArray();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(r.firstError(), error);
    QVERIFY(!errors.at(0).toObject().value(QStringLiteral("detail")).toString().isEmpty());
    // Nothing was created.
    QCOMPARE(
        f.get(QStringLiteral("/oneapi/v0/clients/nouveau.client@exemple.fr"), f.token()).status,
        404);
}

void TestSandboxClients::createReportsEveryError() {
    SandboxFixture f;
    const HttpResult r = f.postJson(QStringLiteral("/oneapi/v0/clients"), {}, f.token());
    QCOMPARE(r.status, 400);
    QStringList sources;
    for (const QJsonValue &e : r.object().value(QStringLiteral("errors")).toArray()) {
        QCOMPARE(e.toObject().value(QStringLiteral("title")).toString(),
                 QStringLiteral("cannot_be_blank"));
        sources.append(e.toObject().value(QStringLiteral("source")).toString());
    }
    sources.sort();
    QCOMPARE(sources.join(QLatin1Char(',')),
             QStringLiteral("address,cgu,city,country,email,first_name,last_name,optin,phone,"
                            "phone_prefix,zip_code"));
    QCOMPARE(f.request("POST", QStringLiteral("/oneapi/v0/clients"), "not json", f.token(),
                       {{"Content-Type", "application/json"}})
                 .status,
             422);
}

void TestSandboxClients::update() {
    SandboxFixture f;
    const QString token = f.token();
    const QString path = QStringLiteral("/oneapi/v0/clients/") + kOwn;
    const QJsonObject before = f.get(path, token).data().toObject();
    const HttpResult r = f.postJson(path,
                                    {{QStringLiteral("street"), QStringLiteral("8 rue Mouffetard")},
                                     {QStringLiteral("city"), QStringLiteral("Paris")},
                                     {QStringLiteral("zip_code"), QStringLiteral("75005")},
                                     {QStringLiteral("gender"), QJsonValue()},
                                     {QStringLiteral("group_id"), 374}},
                                    token);
    QCOMPARE(r.status, 200);
    const QJsonObject after = r.data().toObject();
    verifyClientShape(after);
    QCOMPARE(after.value(QStringLiteral("address")).toString(), QStringLiteral("8 rue Mouffetard"));
    QCOMPARE(after.value(QStringLiteral("zip_code")).toString(), QStringLiteral("75005"));
    QVERIFY(after.value(QStringLiteral("gender")).isNull());
    QCOMPARE(after.value(QStringLiteral("group_id")).toInt(), 374);
    // Only the fields sent changed.
    for (const char *k :
         {"client_id", "email", "first_name", "last_name", "phone", "phone_prefix", "country",
          "cgu", "optin", "registering_date", "last_login_date", "end_subscription_date", "active"})
        QCOMPARE(after.value(QLatin1String(k)), before.value(QLatin1String(k)));
    QCOMPARE(f.get(path, token).data().toObject(), after);
    // Changing the email: by id, then the new email finds it.
    const QString id = QString::number(after.value(QStringLiteral("client_id")).toInteger());
    QCOMPARE(f.postJson(QStringLiteral("/oneapi/v0/clients/") + id,
                        {{QStringLiteral("email"), QStringLiteral("camille.l@exemple.fr")}}, token)
                 .status,
             200);
    QCOMPARE(f.get(QStringLiteral("/oneapi/v0/clients/camille.l@exemple.fr"), token)
                 .data()
                 .toObject()
                 .value(QStringLiteral("client_id"))
                 .toInteger(),
             id.toLongLong());
    // Sending its own email again is no clash.
    QCOMPARE(f.postJson(QStringLiteral("/oneapi/v0/clients/") + id,
                        {{QStringLiteral("email"), QStringLiteral("CAMILLE.L@exemple.fr")}}, token)
                 .status,
             200);
}

void TestSandboxClients::updateErrors_data() {
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("error");
    QTest::newRow("taken email") << QJsonObject{{QStringLiteral("email"), kPlus}}
                                 << QStringLiteral("has_already_been_taken/email");
    QTest::newRow("bad email") << QJsonObject{{QStringLiteral("email"), QStringLiteral("x@")}}
                               << QStringLiteral("is_invalid/email");
    QTest::newRow("blank name") << QJsonObject{{QStringLiteral("first_name"), QString()}}
                                << QStringLiteral("cannot_be_blank/first_name");
    QTest::newRow("blank street") << QJsonObject{{QStringLiteral("street"), QString()}}
                                  << QStringLiteral("cannot_be_blank/street");
    QTest::newRow("country") << QJsonObject{{QStringLiteral("country"), QStringLiteral("ZZ")}}
                             << QStringLiteral("is_invalid/country");
    QTest::newRow("gender") << QJsonObject{{QStringLiteral("gender"), QStringLiteral("F")}}
                            << QStringLiteral("is_invalid/gender");
    QTest::newRow("group") << QJsonObject{{QStringLiteral("group_id"), 376}}
                           << QStringLiteral("is_invalid/group_id");
    QTest::newRow("optin type") << QJsonObject{{QStringLiteral("optin"), 1}}
                                << QStringLiteral("is_invalid/optin");
    QTest::newRow("cgu refused") << QJsonObject{{QStringLiteral("cgu"), false}}
                                 << QStringLiteral("must_be_accepted/cgu");
}

void TestSandboxClients::updateErrors() {
    QFETCH(QJsonObject, body);
    QFETCH(QString, error);
    SandboxFixture f;
    const QString path = QStringLiteral("/oneapi/v0/clients/") + kOwn;
    const QJsonObject before = f.get(path, f.token()).data().toObject();
    const HttpResult r = f.postJson(path, body, f.token());
    QCOMPARE(r.status, 400);
    QCOMPARE(r.firstError(), error);
    QCOMPARE(f.get(path, f.token()).data().toObject(), before);
}

void TestSandboxClients::remove() {
    SandboxFixture f;
    const QString token = f.token();
    const QString path = QStringLiteral("/oneapi/v0/clients/") + kPlus;
    const HttpResult r = f.request("DELETE", path, {}, token);
    QCOMPARE(r.status, 200);
    const QJsonObject d = r.data().toObject();
    QCOMPARE(d.size(), 1);
    QVERIFY(kDate.match(d.value(QStringLiteral("leaving_date")).toString()).hasMatch());
    const HttpResult again = f.request("DELETE", path, {}, token);
    QCOMPARE(again.status, 400);
    QCOMPARE(again.firstError(), QStringLiteral("is_invalid/client"));
    // Still readable, inactive.
    const HttpResult get = f.get(path, token);
    QCOMPARE(get.status, 200);
    QCOMPARE(get.data().toObject().value(QStringLiteral("active")), QJsonValue(false));
    const QJsonObject exists = f.get(path + QStringLiteral("/exists"), token).data().toObject();
    QVERIFY(exists.value(QStringLiteral("exists")).toBool());
    QVERIFY(!exists.value(QStringLiteral("client_active")).toBool());
    // An inactive client cannot be logged in.
    QCOMPARE(f.get(path + QStringLiteral("/login"), token).firstError(),
             QStringLiteral("is_invalid/client"));
}

QTEST_MAIN(TestSandboxClients)
#include "tst_sandbox_clients.moc"
