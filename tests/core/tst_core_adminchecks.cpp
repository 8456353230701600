#include "admin/boxlocationuid.h"
#include "admin/clientchoice.h"
#include "admin/ownwebhooks.h"
#include "admin/tagcodelist.h"
#include "admin/webhooktarget.h"

#include <QSignalSpy>
#include <QTest>

// What the Admin room checks before anything is sent: webhook targets, box location
// UIDs, pasted lists of tag codes; and which webhooks are the application's own.
class TestAdminChecks : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void webhookTarget_data();
    void webhookTarget();
    void boxLocationUid_data();
    void boxLocationUid();
    void tagCodeList_data();
    void tagCodeList();
    void ownWebhooks();
    void clientChoice_data();
    void clientChoice();
};

enum class Verdict { Accepted, Warned, Refused };
Q_DECLARE_METATYPE(Verdict)

void TestAdminChecks::webhookTarget_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<QString>("sent"); // the URL sent, when accepted

    const auto row = [](const char *name, const char *text, Verdict v, const char *sent = "") {
        QTest::newRow(name) << QString::fromUtf8(text) << v << QString::fromUtf8(sent);
    };
    row("https", "https://hooks.example.com/jobbers", Verdict::Accepted,
        "https://hooks.example.com/jobbers");
    row("https with port and query", "https://hooks.example.com:8443/cb?x=1", Verdict::Accepted,
        "https://hooks.example.com:8443/cb?x=1");
    row("spaces around", "  https://hooks.example.com/cb  ", Verdict::Accepted,
        "https://hooks.example.com/cb");
    row("upper-case scheme", "HTTPS://hooks.example.com/cb", Verdict::Accepted,
        "https://hooks.example.com/cb");
    row("http to localhost", "http://localhost:8080/cb", Verdict::Accepted,
        "http://localhost:8080/cb");
    row("http to loopback", "http://127.0.0.1:9/cb", Verdict::Accepted, "http://127.0.0.1:9/cb");
    row("http to ipv6 loopback", "http://[::1]:9/cb", Verdict::Accepted, "http://[::1]:9/cb");
    row("http to a LAN address", "http://192.168.1.20/cb", Verdict::Accepted,
        "http://192.168.1.20/cb");
    row("http to 10/8", "http://10.1.2.3/cb", Verdict::Accepted, "http://10.1.2.3/cb");
    row("http to 172.16/12", "http://172.20.0.5/cb", Verdict::Accepted, "http://172.20.0.5/cb");
    row("http to .local", "http://desk.local/cb", Verdict::Accepted, "http://desk.local/cb");
    row("http to the internet", "http://hooks.example.com/cb", Verdict::Warned,
        "http://hooks.example.com/cb");
    row("http to a public address", "http://8.8.8.8/cb", Verdict::Warned, "http://8.8.8.8/cb");
    row("http to 172.32 (not private)", "http://172.32.0.1/cb", Verdict::Warned,
        "http://172.32.0.1/cb");
    row("empty", "", Verdict::Refused);
    row("blank", "   ", Verdict::Refused);
    row("relative", "/webhooks/callback", Verdict::Refused);
    row("no scheme", "hooks.example.com/cb", Verdict::Refused);
    row("ftp", "ftp://hooks.example.com/cb", Verdict::Refused);
    row("mailto", "mailto:ops@example.com", Verdict::Refused);
    row("javascript", "javascript:alert(1)", Verdict::Refused);
    row("no host", "https:///cb", Verdict::Refused);
    row("user name", "https://ops@hooks.example.com/cb", Verdict::Refused);
    row("user and password", "https://ops:s3cret@hooks.example.com/cb", Verdict::Refused);
    row("empty user with password", "https://:s3cret@hooks.example.com/cb", Verdict::Refused);
    row("space inside", "https://hooks.exa mple.com/cb", Verdict::Refused);
    row("bad port", "https://hooks.example.com:99999/cb", Verdict::Refused);
}

void TestAdminChecks::webhookTarget() {
    QFETCH(QString, text);
    QFETCH(Verdict, verdict);
    QFETCH(QString, sent);
    const WebhookTarget::Check c = WebhookTarget::check(text);
    switch (verdict) {
    case Verdict::Accepted:
        QVERIFY2(c.accepted(), qPrintable(c.error));
        QVERIFY2(c.warning.isEmpty(), qPrintable(c.warning));
        QCOMPARE(c.url.toString(), sent);
        break;
    case Verdict::Warned:
        QVERIFY2(c.accepted(), qPrintable(c.error));
        QVERIFY(!c.warning.isEmpty());
        QVERIFY(c.warning.contains(c.url.host()));
        QCOMPARE(c.url.toString(), sent);
        break;
    case Verdict::Refused:
        QVERIFY(!c.accepted());
        QVERIFY(!c.error.isEmpty());
        QVERIFY(c.url.isEmpty());
        // A refusal never repeats a password back.
        QVERIFY(!c.error.contains(QLatin1String("s3cret")));
        break;
    }
}

void TestAdminChecks::boxLocationUid_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("uid"); // empty: refused

    const QString canonical = QStringLiteral("2f3cb5c8-7b95-468d-9bb1-715ba9c44d93");
    QTest::newRow("canonical") << canonical << canonical;
    QTest::newRow("upper case") << canonical.toUpper() << canonical;
    QTest::newRow("braces") << QStringLiteral("{%1}").arg(canonical) << canonical;
    QTest::newRow("spaces around") << QStringLiteral("  %1\n").arg(canonical) << canonical;
    QTest::newRow("version 1") << QStringLiteral("c232ab00-9414-11ec-b3c8-9e6bdeced846")
                               << QStringLiteral("c232ab00-9414-11ec-b3c8-9e6bdeced846");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("one brace") << QStringLiteral("{%1").arg(canonical) << QString();
    QTest::newRow("no dashes") << QStringLiteral("2f3cb5c87b95468d9bb1715ba9c44d93") << QString();
    QTest::newRow("too short") << canonical.chopped(1) << QString();
    QTest::newRow("too long") << canonical + QLatin1Char('0') << QString();
    QTest::newRow("not hex") << QStringLiteral("2f3cb5c8-7b95-468d-9bb1-715ba9c44dzz") << QString();
    QTest::newRow("dashes misplaced")
        << QStringLiteral("2f3cb5c87-b95-468d-9bb1-715ba9c44d93") << QString();
    QTest::newRow("space inside") << QStringLiteral("2f3cb5c8-7b95-468d-9bb1 715ba9c44d93")
                                  << QString();
    QTest::newRow("nil") << QStringLiteral("00000000-0000-0000-0000-000000000000") << QString();
    QTest::newRow("a client id") << QStringLiteral("12399") << QString();
}

void TestAdminChecks::boxLocationUid() {
    QFETCH(QString, text);
    QFETCH(QString, uid);
    QString error;
    const std::optional<QUuid> parsed = BoxLocationUid::parse(text, &error);
    if (uid.isEmpty()) {
        QVERIFY(!parsed);
        QVERIFY(!error.isEmpty());
    } else {
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(BoxLocationUid::text(*parsed), uid);
    }
}

void TestAdminChecks::tagCodeList_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("codes");
    QTest::newRow("one per line") << QStringLiteral("1111\n2222\r\n3333\n")
                                  << QStringList{QStringLiteral("1111"), QStringLiteral("2222"),
                                                 QStringLiteral("3333")};
    QTest::newRow("commas and semicolons")
        << QStringLiteral("1111, 2222;3333")
        << QStringList{QStringLiteral("1111"), QStringLiteral("2222"), QStringLiteral("3333")};
    QTest::newRow("spreadsheet cells")
        << QStringLiteral("1111\t2222\n3333\t\n")
        << QStringList{QStringLiteral("1111"), QStringLiteral("2222"), QStringLiteral("3333")};
    QTest::newRow("spaces inside kept")
        << QStringLiteral(" 04 A2 3B \n04 A2 3C")
        << QStringList{QStringLiteral("04 A2 3B"), QStringLiteral("04 A2 3C")};
    QTest::newRow("each once, first place")
        << QStringLiteral("b\na\nb\na") << QStringList{QStringLiteral("b"), QStringLiteral("a")};
    QTest::newRow("blank") << QStringLiteral(" \n\t, ;") << QStringList{};
}

void TestAdminChecks::tagCodeList() {
    QFETCH(QString, text);
    QFETCH(QStringList, codes);
    QCOMPARE(TagCodeList::parse(text), codes);
}

void TestAdminChecks::ownWebhooks() {
    OwnWebhooks own;
    QSignalSpy changed(&own, &OwnWebhooks::changed);
    const QUrl target(QStringLiteral("https://desk.example.com/jobbers/live"));
    QVERIFY(!own.isOwn(OwnWebhooks::Kind::Message, target));
    own.declare(OwnWebhooks::Kind::Message, target, QStringLiteral("Live updates"));
    QCOMPARE(changed.size(), 1);
    // Other spellings of the same target are the same webhook.
    QVERIFY(own.isOwn(OwnWebhooks::Kind::Message,
                      QUrl(QStringLiteral("HTTPS://Desk.Example.com:443/jobbers/live/"))));
    QCOMPARE(own.purpose(OwnWebhooks::Kind::Message, target), QStringLiteral("Live updates"));
    // Not a box webhook, and not another path.
    QVERIFY(!own.isOwn(OwnWebhooks::Kind::Box, target));
    QVERIFY(!own.isOwn(OwnWebhooks::Kind::Message,
                       QUrl(QStringLiteral("https://desk.example.com/jobbers/other"))));
    own.declare(OwnWebhooks::Kind::Message, target, QStringLiteral("Live updates"));
    QCOMPARE(changed.size(), 1); // nothing new
    own.withdraw(OwnWebhooks::Kind::Message, target);
    QCOMPARE(changed.size(), 2);
    QVERIFY(!own.isOwn(OwnWebhooks::Kind::Message, target));
}

void TestAdminChecks::clientChoice_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("id"); // 0: none
    QTest::addColumn<QString>("label");
    QTest::newRow("completion line")
        << QStringLiteral("Zoé Lefèvre <zoe@example.fr> #12399") << qint64(12399)
        << QStringLiteral("Zoé Lefèvre <zoe@example.fr>");
    QTest::newRow("email only") << QStringLiteral("zoe@example.fr #7") << qint64(7)
                                << QStringLiteral("zoe@example.fr");
    QTest::newRow("bare id") << QStringLiteral(" 12399 ") << qint64(12399) << QString();
    QTest::newRow("hash id") << QStringLiteral("#12399") << qint64(12399) << QString();
    QTest::newRow("a name ending in a digit")
        << QStringLiteral("Lovelace 2") << qint64(0) << QStringLiteral("Lovelace 2");
    QTest::newRow("a name") << QStringLiteral("Lovelace") << qint64(0)
                            << QStringLiteral("Lovelace");
    QTest::newRow("zero") << QStringLiteral("0") << qint64(0) << QString();
    QTest::newRow("empty") << QString() << qint64(0) << QString();
}

void TestAdminChecks::clientChoice() {
    QFETCH(QString, text);
    QFETCH(qint64, id);
    QFETCH(QString, label);
    QCOMPARE(ClientChoice::idFrom(text).value_or(0), id);
    QCOMPARE(ClientChoice::labelFrom(text), label);
    StoredClient c;
    c.clientId = 5;
    c.email = QStringLiteral("ada@example.com");
    c.firstName = QStringLiteral("Ada");
    c.lastName = QStringLiteral("Lovelace");
    QCOMPARE(ClientChoice::text(c), QStringLiteral("Ada Lovelace <ada@example.com> #5"));
    QCOMPARE(ClientChoice::idFrom(ClientChoice::text(c)), std::optional<qint64>(5));
    c.firstName.clear();
    c.lastName.clear();
    QCOMPARE(ClientChoice::text(c), QStringLiteral("ada@example.com #5"));
}

QTEST_GUILESS_MAIN(TestAdminChecks)
#include "tst_core_adminchecks.moc"
