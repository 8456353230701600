#include "chattest.h"
#include "sandboxcontext.h"
#include "sandboxfixture.h"
#include "sandboxrows.h"
#include "sandboxserver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ChatTest;

// Uploaded media are files beside the database (a temporary folder in memory), not
// BLOBs: the file on disk, the headers it is served with, a restart that still serves
// it, the temporary folder removed with the server, and a schema 1 database moved out.
class TestSandboxMediaFiles : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void uploadIsAFileServedWithItsHeaders();
    void temporaryFolderGoesWithTheServer();
    void restartedDatabaseStillServesIt();
    void schemaOneBlobsMoveToFiles();
};

namespace {
struct Uploaded {
    QString url;
    QString token;
};

// An upload into a new conversation of a client of enterprise 20.
Uploaded uploadInto(SandboxFixture &f, const QByteArray &name, const QByteArray &type,
                    const QByteArray &bytes) {
    const QString token = f.token(20);
    const qint64 client = SandboxRows::insertClient(f, 20);
    const qint64 id = conversation(f, token, client).value(QStringLiteral("id")).toInteger();
    const QString url = upload(f, token, id, name, type, bytes)
                            .object()
                            .value(QStringLiteral("mediaUrl"))
                            .toString();
    return {url, url.section(u'/', -2, -2)};
}

QByteArray randomBytes(qsizetype size) {
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(42);
    for (char &c : bytes)
        c = char(generator.bounded(256));
    return bytes;
}

QStringList columnsOfMedia(SandboxFixture &f) {
    QSqlQuery q;
    f.server().context().store().exec(QStringLiteral("PRAGMA table_info(media)"), {}, &q);
    QStringList columns;
    while (q.next())
        columns.append(q.value(1).toString());
    return columns;
}
} // namespace

void TestSandboxMediaFiles::uploadIsAFileServedWithItsHeaders() {
    SandboxFixture f(SandboxRows::unseeded());
    QVERIFY2(f.ok(), qPrintable(f.error()));
    // Several chunks of the streamer, with every byte value.
    const QByteArray bytes = randomBytes(3 * 1024 * 1024 + 17);
    const Uploaded u = uploadInto(f, "plan-salle.png", "image/png", bytes);
    QVERIFY(!u.url.isEmpty());

    const QString path = f.server().context().media().pathOf(u.token);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    QCOMPARE(file.readAll(), bytes);
    QVERIFY(!columnsOfMedia(f).contains(QStringLiteral("data")));
    QCOMPARE(
        SandboxRows::count(f, QStringLiteral("SELECT size FROM media WHERE token = ?"), {u.token}),
        bytes.size());

    QNetworkAccessManager nam;
    const HttpResult got = SandboxFixture::send(nam, "GET", QUrl(u.url), {}, {});
    QCOMPARE(got.status, 200);
    QCOMPARE(got.header("Content-Type"), QByteArray("image/png"));
    QCOMPARE(got.header("Content-Length"), QByteArray::number(bytes.size()));
    QCOMPARE(got.header("X-Content-Type-Options"), QByteArray("nosniff"));
    QVERIFY(got.body == bytes);
    const HttpResult head = SandboxFixture::send(nam, "HEAD", QUrl(u.url), {}, {});
    QCOMPARE(head.status, 200);
    QCOMPARE(head.header("Content-Length"), QByteArray::number(bytes.size()));
    QVERIFY(head.body.isEmpty());
    // The same connection goes on to the next request after a streamed answer.
    QCOMPARE(SandboxFixture::send(nam, "GET", QUrl(u.url), {}, {}).body.size(), bytes.size());

    // A file gone from the folder is a 404, not a short answer.
    QVERIFY(QFile::remove(path));
    QCOMPARE(SandboxFixture::send(nam, "GET", QUrl(u.url), {}, {}).status, 404);
}

void TestSandboxMediaFiles::temporaryFolderGoesWithTheServer() {
    QString folder;
    {
        SandboxFixture f(SandboxRows::unseeded());
        QVERIFY2(f.ok(), qPrintable(f.error()));
        folder = f.server().context().media().folder();
        QVERIFY(QFileInfo(folder).isDir());
        const Uploaded u = uploadInto(f, "a.txt", "text/plain", "bonjour");
        QVERIFY(QFileInfo::exists(folder + u'/' + u.token));
    }
    QVERIFY(!QFileInfo::exists(folder));
}

void TestSandboxMediaFiles::restartedDatabaseStillServesIt() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SandboxOptions o = SandboxRows::unseeded();
    o.dbPath = dir.filePath(QStringLiteral("state.db"));
    const QByteArray bytes = randomBytes(200 * 1024);
    Uploaded u;
    {
        SandboxFixture f(o);
        QVERIFY2(f.ok(), qPrintable(f.error()));
        QCOMPARE(f.server().context().media().folder(), o.dbPath + QStringLiteral(".media"));
        u = uploadInto(f, "devis.pdf", "application/pdf", bytes);
        QVERIFY(QFileInfo::exists(o.dbPath + QStringLiteral(".media/") + u.token));
    }
    SandboxFixture again(o);
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QNetworkAccessManager nam;
    // The URL names the first run's port: ask the new one for the same path.
    const HttpResult got = SandboxFixture::send(nam, "GET", again.url(QUrl(u.url).path()), {}, {});
    QCOMPARE(got.status, 200);
    QCOMPARE(got.header("Content-Type"), QByteArray("application/pdf"));
    QVERIFY(got.body == bytes);
}

void TestSandboxMediaFiles::schemaOneBlobsMoveToFiles() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("old.db"));
    const QString token = QStringLiteral("0123456789abcdef0123456789abcdef");
    {
        // What an earlier sandbox wrote: schema 1, the bytes in media.data.
        QSqlDatabase old =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema-one"));
        old.setDatabaseName(db);
        QVERIFY(old.open());
        QSqlQuery q(old);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")));
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO meta VALUES ('schema_version', '1'), ('seeded', 'base')")));
        QVERIFY(q.exec(QStringLiteral(
            "CREATE TABLE media (token TEXT PRIMARY KEY, enterprise_id INTEGER NOT NULL,"
            " conversation_id INTEGER NOT NULL, file_name TEXT NOT NULL, media_type TEXT NOT NULL,"
            " data BLOB NOT NULL, created_at TEXT NOT NULL)")));
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO media VALUES (?, 20, 83001, 'menu.txt', "
                                         "'text/plain', ?, '2024-05-02 10:00:00')")));
        q.addBindValue(token);
        q.addBindValue(QByteArray("Menu du jour\n"));
        QVERIFY(q.exec());
        q = QSqlQuery();
        old.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("schema-one"));

    SandboxOptions o;
    o.dbPath = db;
    SandboxFixture f(o);
    QVERIFY2(f.ok(), qPrintable(f.error()));
    QCOMPARE(f.server().context().store().metaValue(QStringLiteral("schema_version")),
             QStringLiteral("2"));
    QVERIFY(!columnsOfMedia(f).contains(QStringLiteral("data")));
    QFile file(db + QStringLiteral(".media/") + token);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("Menu du jour\n"));
    QNetworkAccessManager nam;
    const HttpResult got = SandboxFixture::send(
        nam, "GET", f.url(QStringLiteral("/media/") + token + QStringLiteral("/menu.txt")), {}, {});
    QCOMPARE(got.status, 200);
    QCOMPARE(got.body, QByteArray("Menu du jour\n"));
    QCOMPARE(got.header("Content-Length"), QByteArray("13"));
}

QTEST_MAIN(TestSandboxMediaFiles)
#include "tst_sandbox_mediafiles.moc"
