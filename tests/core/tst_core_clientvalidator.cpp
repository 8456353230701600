#include "clients/autologinpolicy.h"
#include "clients/clientvalidator.h"
#include "clients/countries.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Client-side checks that run before anything is sent: field validation, the country
// list, and the autologin link policy.
class TestClientValidator : public QObject {
    Q_OBJECT
private:
    static QVariantMap validCreate() {
        return {
            {QStringLiteral("email"), QStringLiteral("marie.dupont@example.fr")},
            {QStringLiteral("first_name"), QStringLiteral("Marie")},
            {QStringLiteral("last_name"), QStringLiteral("Dupont")},
            {QStringLiteral("phone_prefix"), QStringLiteral("+33")},
            {QStringLiteral("phone"), QStringLiteral("612345678")},
            {QStringLiteral("address"), QStringLiteral("12 rue de la Paix")},
            {QStringLiteral("zip_code"), QStringLiteral("75002")},
            {QStringLiteral("city"), QStringLiteral("Paris")},
            {QStringLiteral("country"), QStringLiteral("FR")},
            {QStringLiteral("cgu"), true},
            {QStringLiteral("optin"), false},
        };
    }
    static QStringList describe(const QList<ApiFieldError> &issues) {
        QStringList out;
        for (const ApiFieldError &e : issues)
            out.append(e.title + QLatin1Char('/') + e.source);
        return out;
    }

private Q_SLOTS:
    void create_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QVariant>("value"); // invalid QVariant: remove the field
        QTest::addColumn<QStringList>("expected");

        const auto none = QVariant();
        QTest::newRow("valid") << QString() << QVariant() << QStringList();
        QTest::newRow("missing email")
            << "email" << none << QStringList{u"cannot_be_blank/email"_s};
        QTest::newRow("blank city")
            << "city" << QVariant(QStringLiteral("  ")) << QStringList{u"cannot_be_blank/city"_s};
        QTest::newRow("email no at") << "email" << QVariant(QStringLiteral("marie.example.fr"))
                                     << QStringList{u"is_invalid/email"_s};
        QTest::newRow("email space") << "email" << QVariant(QStringLiteral("ma rie@example.fr"))
                                     << QStringList{u"is_invalid/email"_s};
        QTest::newRow("email no tld") << "email" << QVariant(QStringLiteral("marie@localhost"))
                                      << QStringList{u"is_invalid/email"_s};
        QTest::newRow("email double dot")
            << "email" << QVariant(QStringLiteral("marie..d@example.fr"))
            << QStringList{u"is_invalid/email"_s};
        QTest::newRow("email plus ok")
            << "email" << QVariant(QStringLiteral("oriol.marti+3@gmail.com")) << QStringList();
        QTest::newRow("country XX")
            << "country" << QVariant(QStringLiteral("XX")) << QStringList{u"is_invalid/country"_s};
        QTest::newRow("country lower")
            << "country" << QVariant(QStringLiteral("fr")) << QStringList{u"is_invalid/country"_s};
        QTest::newRow("country name") << "country" << QVariant(QStringLiteral("France"))
                                      << QStringList{u"is_invalid/country"_s};
        QTest::newRow("country BE, zip 4 digits")
            << "country" << QVariant(QStringLiteral("BE")) << QStringList();
        QTest::newRow("prefix without plus") << "phone_prefix" << QVariant(QStringLiteral("33"))
                                             << QStringList{u"is_invalid/phone_prefix"_s};
        QTest::newRow("prefix too long") << "phone_prefix" << QVariant(QStringLiteral("+33333"))
                                         << QStringList{u"is_invalid/phone_prefix"_s};
        QTest::newRow("phone letters") << "phone" << QVariant(QStringLiteral("06 12 AB"))
                                       << QStringList{u"is_invalid/phone"_s};
        QTest::newRow("phone short")
            << "phone" << QVariant(QStringLiteral("123")) << QStringList{u"is_invalid/phone"_s};
        QTest::newRow("zip FR 4 digits") << "zip_code" << QVariant(QStringLiteral("7502"))
                                         << QStringList{u"is_invalid/zip_code"_s};
        QTest::newRow("cgu refused")
            << "cgu" << QVariant(false) << QStringList{u"must_be_accepted/cgu"_s};
        QTest::newRow("cgu missing") << "cgu" << none << QStringList{u"cannot_be_blank/cgu"_s};
        QTest::newRow("gender female")
            << "gender" << QVariant(QStringLiteral("FEMALE")) << QStringList();
        QTest::newRow("gender other")
            << "gender" << QVariant(QStringLiteral("OTHER")) << QStringList{u"is_invalid/gender"_s};
        QTest::newRow("group known") << "group_id" << QVariant(qint64(373)) << QStringList();
        QTest::newRow("group unknown")
            << "group_id" << QVariant(qint64(999)) << QStringList{u"is_invalid/group_id"_s};
    }
    void create() {
        QFETCH(QString, field);
        QFETCH(QVariant, value);
        QFETCH(QStringList, expected);
        QVariantMap fields = validCreate();
        if (!field.isEmpty()) {
            if (value.isValid())
                fields.insert(field, value);
            else
                fields.remove(field);
        }
        if (field == QLatin1String("country") && value.toString() == QLatin1String("BE"))
            fields.insert(QStringLiteral("zip_code"), QStringLiteral("1000"));
        const auto issues =
            ClientValidator::validate(fields, ClientValidator::Mode::Create, {373, 374});
        QCOMPARE(describe(issues), expected);
        for (const ApiFieldError &e : issues)
            QVERIFY(!e.detail.isEmpty());
    }

    void update_data() {
        QTest::addColumn<QVariantMap>("fields");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("empty update") << QVariantMap() << QStringList();
        QTest::newRow("only city")
            << QVariantMap{{QStringLiteral("city"), QStringLiteral("Lyon")}} << QStringList();
        QTest::newRow("blank city") << QVariantMap{{QStringLiteral("city"), QString()}}
                                    << QStringList{u"cannot_be_blank/city"_s};
        QTest::newRow("bad country")
            << QVariantMap{{QStringLiteral("country"), QStringLiteral("ZZ")}}
            << QStringList{u"is_invalid/country"_s};
        QTest::newRow("no cgu needed")
            << QVariantMap{{QStringLiteral("optin"), true}} << QStringList();
    }
    void update() {
        QFETCH(QVariantMap, fields);
        QFETCH(QStringList, expected);
        QCOMPARE(describe(ClientValidator::validate(fields, ClientValidator::Mode::Update)),
                 expected);
    }

    void normalized_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("output");
        QTest::newRow("phone spaces") << "phone"
                                      << " 06 12 34 56 78 "
                                      << "0612345678";
        QTest::newRow("phone dots") << "phone"
                                    << "06.12.34.56.78"
                                    << "0612345678";
        QTest::newRow("prefix 0033") << "phone_prefix"
                                     << "0033"
                                     << "+33";
        QTest::newRow("prefix digits") << "phone_prefix"
                                       << "33"
                                       << "+33";
        QTest::newRow("country lower") << "country"
                                       << " fr"
                                       << "FR";
        QTest::newRow("gender lower") << "gender"
                                      << "female"
                                      << "FEMALE";
        QTest::newRow("name trimmed") << "first_name"
                                      << "  Zoé "
                                      << "Zoé";
    }
    void normalized() {
        QFETCH(QString, field);
        QFETCH(QString, input);
        QFETCH(QString, output);
        QCOMPARE(ClientValidator::normalized({{field, input}}).value(field).toString(), output);
    }

    void countries() {
        QCOMPARE(Countries::all().size(), 249);
        QVERIFY(Countries::isValidCode(QStringLiteral("FR")));
        QVERIFY(!Countries::isValidCode(QStringLiteral("fr")));
        QVERIFY(!Countries::isValidCode(QStringLiteral("XX")));
        QCOMPARE(Countries::frenchName(QStringLiteral("DE")), QStringLiteral("Allemagne"));
        QCOMPARE(Countries::frenchName(QStringLiteral("US")), QStringLiteral("États-Unis"));
        QCOMPARE(Countries::all().first().code, QStringLiteral("AF"));
        // Sorted by French name, accents ignored: Égypte comes between Danemark and Espagne.
        const int eg = Countries::indexOfCode(QStringLiteral("EG"));
        QVERIFY(Countries::indexOfCode(QStringLiteral("DK")) < eg);
        QVERIFY(eg < Countries::indexOfCode(QStringLiteral("ES")));
    }

    void countryFromText_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::newRow("code") << "FR"
                              << "FR";
        QTest::newRow("lower code") << " be "
                                    << "BE";
        QTest::newRow("french name") << "Allemagne"
                                     << "DE";
        QTest::newRow("no accents") << "etats-unis"
                                    << "US";
        QTest::newRow("english") << "Germany"
                                 << "DE";
        QTest::newRow("spaces not hyphens") << "Royaume Uni"
                                            << "GB";
        QTest::newRow("unknown") << "Atlantide"
                                 << "";
        QTest::newRow("bad code") << "XX"
                                  << "";
    }
    void countryFromText() {
        QFETCH(QString, text);
        QFETCH(QString, code);
        QCOMPARE(Countries::codeFromText(text), code);
    }

    void autologin_data() {
        QTest::addColumn<QString>("link");
        QTest::addColumn<QString>("api");
        QTest::addColumn<bool>("allowed");
        const QString prod = QStringLiteral("https://api.jobbers.com");
        const QString demo = QStringLiteral("http://127.0.0.1:8123");
        QTest::newRow("https same host")
            << "https://api.jobbers.com/oneappweb/?token=abc" << prod << true;
        QTest::newRow("https other host")
            << "https://evil.example/oneappweb/?token=abc" << prod << false;
        QTest::newRow("lookalike host")
            << "https://api.jobbers.com.evil.example/?token=abc" << prod << false;
        QTest::newRow("http on real host")
            << "http://api.jobbers.com/oneappweb/?token=abc" << prod << false;
        QTest::newRow("loopback http demo")
            << "http://127.0.0.1:8123/oneappweb/?token=abc" << demo << true;
        QTest::newRow("loopback http other loopback host")
            << "http://localhost:8123/oneappweb/?token=abc" << demo << false;
        QTest::newRow("javascript") << "javascript:alert(1)" << prod << false;
        QTest::newRow("file") << "file:///etc/passwd" << prod << false;
        QTest::newRow("userinfo") << "https://user:pw@api.jobbers.com/oneappweb/?token=abc" << prod
                                  << false;
        QTest::newRow("relative") << "/oneappweb/?token=abc" << prod << false;
        QTest::newRow("empty") << "" << prod << false;
        QTest::newRow("host case") << "https://API.Jobbers.com/x" << prod << true;
    }
    void autologin() {
        QFETCH(QString, link);
        QFETCH(QString, api);
        QFETCH(bool, allowed);
        QString reason;
        QCOMPARE(AutologinPolicy::isAllowed(QUrl(link), QUrl(api), &reason), allowed);
        QCOMPARE(reason.isEmpty(), allowed);
    }
};

QTEST_GUILESS_MAIN(TestClientValidator)
#include "tst_core_clientvalidator.moc"
