#include "localstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace {
Q_LOGGING_CATEGORY(lcStore, "jobbers.storage", QtInfoMsg)

// Migration step i brings the schema from version i to i + 1. Steps are only ever
// appended: a released step never changes.
const QList<QStringList> &migrations() {
    static const QList<QStringList> steps = {
        {
            QStringLiteral(
                "CREATE TABLE clients (client_id INTEGER PRIMARY KEY, email TEXT NOT NULL"
                " COLLATE NOCASE, first_name TEXT, last_name TEXT, group_id INTEGER,"
                " active INTEGER NOT NULL DEFAULT 1, end_subscription_date TEXT,"
                " last_seen TEXT, raw_json BLOB)"),
            QStringLiteral("CREATE UNIQUE INDEX clients_email ON clients(email)"),
            QStringLiteral(
                "CREATE TABLE drafts (conversation_id TEXT PRIMARY KEY, text TEXT NOT NULL,"
                " updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE outbox (id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " conversation_id TEXT NOT NULL, kind TEXT NOT NULL CHECK (kind IN"
                           " ('text','attachment')), payload BLOB, file_path TEXT, state TEXT NOT"
                           " NULL, attempts INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL,"
                           " error TEXT)"),
            QStringLiteral("CREATE INDEX outbox_conversation ON outbox(conversation_id, id)"),
            QStringLiteral("CREATE TABLE pass_assignments (payment_reference TEXT PRIMARY KEY,"
                           " email TEXT NOT NULL COLLATE NOCASE, stock_id INTEGER NOT NULL,"
                           " created_at TEXT NOT NULL, state TEXT NOT NULL CHECK (state IN"
                           " ('pending','done','failed')), end_subscription_date TEXT)"),
        },
        {
            QStringLiteral("CREATE INDEX pass_assignments_pending ON pass_assignments(email,"
                           " stock_id, state)"),
        },
        {
            // Statistics of past months (issue 9): the answer as JSON, per account.
            QStringLiteral(
                "CREATE TABLE IF NOT EXISTS stats_months (account TEXT NOT NULL, year INTEGER NOT"
                " NULL, month INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),"
                " fetched_at TEXT NOT NULL, payload BLOB NOT NULL,"
                " PRIMARY KEY (account, year, month))"),
            // Admin: the client–box location links made from this desk (no list call).
            QStringLiteral("CREATE TABLE IF NOT EXISTS client_locations (account TEXT NOT NULL,"
                           " client_id INTEGER NOT NULL, box_location_uid TEXT NOT NULL,"
                           " client_label TEXT, linked_at TEXT NOT NULL,"
                           " PRIMARY KEY (account, client_id, box_location_uid))"),
            // The conversation index (chat): every conversation the desk has seen, with
            // its last-read message counter, and when each client's were last listed.
            QStringLiteral(
                "CREATE TABLE IF NOT EXISTS conversation_index (conversation_id INTEGER PRIMARY "
                "KEY,"
                " client_id INTEGER NOT NULL, subject TEXT, status TEXT NOT NULL, rating"
                " INTEGER NOT NULL DEFAULT 0, creation_date TEXT, last_updated TEXT,"
                " message_counter INTEGER NOT NULL DEFAULT 0, main_tag INTEGER, secondary_tag"
                " INTEGER, read_counter INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS conversation_index_client ON "
                           "conversation_index(client_id)"),
            QStringLiteral(
                "CREATE TABLE IF NOT EXISTS conversation_checks (client_id INTEGER PRIMARY KEY,"
                " checked_at TEXT NOT NULL)"),
            // The chat outbox's state machine (chat/outboxmachine.h): who sends, the file's
            // name, type and size, the uploaded URL (a retry does not upload again), when the
            // message was first posted and the server's id once known (exactly once).
            QStringLiteral("ALTER TABLE outbox ADD COLUMN sender TEXT NOT NULL DEFAULT 'agent'"),
            QStringLiteral("ALTER TABLE outbox ADD COLUMN file_name TEXT"),
            QStringLiteral("ALTER TABLE outbox ADD COLUMN mime_type TEXT"),
            QStringLiteral("ALTER TABLE outbox ADD COLUMN file_size INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE outbox ADD COLUMN media_url TEXT"),
            QStringLiteral("ALTER TABLE outbox ADD COLUMN first_attempt_at TEXT"),
            QStringLiteral("ALTER TABLE outbox ADD COLUMN message_id TEXT"),
            QStringLiteral("ALTER TABLE outbox ADD COLUMN error_kind INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE outbox ADD COLUMN http_status INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("UPDATE outbox SET state = 'queued' WHERE state = 'pending'"),
        },
    };
    return steps;
}

QString dateText(const QDateTime &dt) {
    return dt.isValid() ? dt.toUTC().toString(Qt::ISODateWithMs) : QString();
}
QDateTime dateFrom(const QVariant &v) {
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

StoredClient clientFrom(const QSqlQuery &q) {
    StoredClient c;
    c.clientId = q.value(0).toLongLong();
    c.email = q.value(1).toString();
    c.firstName = q.value(2).toString();
    c.lastName = q.value(3).toString();
    c.groupId = q.value(4).toLongLong();
    c.active = q.value(5).toBool();
    c.endSubscriptionDate = q.value(6).toString();
    c.lastSeen = dateFrom(q.value(7));
    c.rawJson = q.value(8).toByteArray();
    return c;
}

const QString kClientColumns = QStringLiteral(
    "client_id, email, first_name, last_name, group_id, active, end_subscription_date,"
    " last_seen, raw_json");
} // namespace

LocalStore::LocalStore(QObject *parent)
    : QObject(parent)
    , m_connectionName(QStringLiteral("jobbers-localstore-%1").arg(quintptr(this), 0, 16)) {}

LocalStore::~LocalStore() {
    close();
}

QString LocalStore::defaultPath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/localstore.sqlite");
}

int LocalStore::schemaVersion() {
    return int(migrations().size());
}

bool LocalStore::fail(OpenError error, const QString &text) {
    m_openError = error;
    m_errorString = text;
    qCWarning(lcStore).noquote() << "local store:" << text;
    close();
    return false;
}

// Looks at an existing file without writing to it: SQLite's header, then a read-only
// connection for the version and an integrity check.
bool LocalStore::checkExistingFile(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(OpenError::CannotOpen,
                    tr("The local data file %1 cannot be read: %2").arg(path, f.errorString()));
    const QByteArray header = f.read(16);
    f.close();
    if (header.isEmpty())
        return true; // an empty file is a new database
    if (header != QByteArray("SQLite format 3\0", 16))
        return fail(OpenError::Corrupt,
                    tr("The local data file %1 is damaged (not an SQLite database). It was left "
                       "untouched; move it away to start afresh.")
                        .arg(path));
    const QString checkName = m_connectionName + QStringLiteral("-check");
    bool ok = true;
    int version = 0;
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), checkName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            ok = false;
            problem = db.lastError().text();
        } else {
            QSqlQuery q(db);
            // Reading the schema fails on a file whose pages are not SQLite's. The full
            // page check reads every page (tens of ms with a large directory, on the way
            // to the first window), so it runs only after an unclean end: SQLite removes
            // the write-ahead log when the last connection closes cleanly.
            const QString check = QFileInfo::exists(path + QStringLiteral("-wal"))
                                      ? QStringLiteral("PRAGMA quick_check")
                                      : QStringLiteral("SELECT 'ok' FROM sqlite_master LIMIT 1");
            if (q.exec(check)) {
                if (q.next() && q.value(0).toString() != QLatin1String("ok")) {
                    ok = false;
                    problem = q.value(0).toString();
                }
            } else {
                ok = false;
                problem = q.lastError().text();
            }
            if (ok && q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
                version = q.value(0).toInt();
            else if (ok) {
                ok = false;
                problem = q.lastError().text();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(checkName);
    if (!ok)
        return fail(OpenError::Corrupt,
                    tr("The local data file %1 is damaged (%2). It was left untouched; move it "
                       "away to start afresh.")
                        .arg(path, problem));
    if (version > schemaVersion())
        return fail(OpenError::NewerVersion,
                    tr("The local data file %1 was written by a newer version of the application "
                       "(format %2; this version knows up to %3). Update the application; the "
                       "file was left untouched.")
                        .arg(path)
                        .arg(version)
                        .arg(schemaVersion()));
    return true;
}

bool LocalStore::open(const QString &path) {
    close();
    m_openError = OpenError::None;
    m_errorString.clear();
    m_path = path.isEmpty() ? defaultPath() : path;
    if (QFileInfo::exists(m_path)) {
        if (!checkExistingFile(m_path))
            return false;
    } else if (!QDir().mkpath(QFileInfo(m_path).absolutePath())) {
        return fail(OpenError::CannotOpen,
                    tr("The folder for the local data file %1 cannot be created.").arg(m_path));
    }
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
    if (!m_db.open())
        return fail(
            OpenError::CannotOpen,
            tr("The local data file %1 cannot be opened: %2").arg(m_path, m_db.lastError().text()));
    exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    if (!migrate())
        return false;
    return true;
}

void LocalStore::close() {
    if (!m_db.isValid())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

int LocalStore::userVersion() const {
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

bool LocalStore::migrate() {
    const int from = userVersion();
    for (int v = from; v < schemaVersion(); ++v) {
        if (!m_db.transaction())
            return fail(OpenError::MigrationFailed, m_db.lastError().text());
        QSqlQuery q(m_db);
        for (const QString &sql : migrations().at(v)) {
            if (!q.exec(sql)) {
                const QString error = q.lastError().text();
                m_db.rollback();
                return fail(OpenError::MigrationFailed,
                            tr("Upgrading the local data file to format %1 failed: %2")
                                .arg(v + 1)
                                .arg(error));
            }
        }
        // PRAGMA takes no bound parameter; v is our own integer.
        q.exec(QStringLiteral("PRAGMA user_version = %1").arg(v + 1));
        if (!m_db.commit())
            return fail(OpenError::MigrationFailed, m_db.lastError().text());
        qCInfo(lcStore) << "local store upgraded to format" << v + 1;
    }
    return true;
}

bool LocalStore::exec(const QString &sql, const QVariantList &binds) const {
    QSqlQuery q(m_db);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec()) {
        qCWarning(lcStore).noquote() << "query failed:" << q.lastError().text();
        return false;
    }
    return true;
}

bool LocalStore::upsertClient(const StoredClient &c) {
    return upsertClients({c});
}

bool LocalStore::upsertClients(const QList<StoredClient> &clients) {
    // One transaction and one prepared statement: a few hundred emails from a month's
    // statistics, or a whole directory, in one write.
    const bool transaction = clients.size() > 1 && m_db.transaction();
    QSqlQuery q(m_db);
    // The email is unique too: a client first known by its email only (the directory
    // gives it a placeholder id) takes its real id when it is fetched.
    const bool prepared =
        q.prepare(QStringLiteral("INSERT INTO clients (%1) VALUES (?,?,?,?,?,?,?,?,?)"
                                 " ON CONFLICT(client_id) DO UPDATE SET email=excluded.email,"
                                 " first_name=excluded.first_name, last_name=excluded.last_name,"
                                 " group_id=excluded.group_id, active=excluded.active,"
                                 " end_subscription_date=excluded.end_subscription_date,"
                                 " last_seen=excluded.last_seen, raw_json=excluded.raw_json"
                                 " ON CONFLICT(email) DO UPDATE SET client_id=excluded.client_id,"
                                 " first_name=excluded.first_name, last_name=excluded.last_name,"
                                 " group_id=excluded.group_id, active=excluded.active,"
                                 " end_subscription_date=excluded.end_subscription_date,"
                                 " last_seen=excluded.last_seen, raw_json=excluded.raw_json")
                      .arg(kClientColumns));
    bool ok = prepared;
    for (const StoredClient &c : clients) {
        if (!prepared)
            break;
        const QVariantList values{
            c.clientId,
            c.email,
            c.firstName,
            c.lastName,
            c.groupId ? QVariant(c.groupId) : QVariant(),
            c.active,
            c.endSubscriptionDate,
            dateText(c.lastSeen.isValid() ? c.lastSeen : QDateTime::currentDateTimeUtc()),
            c.rawJson};
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        if (!q.exec()) {
            qCWarning(lcStore).noquote() << "query failed:" << q.lastError().text();
            ok = false;
        }
    }
    if (!prepared)
        qCWarning(lcStore).noquote() << "query failed:" << q.lastError().text();
    if (transaction && !m_db.commit())
        return false;
    return ok;
}

std::optional<StoredClient> LocalStore::clientByEmail(const QString &email) const {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM clients WHERE email = ?").arg(kClientColumns));
    q.addBindValue(email);
    if (q.exec() && q.next())
        return clientFrom(q);
    return std::nullopt;
}

QList<StoredClient> LocalStore::allClients(const QString &filter) const {
    QSqlQuery q(m_db);
    QString sql = QStringLiteral("SELECT %1 FROM clients").arg(kClientColumns);
    if (!filter.isEmpty())
        sql += QStringLiteral(" WHERE email LIKE ? OR first_name LIKE ? OR last_name LIKE ?");
    q.prepare(sql + QStringLiteral(" ORDER BY last_name COLLATE NOCASE, first_name"));
    const QString pattern = QLatin1Char('%') + filter + QLatin1Char('%');
    for (int i = 0; !filter.isEmpty() && i < 3; ++i)
        q.addBindValue(pattern);
    QList<StoredClient> out;
    if (q.exec()) {
        while (q.next())
            out.append(clientFrom(q));
    }
    return out;
}

bool LocalStore::saveDraft(const QString &conversationId, const QString &text) {
    return exec(QStringLiteral("INSERT INTO drafts (conversation_id, text, updated_at) VALUES"
                               " (?,?,?) ON CONFLICT(conversation_id) DO UPDATE SET"
                               " text=excluded.text, updated_at=excluded.updated_at"),
                {conversationId, text, dateText(QDateTime::currentDateTimeUtc())});
}

QString LocalStore::draft(const QString &conversationId) const {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT text FROM drafts WHERE conversation_id = ?"));
    q.addBindValue(conversationId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

bool LocalStore::removeDraft(const QString &conversationId) {
    return exec(QStringLiteral("DELETE FROM drafts WHERE conversation_id = ?"), {conversationId});
}
