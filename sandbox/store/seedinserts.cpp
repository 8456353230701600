#include "seedinserts.h"

#include "sandboxstore.h"

#include <QSqlError>

SeedInserts::SeedInserts(SandboxStore &store)
    : m_db(store) {}

bool SeedInserts::prepare() {
    return prep(m_client,
                "INSERT INTO clients (enterprise_id, group_id, email, first_name, last_name,"
                " phone_prefix, phone, gender, address, zip_code, city, country, cgu, optin,"
                " registering_date, last_login_date, end_subscription_date, active,"
                " leaving_date, password) VALUES (?, ?, ?, ?, ?, '+33', ?, ?, ?, ?, ?, 'FR',"
                " 1, ?, ?, ?, ?, ?, ?, ?)")
           && prep(m_assign, "INSERT INTO pass_assignments (enterprise_id, stock_id,"
                             " client_id, payment_reference, assigned_at,"
                             " end_subscription_date) VALUES (?, ?, ?, ?, ?, ?)")
           && prep(m_conversation,
                   "INSERT INTO conversations (enterprise_id, client_id, creation_date,"
                   " subject, status, rating, last_updated, message_counter, main_tag,"
                   " secondary_tag) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
           && prep(m_message, "INSERT INTO messages (id, conversation_id, received,"
                              " author_type, type, content) VALUES (?, ?, ?, ?, 'text', ?)")
           && prep(m_order, "INSERT INTO orders (client_id, category_id, ordered_at)"
                            " VALUES (?, ?, ?)");
}

bool SeedInserts::prep(QSqlQuery &q, const char *sql) {
    q = QSqlQuery(m_db.db());
    return q.prepare(QString::fromLatin1(sql)) || fail(q);
}

bool SeedInserts::fail(const QSqlQuery &q) {
    m_lastError = q.lastError().text();
    return false;
}

bool SeedInserts::exec(QSqlQuery &q, const QVariantList &binds) {
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    return q.exec() || fail(q);
}
