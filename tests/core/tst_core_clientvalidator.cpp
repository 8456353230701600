#include "clients/autologinpolicy.h"
#include "clients/callingcodes.h"
#include "clients/clientvalidator.h"
#include "clients/countries.h"
#include "clients/postalcodes.h"

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
        // No prefix and no country: nothing says the 0 is a trunk prefix.
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

    // The phone as the API stores it, whatever the form or the CSV was given: the same
    // normalized() serves both.
    void phone_data() {
        QTest::addColumn<QString>("prefix"); // "-": no prefix field at all
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("wantPrefix");
        QTest::addColumn<QString>("wantPhone");
        QTest::newRow("national with trunk 0") << "+33"
                                               << "06 12 34 56 78"
                                               << "FR"
                                               << "+33"
                                               << "612345678";
        QTest::newRow("international +33") << "+33"
                                           << "+33 6 98 76 54 32"
                                           << "FR"
                                           << "+33"
                                           << "698765432";
        QTest::newRow("international 0033") << "+33"
                                            << "0033 6 98 76 54 32"
                                            << "FR"
                                            << "+33"
                                            << "698765432";
        QTest::newRow("0033 prefix, 06 number") << "0033"
                                                << "06.12.34.56.78"
                                                << "FR"
                                                << "+33"
                                                << "612345678";
        QTest::newRow("(0) written after the code") << "+33"
                                                    << "+33 (0)6 12 34 56 78"
                                                    << "FR"
                                                    << "+33"
                                                    << "612345678";
        QTest::newRow("the number's own code wins") << "+33"
                                                    << "+32 470 12 34 56"
                                                    << "FR"
                                                    << "+32"
                                                    << "470123456";
        QTest::newRow("blank prefix from the country") << ""
                                                       << "0470 12 34 56"
                                                       << "BE"
                                                       << "+32"
                                                       << "470123456";
        QTest::newRow("spreadsheet dropped the 0") << "+33"
                                                   << "612345678"
                                                   << "FR"
                                                   << "+33"
                                                   << "612345678";
        QTest::newRow("Italy keeps its 0") << "+39"
                                           << "06 1234 5678"
                                           << "IT"
                                           << "+39"
                                           << "0612345678";
        QTest::newRow("Luxembourg has no trunk") << "+352"
                                                 << "621 123 456"
                                                 << "LU"
                                                 << "+352"
                                                 << "621123456";
        QTest::newRow("+1 without a country") << "-"
                                              << "+1 212 555 0100"
                                              << ""
                                              << "+1"
                                              << "2125550100";
        QTest::newRow("letters left for the check") << "+33"
                                                    << "06 12 AB"
                                                    << "FR"
                                                    << "+33"
                                                    << "06 12 AB";
        QTest::newRow("unknown code left for the check") << "+33"
                                                         << "+999 1234 5678"
                                                         << "FR"
                                                         << "+33"
                                                         << "+999 1234 5678";
    }
    void phone() {
        QFETCH(QString, prefix);
        QFETCH(QString, phone);
        QFETCH(QString, country);
        QFETCH(QString, wantPrefix);
        QFETCH(QString, wantPhone);
        QVariantMap fields{{u"phone"_s, phone}, {u"country"_s, country}};
        if (prefix != QLatin1String("-"))
            fields.insert(u"phone_prefix"_s, prefix);
        const QVariantMap out = ClientValidator::normalized(fields);
        QCOMPARE(out.value(u"phone_prefix"_s).toString(), wantPrefix);
        QCOMPARE(out.value(u"phone"_s).toString(), wantPhone);
    }

    void callingCodes() {
        QCOMPARE(CallingCodes::forCountry(u"FR"_s), u"+33"_s);
        QCOMPARE(CallingCodes::forCountry(u"be"_s), u"+32"_s);
        QCOMPARE(CallingCodes::forCountry(u"XX"_s), QString());
        // Every country of the list has one.
        for (const Countries::Entry &c : Countries::all())
            QVERIFY2(!CallingCodes::forCountry(c.code).isEmpty(), qPrintable(c.code));
        QCOMPARE(CallingCodes::leadingCode(u"33612345678"_s), u"+33"_s);
        QCOMPARE(CallingCodes::leadingCode(u"352621123456"_s), u"+352"_s);
        QCOMPARE(CallingCodes::leadingCode(u"999"_s), QString());
        // Trunk prefixes as libphonenumber has them: Monaco's mobiles are written 06...,
        // Tunisia's numbers have no trunk prefix, Italy's keep their 0.
        QVERIFY(CallingCodes::dropsTrunkZero(u"+33"_s));
        QVERIFY(CallingCodes::dropsTrunkZero(u"+377"_s));
        QVERIFY(CallingCodes::dropsTrunkZero(u"880"_s));
        QVERIFY(!CallingCodes::dropsTrunkZero(u"+216"_s));
        QVERIFY(!CallingCodes::dropsTrunkZero(u"+39"_s));
        QVERIFY(!CallingCodes::dropsTrunkZero(u"+241"_s));
        QVERIFY(!CallingCodes::dropsTrunkZero(u"+7"_s));
    }

    // Known formats are checked (and written their country's way); elsewhere a code is
    // taken as typed, in the form and the import alike.
    void postalCodes_data() {
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("zip");
        QTest::addColumn<QString>("written");
        QTest::addColumn<bool>("valid");
        QTest::newRow("FR ok") << "FR"
                               << "75002"
                               << "75002" << true;
        QTest::newRow("FR 4 digits") << "FR"
                                     << "7502"
                                     << "7502" << false;
        QTest::newRow("BE ok") << "BE"
                               << "1000"
                               << "1000" << true;
        QTest::newRow("BE 5 digits") << "BE"
                                     << "10000"
                                     << "10000" << false;
        QTest::newRow("CH ok") << "CH"
                               << "8001"
                               << "8001" << true;
        QTest::newRow("CH leading 0") << "CH"
                                      << "0800"
                                      << "0800" << false;
        QTest::newRow("LU with L-") << "LU"
                                    << "L-1009"
                                    << "1009" << true;
        QTest::newRow("LU 5 digits") << "LU"
                                     << "10090"
                                     << "10090" << false;
        QTest::newRow("MC ok") << "MC"
                               << "98000"
                               << "98000" << true;
        QTest::newRow("MC French code") << "MC"
                                        << "06000"
                                        << "06000" << false;
        QTest::newRow("ES ok") << "ES"
                               << "28013"
                               << "28013" << true;
        QTest::newRow("ES no province 60") << "ES"
                                           << "60000"
                                           << "60000" << false;
        QTest::newRow("DE ok") << "DE"
                               << "10115"
                               << "10115" << true;
        QTest::newRow("DE letters") << "DE"
                                    << "1O115"
                                    << "1O115" << false;
        QTest::newRow("IT ok") << "IT"
                               << "00184"
                               << "00184" << true;
        QTest::newRow("IT 4 digits") << "IT"
                                     << "0184"
                                     << "0184" << false;
        QTest::newRow("GB written") << "GB"
                                    << "sw1a1aa"
                                    << "SW1A 1AA" << true;
        QTest::newRow("GB short") << "GB"
                                  << "M1 1AE"
                                  << "M1 1AE" << true;
        QTest::newRow("GB not a postcode") << "GB"
                                           << "12345"
                                           << "12 345" << false;
        QTest::newRow("NL as typed") << "NL"
                                     << "1012 ab"
                                     << "1012 ab" << true;
        QTest::newRow("US as typed") << "US"
                                     << "10001-1234"
                                     << "10001-1234" << true;
    }
    void postalCodes() {
        QFETCH(QString, country);
        QFETCH(QString, zip);
        QFETCH(QString, written);
        QFETCH(bool, valid);
        QVariantMap fields = validCreate();
        fields.insert(u"country"_s, country);
        fields.insert(u"zip_code"_s, zip);
        fields = ClientValidator::normalized(fields);
        QCOMPARE(fields.value(u"zip_code"_s).toString(), written);
        const QStringList issues =
            describe(ClientValidator::validate(fields, ClientValidator::Mode::Create));
        QCOMPARE(issues, valid ? QStringList() : QStringList{u"is_invalid/zip_code"_s});
        QCOMPARE(PostalCodes::problem(country, written).isEmpty(), valid);
    }

    void countryNames() {
        const QLocale fr(QLocale::French, QLocale::France);
        const QLocale en(QLocale::English, QLocale::UnitedKingdom);
        QCOMPARE(Countries::name(u"DE"_s, fr), u"Allemagne"_s);
        QCOMPARE(Countries::name(u"DE"_s, en), u"Germany"_s);
        QCOMPARE(Countries::name(u"BE"_s, en), u"Belgium"_s);
        const QList<Countries::Entry> english = Countries::sorted(en);
        QCOMPARE(english.size(), Countries::all().size());
        QCOMPARE(english.first().name, u"Afghanistan"_s);
        // Sorted by the English name: Germany before Spain, not Allemagne first.
        const auto at = [&english](const char *code) {
            for (int i = 0; i < english.size(); ++i) {
                if (english.at(i).code == QLatin1String(code))
                    return i;
            }
            return -1;
        };
        QVERIFY(at("DE") < at("ES"));
        QVERIFY(at("ES") < at("GB") || english.at(at("GB")).name.startsWith(u"United"_s));
        for (const Countries::Entry &e : english)
            QVERIFY2(!e.name.isEmpty(), qPrintable(e.code));
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
        QTest::newRow("english, Qt's list") << "Belgium"
                                            << "BE";
        QTest::newRow("english, lower case") << "switzerland"
                                             << "CH";
        QTest::newRow("english, not an alias") << "Morocco"
                                               << "MA";
        QTest::newRow("french, accented") << "Égypte"
                                          << "EG";
        QTest::newRow("french, Monaco") << "monaco"
                                        << "MC";
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
