#pragma once

#include "sandboxcontext.h"
#include "sandboxfixture.h"
#include "sandboxserver.h"

#include <QObject>
#include <QSqlQuery>
#include <QVariant>

#include <memory>

// Rows written straight into a test's sandbox store, so that the chat, webhook and
// boxes tests do not depend on the clients endpoints.
namespace SandboxRows {

// A minimal active client of enterprise 20 (groups 373/374) or 280 (375/376).
inline qint64 insertClient(SandboxFixture &f, qint64 enterpriseId) {
    static int counter = 0;
    const qint64 group = enterpriseId == 20 ? 373 : 375;
    SandboxStore &store = f.server().context().store();
    const std::optional<qint64> id = store.insert(
        QStringLiteral("INSERT INTO clients (enterprise_id, group_id, email, first_name, last_name,"
                       " phone_prefix, phone, gender, address, zip_code, city, country, cgu, optin,"
                       " registering_date, active) VALUES (?, ?, ?, 'Test', 'Client', '+33',"
                       " '600000000', 'FEMALE', '1 rue de Rivoli', '75001', 'Paris', 'FR', 1, 0,"
                       " '2024-01-10 10:00:00', 1)"),
        {enterpriseId, group,
         QStringLiteral("rows-%1-%2@example.test").arg(enterpriseId).arg(++counter)});
    return id.value_or(0);
}

inline qint64 count(SandboxFixture &f, const QString &sql, const QVariantList &binds = {}) {
    return f.server().context().store().scalar(sql, binds).toLongLong();
}

inline SandboxOptions unseeded() {
    SandboxOptions o;
    o.seed = false;
    return o;
}

} // namespace SandboxRows

// The set-up the chat, attachment and boxes tests share: a sandbox without demo data,
// a token and one client for each demo enterprise. Test classes derive from it.
class TwoTenantsTest : public QObject {
protected:
    // Starts a fresh sandbox; false (with the reason in error()) when it did not start.
    bool startTenants() {
        m_f = std::make_unique<SandboxFixture>(SandboxRows::unseeded());
        if (!m_f->ok())
            return false;
        m_token = m_f->token(20);
        m_otherToken = m_f->token(280);
        m_client = SandboxRows::insertClient(*m_f, 20);
        m_otherClient = SandboxRows::insertClient(*m_f, 280);
        return m_client > 0 && m_otherClient > 0 && !m_token.isEmpty();
    }
    QString startError() const { return m_f ? m_f->error() : QString(); }

    std::unique_ptr<SandboxFixture> m_f;
    QString m_token;          // enterprise 20
    QString m_otherToken;     // enterprise 280
    qint64 m_client = 0;      // of 20
    qint64 m_otherClient = 0; // of 280
};
