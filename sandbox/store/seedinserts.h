#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

class SandboxStore;

// The prepared inserts that the seeders (demo data, the large enterprise) write their
// rows with, and the first error met. A seeder derives from it; prepare() first.
class SeedInserts {
protected:
    explicit SeedInserts(SandboxStore &store);

    bool prepare();
    // Binds in order and runs q; false (and lastError) when it fails.
    bool exec(QSqlQuery &q, const QVariantList &binds);
    bool fail(const QSqlQuery &q);

    QSqlQuery m_client, m_assign, m_conversation, m_message, m_order;
    QString m_lastError;

private:
    bool prep(QSqlQuery &q, const char *sql);

    SandboxStore &m_db;
};
