#include "multipartparser.h"

#include <QRandomGenerator>
#include <QTest>

// The sandbox's multipart/form-data parser on its own: the shapes real clients
// send, and garbage that must fail cleanly rather than crash.
class TestSandboxMultipart : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void boundaryOf_data();
    void boundaryOf();
    void parsesFile_data();
    void parsesFile();
    void rejects_data();
    void rejects();
    void surviveRandomBytes();
};

void TestSandboxMultipart::boundaryOf_data() {
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("boundary");
    QTest::newRow("bare") << QByteArray("multipart/form-data; boundary=abc") << QByteArray("abc");
    QTest::newRow("quoted") << QByteArray("multipart/form-data; boundary=\"a b;c\"")
                            << QByteArray("a b;c");
    QTest::newRow("case") << QByteArray("Multipart/Form-Data; BOUNDARY=xyz; charset=utf-8")
                          << QByteArray("xyz");
    QTest::newRow("not multipart") << QByteArray("application/json; boundary=abc") << QByteArray();
    QTest::newRow("no boundary") << QByteArray("multipart/form-data") << QByteArray();
    QTest::newRow("too long") << QByteArray("multipart/form-data; boundary=" + QByteArray(71, 'x'))
                              << QByteArray();
}

void TestSandboxMultipart::boundaryOf() {
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, boundary);
    QCOMPARE(MultipartParser::boundaryOf(contentType), boundary);
}

void TestSandboxMultipart::parsesFile_data() {
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("crlf, quoted boundary, preamble and epilogue")
        << QByteArray("multipart/form-data; boundary=\"XyZ\"")
        << QByteArray(
               "preamble\r\n--XyZ\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhi\r\n"
               "--XyZ\r\nContent-Disposition: form-data; name=\"source\"; filename=\"a.pdf\"\r\n"
               "Content-Type: Application/PDF; "
               "x=1\r\n\r\n%PDF\r\n--XyZ-\r\nend\r\n--XyZ--\r\nepilogue")
        << QStringLiteral("a.pdf") << QByteArray("application/pdf")
        << QByteArray("%PDF\r\n--XyZ-\r\nend");
    QTest::newRow("lf only") << QByteArray("multipart/form-data; boundary=b")
                             << QByteArray("--b\nContent-Disposition: form-data; name=source; "
                                           "filename=x.txt\n\nline1\nline2\n--b--\n")
                             << QStringLiteral("x.txt") << QByteArray()
                             << QByteArray("line1\nline2");
    QTest::newRow("filename* wins")
        << QByteArray("multipart/form-data; boundary=b")
        << QByteArray(
               "--b\r\nContent-Disposition: form-data; name=\"source\"; filename=\"fallback.txt\"; "
               "filename*=UTF-8''caf%C3%A9%20cr%C3%A8me.txt\r\n\r\nx\r\n--b--")
        << QStringLiteral("café crème.txt") << QByteArray() << QByteArray("x");
    QTest::newRow("quoted semicolon and escaped quote")
        << QByteArray("multipart/form-data; boundary=b")
        << QByteArray("--b   \r\ncontent-disposition: form-data; filename=\"a;\\\"b\\\".txt\"; "
                      "name=\"source\"\r\n\r\n"
                      "\r\n--b--")
        << QStringLiteral("a;\"b\".txt") << QByteArray() << QByteArray();
    QTest::newRow("no close delimiter at the end")
        << QByteArray("multipart/form-data; boundary=b")
        << QByteArray("--b\r\nContent-Disposition: form-data; name=\"source\"\r\n\r\nabc\r\n--b")
        << QString() << QByteArray() << QByteArray("abc");
}

void TestSandboxMultipart::parsesFile() {
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QString, fileName);
    QFETCH(QByteArray, type);
    QFETCH(QByteArray, data);
    MultipartParser p;
    QVERIFY2(p.parse(contentType, body), qPrintable(p.errorString()));
    const MultipartParser::Part *source = p.part("source");
    QVERIFY(source);
    QCOMPARE(source->fileName, fileName);
    QCOMPARE(source->contentType, type);
    QCOMPARE(source->data, data);
    QVERIFY(!p.part("missing"));
}

void TestSandboxMultipart::rejects_data() {
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    const QByteArray form = "multipart/form-data; boundary=b";
    QTest::newRow("empty") << form << QByteArray();
    QTest::newRow("no delimiter") << form << QByteArray("just text");
    QTest::newRow("delimiter mid-line only") << form << QByteArray("x--b\r\n\r\ndata");
    QTest::newRow("unterminated")
        << form << QByteArray("--b\r\nContent-Disposition: form-data; name=source\r\n\r\nabc");
    QTest::newRow("no header end") << form << QByteArray("--b\r\nContent-Disposition: x\r\n--b--");
    QTest::newRow("header without colon")
        << form << QByteArray("--b\r\nnonsense\r\n\r\nabc\r\n--b--");
    QTest::newRow("junk after delimiter") << form << QByteArray("--bjunk\r\n\r\nabc\r\n--b--");
    QTest::newRow("no boundary") << QByteArray("multipart/form-data")
                                 << QByteArray("--b\r\n\r\nx\r\n--b--");
    QTest::newRow("not multipart")
        << QByteArray("text/plain") << QByteArray("--b\r\n\r\nx\r\n--b--");
}

void TestSandboxMultipart::rejects() {
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    MultipartParser p;
    QVERIFY(!p.parse(contentType, body));
    QVERIFY(!p.errorString().isEmpty());
    QVERIFY(p.parts().isEmpty());
}

void TestSandboxMultipart::surviveRandomBytes() {
    // Random bodies, some seeded with delimiter lines: any outcome but a crash.
    QRandomGenerator rng(1234);
    const QByteArray pieces[] = {"--b",
                                 "\r\n",
                                 "\n",
                                 "--b--",
                                 "Content-Disposition: form-data; name=source",
                                 ":",
                                 "\"",
                                 ";",
                                 "filename*=UTF-8''%",
                                 "\r\n\r\n"};
    for (int round = 0; round < 2000; ++round) {
        QByteArray body;
        const int n = rng.bounded(1, 24);
        for (int i = 0; i < n; ++i) {
            if (rng.bounded(2))
                body += pieces[rng.bounded(int(std::size(pieces)))];
            else
                body += char(rng.bounded(256));
        }
        MultipartParser p;
        const bool ok = p.parse("multipart/form-data; boundary=b", body);
        QVERIFY(ok || !p.errorString().isEmpty());
    }
}

QTEST_MAIN(TestSandboxMultipart)
#include "tst_sandbox_multipart.moc"
