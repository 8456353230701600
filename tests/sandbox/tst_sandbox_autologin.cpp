#include "sandboxfixture.h"

#include <QRegularExpression>
#include <QTest>

// Autologin: the single-use login URL and the /oneappweb/ page it opens.
class TestSandboxAutologin : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void singleUseLogin();
    void tenancy();
    void linkFollowsHostHeader();
};

namespace {
const QString kOwn = QStringLiteral("camille.lefebvre@exemple.fr"); // enterprise 20
const QRegularExpression kDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$"));
} // namespace

void TestSandboxAutologin::singleUseLogin() {
    SandboxFixture f;
    const QString token = f.token();
    const QJsonObject created =
        f.postJson(QStringLiteral("/oneapi/v0/clients"),
                   {{QStringLiteral("email"), QStringLiteral("anais.petit+3@exemple.fr")},
                    {QStringLiteral("first_name"), QStringLiteral("Élise")},
                    {QStringLiteral("last_name"), QStringLiteral("Petit")},
                    {QStringLiteral("phone_prefix"), QStringLiteral("+33")},
                    {QStringLiteral("phone"), QStringLiteral("612345678")},
                    {QStringLiteral("address"), QStringLiteral("9 rue de Belleville")},
                    {QStringLiteral("zip_code"), QStringLiteral("75019")},
                    {QStringLiteral("city"), QStringLiteral("Paris")},
                    {QStringLiteral("country"), QStringLiteral("FR")},
                    {QStringLiteral("optin"), false},
                    {QStringLiteral("cgu"), true}},
                   token)
            .data()
            .toObject();
    QVERIFY(created.value(QStringLiteral("last_login_date")).isNull());
    // Unencoded '+' in the path, as PHP-less integrators send it.
    const HttpResult r =
        f.get(QStringLiteral("/oneapi/v0/clients/anais.petit+3@exemple.fr/login"), token);
    QCOMPARE(r.status, 200);
    const QString url = r.data().toObject().value(QStringLiteral("url")).toString();
    const QRegularExpression shape(QRegularExpression::escape(f.baseUrl().toString())
                                   + QStringLiteral("/oneappweb/\\?token=[0-9a-f]{64}$"));
    QVERIFY2(shape.match(url).hasMatch(), qPrintable(url));
    const QString pathAndQuery = url.mid(f.baseUrl().toString().size());

    // The page needs no API token.
    const HttpResult page = f.get(pathAndQuery, {});
    QCOMPARE(page.status, 200);
    QVERIFY(page.header("Content-Type").startsWith("text/html"));
    QVERIFY(page.body.contains("welcome, \xc3\x89lise")); // "Élise" in UTF-8
    const QJsonObject after =
        f.get(QStringLiteral("/oneapi/v0/clients/%1")
                  .arg(created.value(QStringLiteral("client_id")).toInteger()),
              token)
            .data()
            .toObject();
    QVERIFY(kDate.match(after.value(QStringLiteral("last_login_date")).toString()).hasMatch());

    // Single use: the second visit lands on the public page and logs nobody in.
    const HttpResult second = f.get(pathAndQuery, {});
    QCOMPARE(second.status, 200);
    QVERIFY(!second.body.contains("welcome"));
    QVERIFY(second.body.contains("jobbers landing page"));
    for (const QString &p :
         {QStringLiteral("/oneappweb/?token=0123"), QStringLiteral("/oneappweb/"),
          QString(QStringLiteral("/oneappweb?token=") + QString(64, QLatin1Char('a')))}) {
        const HttpResult bad = f.get(p, {});
        QCOMPARE(bad.status, 200);
        QVERIFY(bad.body.contains("jobbers landing page"));
    }
    // Without its trailing slash the page answers too.
    const QString fresh =
        f.get(QStringLiteral("/oneapi/v0/clients/") + kOwn + QStringLiteral("/login"), token)
            .data()
            .toObject()
            .value(QStringLiteral("url"))
            .toString();
    QString noSlash = fresh.mid(f.baseUrl().toString().size());
    noSlash.replace(QStringLiteral("/oneappweb/?"), QStringLiteral("/oneappweb?"));
    QVERIFY(f.get(noSlash, {}).body.contains("welcome, Camille"));
}

void TestSandboxAutologin::tenancy() {
    SandboxFixture f;
    QCOMPARE(
        f.get(QStringLiteral("/oneapi/v0/clients/") + kOwn + QStringLiteral("/login"), f.token(280))
            .status,
        403);
    QCOMPARE(
        f.get(QStringLiteral("/oneapi/v0/clients/personne@exemple.fr/login"), f.token()).status,
        404);
    QCOMPARE(
        f.get(QStringLiteral("/oneapi/v0/clients/") + kOwn + QStringLiteral("/login"), {}).status,
        401);
}

void TestSandboxAutologin::linkFollowsHostHeader() {
    // Listening on 0.0.0.0 or behind a forwarded port, the link must name the address the
    // client used, not the one the server bound.
    SandboxFixture f;
    const HttpResult r =
        f.request("GET", QStringLiteral("/oneapi/v0/clients/") + kOwn + QStringLiteral("/login"),
                  {}, f.token(), {{"Host", "sandbox.example.test:8443"}});
    QCOMPARE(r.status, 200);
    QVERIFY2(r.data()
                 .toObject()
                 .value(QStringLiteral("url"))
                 .toString()
                 .startsWith(QStringLiteral("http://sandbox.example.test:8443/oneappweb/?token=")),
             r.body.constData());
    // A Host that is not a plain host[:port] is not echoed into links.
    const HttpResult odd =
        f.request("GET", QStringLiteral("/oneapi/v0/clients/") + kOwn + QStringLiteral("/login"),
                  {}, f.token(), {{"Host", "evil.test/\"<x>"}});
    QCOMPARE(odd.status, 200);
    QVERIFY(odd.data()
                .toObject()
                .value(QStringLiteral("url"))
                .toString()
                .startsWith(f.baseUrl().toString() + QStringLiteral("/oneappweb/")));
}

QTEST_MAIN(TestSandboxAutologin)
#include "tst_sandbox_autologin.moc"
