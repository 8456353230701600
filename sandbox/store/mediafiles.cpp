#include "mediafiles.h"

#include "sandboxstore.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSqlQuery>
#include <QTemporaryDir>

MediaFiles::MediaFiles() = default;
MediaFiles::~MediaFiles() = default;

bool MediaFiles::open(const QString &dbPath, QString *error) {
    if (dbPath.isEmpty()) {
        m_temporary = std::make_unique<QTemporaryDir>(
            QDir::tempPath() + QStringLiteral("/jobbers-sandbox-media-XXXXXX"));
        if (!m_temporary->isValid()) {
            if (error)
                *error = QStringLiteral("cannot create a temporary folder for media: %1")
                             .arg(m_temporary->errorString());
            return false;
        }
        m_folder = m_temporary->path();
        return true;
    }
    m_folder = dbPath + QStringLiteral(".media");
    if (!QDir().mkpath(m_folder)) {
        if (error)
            *error = QStringLiteral("cannot create the media folder %1").arg(m_folder);
        return false;
    }
    return true;
}

QString MediaFiles::pathOf(const QString &token) const {
    return m_folder + u'/' + token;
}

bool MediaFiles::write(const QString &token, const QByteArray &data, QString *error) {
    QSaveFile file(pathOf(token));
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void MediaFiles::remove(const QString &token) {
    QFile::remove(pathOf(token));
}

bool MediaFiles::migrate(SandboxStore &store, QString *error) {
    if (store.metaValue(QStringLiteral("schema_version")) != QLatin1String("1"))
        return true;
    const auto fail = [error](const QString &why) {
        if (error)
            *error = QStringLiteral("moving media out of the database: %1").arg(why);
        return false;
    };
    QSqlQuery rows;
    if (!store.exec(QStringLiteral("SELECT token, data FROM media"), {}, &rows))
        return fail(QStringLiteral("cannot read the media table"));
    while (rows.next()) {
        QString why;
        if (!write(rows.value(0).toString(), rows.value(1).toByteArray(), &why))
            return fail(why);
    }
    // The files are written before the table loses its bytes: a crash in between
    // leaves schema 1 and its BLOBs, and the next start does it again.
    store.transaction();
    const bool ok =
        store.exec(QStringLiteral("ALTER TABLE media RENAME TO media_v1"))
        && store.exec(QStringLiteral(
            "CREATE TABLE media (token TEXT PRIMARY KEY, enterprise_id INTEGER NOT NULL,"
            " conversation_id INTEGER NOT NULL, file_name TEXT NOT NULL, media_type TEXT NOT NULL,"
            " size INTEGER NOT NULL, created_at TEXT NOT NULL)"))
        && store.exec(QStringLiteral(
            "INSERT INTO media (token, enterprise_id, conversation_id, file_name, media_type,"
            " size, created_at) SELECT token, enterprise_id, conversation_id, file_name,"
            " media_type, length(data), created_at FROM media_v1"))
        && store.exec(QStringLiteral("DROP TABLE media_v1"));
    if (!ok) {
        store.rollback();
        return fail(QStringLiteral("cannot rebuild the media table"));
    }
    store.setMetaValue(QStringLiteral("schema_version"), QStringLiteral("2"));
    return store.commit() || fail(QStringLiteral("cannot commit"));
}
