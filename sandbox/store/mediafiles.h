#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

class QTemporaryDir;
class SandboxStore;

// The bytes of uploaded media, kept as files beside the --db file ("<db>.media/"),
// or in a temporary folder removed at exit when the database is in memory; one file
// per upload, named by its token (never by anything the client sent). The store
// keeps what the API shows: name, type, size.
class MediaFiles {
public:
    MediaFiles();
    ~MediaFiles();
    MediaFiles(const MediaFiles &) = delete;
    MediaFiles &operator=(const MediaFiles &) = delete;

    // Picks (and creates) the folder for this database path; empty: in memory.
    bool open(const QString &dbPath, QString *error);
    QString folder() const { return m_folder; }
    QString pathOf(const QString &token) const;

    // Written whole or not at all (QSaveFile), so that a crash leaves no half file.
    bool write(const QString &token, const QByteArray &data, QString *error);
    void remove(const QString &token);

    // A database of schema 1 kept the bytes in a BLOB column: writes them out as
    // files, rebuilds the table without it and records schema 2.
    bool migrate(SandboxStore &store, QString *error);

private:
    std::unique_ptr<QTemporaryDir> m_temporary;
    QString m_folder;
};
