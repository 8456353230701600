#include "sandboxstore.h"

#include <QAtomicInt>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcStore, "jobbers.sandbox.store")

namespace {
QAtomicInt s_connectionCounter;

// Schema version 1. Ids are INTEGER where the API shows numbers; message ids are
// 24-hex text. Dates are stored as the API's own "YYYY-MM-DD HH:MM:SS" text, which
// sorts and compares correctly as text.
const char *const kSchema[] = {
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)",
    "CREATE TABLE IF NOT EXISTS enterprises (id INTEGER PRIMARY KEY, name TEXT NOT NULL,"
    " api_key TEXT NOT NULL UNIQUE, api_secret TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS groups (id INTEGER PRIMARY KEY, enterprise_id INTEGER NOT NULL"
    " REFERENCES enterprises(id), name TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS clients (id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " enterprise_id INTEGER NOT NULL REFERENCES enterprises(id), group_id INTEGER,"
    " email TEXT NOT NULL UNIQUE COLLATE NOCASE, first_name TEXT NOT NULL, last_name TEXT NOT NULL,"
    " phone_prefix TEXT NOT NULL, phone TEXT NOT NULL, gender TEXT, address TEXT NOT NULL,"
    " zip_code TEXT NOT NULL, city TEXT NOT NULL, country TEXT NOT NULL, cgu INTEGER NOT NULL,"
    " optin INTEGER NOT NULL, registering_date TEXT NOT NULL, last_login_date TEXT,"
    " end_subscription_date TEXT, active INTEGER NOT NULL DEFAULT 1, leaving_date TEXT,"
    " password TEXT)",
    "CREATE INDEX IF NOT EXISTS clients_enterprise ON clients(enterprise_id, registering_date)",
    // Stats read one group's clients, then their conversations, orders and passes.
    "CREATE INDEX IF NOT EXISTS clients_group ON clients(enterprise_id, group_id,"
    " registering_date)",
    "CREATE TABLE IF NOT EXISTS login_tokens (token TEXT PRIMARY KEY, client_id INTEGER NOT NULL"
    " REFERENCES clients(id), created_at TEXT NOT NULL, expires_at_ms INTEGER NOT NULL,"
    " used_at TEXT)",
    "CREATE TABLE IF NOT EXISTS stocks (id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " enterprise_id INTEGER NOT NULL REFERENCES enterprises(id), description TEXT NOT NULL,"
    " duration INTEGER NOT NULL, duration_type TEXT NOT NULL, expiration_date TEXT NOT NULL,"
    " total_units INTEGER NOT NULL, total_used INTEGER NOT NULL DEFAULT 0, price REAL NOT NULL,"
    " net_price REAL NOT NULL, vat INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS pass_assignments (id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " enterprise_id INTEGER NOT NULL, stock_id INTEGER NOT NULL REFERENCES stocks(id),"
    " client_id INTEGER NOT NULL REFERENCES clients(id), payment_reference TEXT NOT NULL,"
    " assigned_at TEXT NOT NULL, end_subscription_date TEXT NOT NULL,"
    " UNIQUE (enterprise_id, payment_reference))",
    "CREATE INDEX IF NOT EXISTS pass_assignments_client ON pass_assignments(client_id, "
    "assigned_at)",
    // Conversation tags (main_tag / secondary_tag hold their id as text).
    "CREATE TABLE IF NOT EXISTS tags (id INTEGER PRIMARY KEY, tag_name TEXT NOT NULL UNIQUE)",
    "CREATE TABLE IF NOT EXISTS conversations (id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " enterprise_id INTEGER NOT NULL, client_id INTEGER NOT NULL REFERENCES clients(id),"
    " creation_date TEXT NOT NULL, subject TEXT NOT NULL, status TEXT NOT NULL,"
    " rating INTEGER NOT NULL DEFAULT 0, last_updated TEXT, message_counter INTEGER NOT NULL"
    " DEFAULT 0, main_tag TEXT, secondary_tag TEXT)",
    // By client, then date: what the conversation lists and stats both read.
    "DROP INDEX IF EXISTS conversations_client",
    "CREATE INDEX IF NOT EXISTS conversations_client_date ON conversations(client_id,"
    " creation_date)",
    "CREATE TABLE IF NOT EXISTS messages (seq INTEGER PRIMARY KEY AUTOINCREMENT,"
    " id TEXT NOT NULL UNIQUE, conversation_id INTEGER NOT NULL REFERENCES conversations(id),"
    " received TEXT NOT NULL, author_type TEXT NOT NULL, type TEXT NOT NULL, content TEXT,"
    " media_url TEXT)",
    "CREATE INDEX IF NOT EXISTS messages_conversation ON messages(conversation_id, seq)",
    "CREATE TABLE IF NOT EXISTS media (token TEXT PRIMARY KEY, enterprise_id INTEGER NOT NULL,"
    " conversation_id INTEGER NOT NULL, file_name TEXT NOT NULL, media_type TEXT NOT NULL,"
    " data BLOB NOT NULL, created_at TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS categories (id INTEGER PRIMARY KEY, name TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS orders (id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " client_id INTEGER NOT NULL REFERENCES clients(id), category_id INTEGER NOT NULL"
    " REFERENCES categories(id), ordered_at TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS orders_client ON orders(client_id, ordered_at)",
    "CREATE TABLE IF NOT EXISTS message_webhooks (id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " enterprise_id INTEGER NOT NULL, url TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS box_webhooks (id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " enterprise_id INTEGER NOT NULL, url TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS box_tags (enterprise_id INTEGER NOT NULL, code TEXT NOT NULL,"
    " description TEXT NOT NULL, technology_type TEXT NOT NULL, connected INTEGER NOT NULL"
    " DEFAULT 1, created_at TEXT NOT NULL, PRIMARY KEY (enterprise_id, code))",
    "CREATE TABLE IF NOT EXISTS client_locations (client_id INTEGER NOT NULL REFERENCES"
    " clients(id), box_location_uid TEXT NOT NULL, created_at TEXT NOT NULL,"
    " PRIMARY KEY (client_id, box_location_uid))",
};
} // namespace

SandboxStore::SandboxStore()
    : m_connection(
        QStringLiteral("jobbers-sandbox-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1))) {}

SandboxStore::~SandboxStore() {
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase(); // the last handle must be gone before removeDatabase
    QSqlDatabase::removeDatabase(m_connection);
}

bool SandboxStore::open(const QString &path, bool *wasNew, QString *error) {
    const bool inMemory = path.isEmpty();
    const bool existed = !inMemory && QFileInfo::exists(path);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(inMemory ? QStringLiteral(":memory:") : path);
    if (!m_db.open()) {
        if (error)
            *error = m_db.lastError().text();
        return false;
    }
    exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    if (!inMemory) {
        exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    }
    if (!createSchema(error))
        return false;
    // A file that exists but was never seeded (e.g. a crash during the first start)
    // counts as new.
    if (wasNew)
        *wasNew = !existed || metaValue(QStringLiteral("seeded")).isEmpty();
    return true;
}

bool SandboxStore::createSchema(QString *error) {
    const QString version = metaValue(QStringLiteral("schema_version"));
    if (!version.isEmpty() && version.toInt() > 1) {
        if (error)
            *error = QStringLiteral("database schema version %1 is newer than this sandbox (1)")
                         .arg(version);
        return false;
    }
    for (const char *sql : kSchema) {
        if (!exec(QString::fromLatin1(sql))) {
            if (error)
                *error =
                    QStringLiteral("cannot create the schema: %1").arg(db().lastError().text());
            return false;
        }
    }
    setMetaValue(QStringLiteral("schema_version"), QStringLiteral("1"));
    return true;
}

QSqlDatabase SandboxStore::db() const {
    return m_db;
}

bool SandboxStore::exec(const QString &sql, const QVariantList &binds, QSqlQuery *out) const {
    // The handle is kept rather than looked up by name (a global lock and a hash each
    // time); results are read forward only, which spares the driver caching rows.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        qCWarning(lcStore) << "prepare failed:" << q.lastError().text() << sql;
        return false;
    }
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec()) {
        qCWarning(lcStore) << "exec failed:" << q.lastError().text() << sql;
        return false;
    }
    if (out)
        *out = std::move(q);
    return true;
}

std::optional<qint64> SandboxStore::insert(const QString &sql, const QVariantList &binds) const {
    QSqlQuery q;
    if (!exec(sql, binds, &q))
        return std::nullopt;
    const QVariant id = q.lastInsertId();
    if (!id.isValid())
        return std::nullopt;
    return id.toLongLong();
}

QVariant SandboxStore::scalar(const QString &sql, const QVariantList &binds) const {
    QSqlQuery q;
    if (!exec(sql, binds, &q) || !q.next())
        return {};
    return q.value(0);
}

bool SandboxStore::transaction() {
    return db().transaction();
}

bool SandboxStore::commit() {
    return db().commit();
}

void SandboxStore::rollback() {
    db().rollback();
}

QString SandboxStore::metaValue(const QString &key) const {
    QSqlQuery q(db());
    // Before the schema exists the table may be missing: that is "no value".
    if (!q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?")))
        return {};
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString();
}

void SandboxStore::setMetaValue(const QString &key, const QString &value) {
    exec(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"), {key, value});
}
