#pragma once

#include <QHash>
#include <QString>

// The rows of the client directory by folded email and by client id, kept in step with
// the rows by ClientsModel: both lookups run on every keystroke, where a scan of
// 100,000 rows would not do. Ids are indexed when > 0 (email-only rows have none); an
// id held by two rows (an email changed elsewhere) finds one of them.
class ClientRowIndex {
public:
    void clear();
    void reserve(qsizetype size);
    bool containsEmail(const QString &emailKey) const { return m_byEmail.contains(emailKey); }
    // -1 when unknown.
    int rowOfEmail(const QString &emailKey) const { return m_byEmail.value(emailKey, -1); }
    int rowOfClientId(qint64 clientId) const;

    // Row `row` holds emailKey and clientId (0: none).
    void set(int row, const QString &emailKey, qint64 clientId);
    // Row `row` stayed in place, and its id went from previousId to clientId.
    void changeId(int row, qint64 previousId, qint64 clientId);

    // Rows moved by others coming in among them: every row number held goes through
    // moved(). A pass over the values, where indexing the rows again would hash every
    // email again: at 100,000 rows that was most of the cost of one insert.
    template<typename Moved> void remap(Moved moved) {
        for (auto it = m_byEmail.begin(); it != m_byEmail.end(); ++it)
            it.value() = moved(it.value());
        for (auto it = m_byId.begin(); it != m_byId.end(); ++it)
            it.value() = moved(it.value());
    }

private:
    QHash<QString, int> m_byEmail;
    QHash<qint64, int> m_byId;
};
