#include "clientfilterproxy.h"

#include "clientsmodel.h"

ClientFilterProxy::ClientFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent) {
    // Rows keep the source's order; the source sorts (see sort()).
    setDynamicSortFilter(false);
}

void ClientFilterProxy::setClientsModel(ClientsModel *model) {
    m_clients = model;
    setSourceModel(model);
}

void ClientFilterProxy::setSearchText(const QString &text) {
    const QStringList words = ClientsModel::fold(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    m_text = text;
    if (words == m_words)
        return;
    m_words = words;
    // One layout change and a lazy remapping: invalidateFilter() would announce the
    // removal of each run of hidden rows separately, which a view with 100,000 rows
    // pays for per keystroke.
    invalidate();
}

void ClientFilterProxy::sort(int column, Qt::SortOrder order) {
    if (m_clients)
        m_clients->sort(column, order);
}

bool ClientFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    if (m_words.isEmpty() || !m_clients || sourceParent.isValid())
        return true;
    const QString &key = m_clients->searchKey(sourceRow);
    for (const QString &word : m_words) {
        if (!key.contains(word))
            return false;
    }
    return true;
}
