#include "chattest.h"
#include "sandboxfixture.h"
#include "sandboxrows.h"

#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QTest>

using namespace ChatTest;

// Attachments: multipart upload, the token-less media URLs, byte-exact round
// trips, attachment messages, errors, tenancy and the upload size limit.
class TestSandboxAttachments : public TwoTenantsTest {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void attachmentRoundTrip();
    void attachmentTypeFromContent();
    void attachmentErrors_data();
    void attachmentErrors();
    void unknownMediaIs404();
    void foreignMediaIsRefused();
    void uploadBeyondLimitIs413();
};

void TestSandboxAttachments::init() {
    QVERIFY2(startTenants(), qPrintable(startError()));
}

void TestSandboxAttachments::cleanup() {
    m_f.reset();
}

void TestSandboxAttachments::attachmentRoundTrip() {
    const qint64 id = conversation(*m_f, m_token, m_client).value(QStringLiteral("id")).toInteger();
    QByteArray bytes = "%PDF-1.4\n";
    for (int i = 0; i < 3000; ++i)
        bytes += char(i % 256); // every byte value, CR and LF included
    bytes += "\r\n--not-the-boundary\r\n%%EOF";
    HttpResult r =
        upload(*m_f, m_token, id, "Facture mars 2024 (copie).pdf", "application/pdf", bytes);
    QCOMPARE(r.status, 200);
    const QJsonObject o = r.object();
    QCOMPARE(o.size(), 2);
    QCOMPARE(o.value(QStringLiteral("mediaType")).toString(), QStringLiteral("application/pdf"));
    const QString mediaUrl = o.value(QStringLiteral("mediaUrl")).toString();
    const QRegularExpression shape(QRegularExpression::escape(m_f->baseUrl().toString())
                                   + QStringLiteral("/media/[0-9a-f]{32,}/[A-Za-z0-9._-]+$"));
    QVERIFY2(shape.match(mediaUrl).hasMatch(), qPrintable(mediaUrl));
    QVERIFY(mediaUrl.endsWith(QLatin1String(".pdf")));

    // Served without a token, byte for byte, with its type.
    QNetworkAccessManager nam;
    HttpResult media = SandboxFixture::send(nam, "GET", QUrl(mediaUrl), {}, {});
    QCOMPARE(media.status, 200);
    QCOMPARE(media.body, bytes);
    QCOMPARE(media.header("Content-Type"), QByteArray("application/pdf"));

    // Posted into the conversation as an attachment message.
    r = message(*m_f, m_token, id,
                {{QStringLiteral("type"), QStringLiteral("attachment")},
                 {QStringLiteral("media_url"), mediaUrl},
                 {QStringLiteral("sender"), QStringLiteral("client")}});
    QCOMPARE(r.status, 200);
    const QJsonObject m = r.object();
    QCOMPARE(m.size(), 5);
    QCOMPARE(m.value(QStringLiteral("type")).toString(), QStringLiteral("application/pdf"));
    QCOMPARE(m.value(QStringLiteral("media_url")).toString(), mediaUrl);
    QCOMPARE(m.value(QStringLiteral("author_type")).toString(), QStringLiteral("user"));
    QVERIFY(!m.contains(QStringLiteral("content")));
    const QJsonArray list =
        m_f->get(messagesPath(id) + QStringLiteral("?size=10"), m_token).array();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).toObject(), m);
}

void TestSandboxAttachments::attachmentTypeFromContent() {
    const qint64 id = conversation(*m_f, m_token, m_client).value(QStringLiteral("id")).toInteger();
    const QByteArray png =
        QByteArray::fromHex("89504e470d0a1a0a0000000d49484452") + QByteArray(64, '\0');
    // No part Content-Type, or the generic octet-stream: the type comes from the bytes and name.
    for (const QByteArray &type : {QByteArray(), QByteArray("application/octet-stream")}) {
        const HttpResult r = upload(*m_f, m_token, id, "../../etc/photo.png", type, png);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QStringLiteral("mediaType")).toString(),
                 QStringLiteral("image/png"));
        QVERIFY(r.object()
                    .value(QStringLiteral("mediaUrl"))
                    .toString()
                    .endsWith(QLatin1String("/photo.png")));
    }
}

void TestSandboxAttachments::attachmentErrors_data() {
    QTest::addColumn<QString>("target");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    const QByteArray form = "multipart/form-data; boundary=" + kBoundary;
    const QByteArray good = multipart("source", "a.txt", "text/plain", "hello");
    QTest::newRow("empty body") << QStringLiteral("mine") << form << QByteArray() << 400
                                << QStringLiteral("cannot_be_blank/source");
    QTest::newRow("no source part")
        << QStringLiteral("mine") << form << multipart("file", "a.txt", "text/plain", "hello")
        << 400 << QStringLiteral("cannot_be_blank/source");
    QTest::newRow("empty file") << QStringLiteral("mine") << form
                                << multipart("source", "a.txt", "text/plain", "") << 400
                                << QStringLiteral("cannot_be_blank/source");
    QTest::newRow("garbage") << QStringLiteral("mine") << form
                             << QByteArray("\x01\x02 not multipart at all") << 422
                             << QStringLiteral("is_invalid/body");
    QTest::newRow("unterminated part")
        << QStringLiteral("mine") << form << good.left(good.size() - 30) << 422
        << QStringLiteral("is_invalid/body");
    QTest::newRow("json instead") << QStringLiteral("mine") << QByteArray("application/json")
                                  << QByteArray(R"({"source":"x"})") << 422
                                  << QStringLiteral("is_invalid/body");
    QTest::newRow("no boundary") << QStringLiteral("mine") << QByteArray("multipart/form-data")
                                 << good << 422 << QStringLiteral("is_invalid/body");
    QTest::newRow("unknown conversation") << QStringLiteral("unknown") << form << good << 404
                                          << QStringLiteral("is_invalid/id_conversation");
    QTest::newRow("another enterprise's conversation")
        << QStringLiteral("other") << form << good << 403
        << QStringLiteral("is_invalid/id_conversation");
}

void TestSandboxAttachments::attachmentErrors() {
    QFETCH(QString, target);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, error);
    const qint64 mine =
        conversation(*m_f, m_token, m_client).value(QStringLiteral("id")).toInteger();
    const qint64 other =
        conversation(*m_f, m_otherToken, m_otherClient).value(QStringLiteral("id")).toInteger();
    const qint64 id = target == QLatin1String("mine")    ? mine
                      : target == QLatin1String("other") ? other
                                                         : 99999999;
    const HttpResult r =
        m_f->request("POST", QStringLiteral("/api/v0/conversations/%1/attachments").arg(id), body,
                     m_token, {{"Content-Type", contentType}});
    QCOMPARE(r.status, status);
    QCOMPARE(r.firstError(), error);
    QCOMPARE(SandboxRows::count(*m_f, QStringLiteral("SELECT COUNT(*) FROM media")), 0);
}

void TestSandboxAttachments::unknownMediaIs404() {
    QNetworkAccessManager nam;
    const HttpResult r = SandboxFixture::send(
        nam, "GET", m_f->url(QStringLiteral("/media/0123456789abcdef0123456789abcdef/a.pdf")), {},
        {});
    QCOMPARE(r.status, 404);
    QVERIFY(r.header("Content-Type").startsWith("application/json"));
    QVERIFY(r.object().value(QStringLiteral("errors")).isArray());
    // The right token with another name is no match either.
    const qint64 id = conversation(*m_f, m_token, m_client).value(QStringLiteral("id")).toInteger();
    const QString url = upload(*m_f, m_token, id, "a.txt", "text/plain", "hello")
                            .object()
                            .value(QStringLiteral("mediaUrl"))
                            .toString();
    QCOMPARE(SandboxFixture::send(nam, "GET", QUrl(url), {}, {}).status, 200);
    QCOMPARE(SandboxFixture::send(nam, "GET", QUrl(url + QStringLiteral("x")), {}, {}).status, 404);
}

void TestSandboxAttachments::foreignMediaIsRefused() {
    const qint64 id = conversation(*m_f, m_token, m_client).value(QStringLiteral("id")).toInteger();
    const qint64 other =
        conversation(*m_f, m_otherToken, m_otherClient).value(QStringLiteral("id")).toInteger();
    const QString url = upload(*m_f, m_token, id, "a.txt", "text/plain", "hello")
                            .object()
                            .value(QStringLiteral("mediaUrl"))
                            .toString();
    const HttpResult r = message(*m_f, m_otherToken, other,
                                 {{QStringLiteral("type"), QStringLiteral("attachment")},
                                  {QStringLiteral("media_url"), url},
                                  {QStringLiteral("sender"), QStringLiteral("agent")}});
    QCOMPARE(r.status, 403);
    QCOMPARE(r.firstError(), QStringLiteral("is_invalid/media_url"));
}

void TestSandboxAttachments::uploadBeyondLimitIs413() {
    SandboxOptions o = SandboxRows::unseeded();
    o.maxUploadBytes = 2048;
    SandboxFixture f(o);
    QVERIFY(f.ok());
    const QString token = f.token(20);
    const qint64 client = SandboxRows::insertClient(f, 20);
    const qint64 id = conversation(f, token, client).value(QStringLiteral("id")).toInteger();
    QVERIFY(id > 0);
    HttpResult r =
        upload(f, token, id, "small.bin", "application/octet-stream", QByteArray(1000, 'x'));
    QCOMPARE(r.status, 200);
    r = upload(f, token, id, "big.bin", "application/octet-stream", QByteArray(4096, 'x'));
    QCOMPARE(r.status, 413);
    QVERIFY(r.object().value(QStringLiteral("errors")).isArray());
    QCOMPARE(SandboxRows::count(f, QStringLiteral("SELECT COUNT(*) FROM media")), 1);
}

QTEST_MAIN(TestSandboxAttachments)
#include "tst_sandbox_attachments.moc"
