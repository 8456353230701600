#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <QVariantList>

#include <optional>

class QSqlQuery;

// The sandbox's state: one SQLite database, in memory unless a file is given.
// Every table carries the enterprise it belongs to, directly or through its client.
class SandboxStore {
public:
    SandboxStore();
    ~SandboxStore();
    SandboxStore(const SandboxStore &) = delete;
    SandboxStore &operator=(const SandboxStore &) = delete;

    // Opens (and creates the schema of) the database. wasNew tells whether the
    // file did not exist before, i.e. whether it should be seeded.
    bool open(const QString &path, bool *wasNew, QString *error);
    QSqlDatabase db() const;

    // Runs one statement with positional bindings; logs and returns false on error.
    bool exec(const QString &sql, const QVariantList &binds = {}, QSqlQuery *out = nullptr) const;
    // Runs one INSERT and answers the id of the row it wrote (its rowid), read from that
    // statement itself; nullopt on error.
    std::optional<qint64> insert(const QString &sql, const QVariantList &binds = {}) const;
    // First column of the first row, or an invalid QVariant.
    QVariant scalar(const QString &sql, const QVariantList &binds = {}) const;

    bool transaction();
    bool commit();
    void rollback();

    QString metaValue(const QString &key) const;
    void setMetaValue(const QString &key, const QString &value);

private:
    bool createSchema(QString *error);
    QString m_connection;
    QSqlDatabase m_db; // this store's connection, open after open()
};
