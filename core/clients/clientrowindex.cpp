#include "clientrowindex.h"

void ClientRowIndex::clear() {
    m_byEmail.clear();
    m_byId.clear();
}

void ClientRowIndex::reserve(qsizetype size) {
    m_byEmail.reserve(size);
    m_byId.reserve(size);
}

int ClientRowIndex::rowOfClientId(qint64 clientId) const {
    return clientId > 0 ? m_byId.value(clientId, -1) : -1;
}

void ClientRowIndex::set(int row, const QString &emailKey, qint64 clientId) {
    m_byEmail.insert(emailKey, row);
    if (clientId > 0)
        m_byId.insert(clientId, row);
}

void ClientRowIndex::changeId(int row, qint64 previousId, qint64 clientId) {
    if (clientId == previousId)
        return;
    if (previousId > 0 && m_byId.value(previousId, -1) == row)
        m_byId.remove(previousId);
    if (clientId > 0)
        m_byId.insert(clientId, row);
}
