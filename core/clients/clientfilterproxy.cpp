#include "clientfilterproxy.h"

#include "clientsmodel.h"

#include <QStringMatcher>
#include <QTimer>

#include <algorithm>
#include <utility>

ClientFilterProxy::ClientFilterProxy(QObject *parent)
    : QAbstractProxyModel(parent) {}

void ClientFilterProxy::setClientsModel(ClientsModel *model) {
    beginResetModel();
    if (m_clients)
        disconnect(m_clients, nullptr, this, nullptr);
    m_clients = model;
    QAbstractProxyModel::setSourceModel(model);
    forget();
    if (model) {
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this,
                &ClientFilterProxy::beginResetModel);
        connect(model, &QAbstractItemModel::modelReset, this, [this] {
            forget();
            rebuild(false);
            endResetModel();
        });
        connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this,
                &ClientFilterProxy::onRowsAboutToBeInserted);
        connect(model, &QAbstractItemModel::rowsInserted, this, &ClientFilterProxy::onRowsInserted);
        connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                &ClientFilterProxy::onRowsAboutToBeRemoved);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &ClientFilterProxy::onRowsRemoved);
        connect(model, &QAbstractItemModel::dataChanged, this, &ClientFilterProxy::onDataChanged);
        connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this,
                &ClientFilterProxy::onLayoutAboutToBeChanged);
        connect(model, &QAbstractItemModel::layoutChanged, this,
                &ClientFilterProxy::onLayoutChanged);
        connect(model, &QAbstractItemModel::headerDataChanged, this,
                &QAbstractItemModel::headerDataChanged);
    }
    rebuild(false);
    endResetModel();
}

void ClientFilterProxy::setSearchText(const QString &text) {
    const QStringList words = ClientsModel::fold(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    m_text = text;
    if (words == m_words)
        return;
    // Every old word inside some new word: the new matches are a subset of the old
    // ones, so only the rows shown now need testing (typing on at the end of a word).
    bool narrowing = isFiltering();
    for (const QString &old : std::as_const(m_words)) {
        narrowing = narrowing
                    && std::any_of(words.cbegin(), words.cend(),
                                   [&old](const QString &w) { return w.contains(old); });
    }
    beginResetModel();
    m_words = words;
    m_wordsMask = 0;
    m_maskIsExact = true;
    for (const QString &w : words) {
        m_wordsMask |= ClientsModel::charMask(w);
        m_maskIsExact = m_maskIsExact && w.size() == 1 && ClientsModel::isMaskExact(w.front());
    }
    rebuild(narrowing);
    endResetModel();
}

bool ClientFilterProxy::accepts(int sourceRow) const {
    return acceptsOthers(sourceRow, -1);
}

bool ClientFilterProxy::acceptsOthers(int sourceRow, qsizetype except) const {
    if ((m_clients->charMask(sourceRow) & m_wordsMask) != m_wordsMask)
        return false;
    if (m_maskIsExact)
        return true;
    const QString &key = m_clients->searchKey(sourceRow);
    for (qsizetype i = 0; i < m_words.size(); ++i) {
        if (i != except && !key.contains(m_words.at(i)))
            return false;
    }
    return true;
}

void ClientFilterProxy::forget() {
    m_haystackValid = false;
    m_recent.clear();
    // A big directory rebuilds its buffer when the event loop is idle rather than on
    // the next keystroke.
    if (m_rebuildPosted || !m_clients || m_clients->rowCount() < 10000)
        return;
    m_rebuildPosted = true;
    QTimer::singleShot(0, this, [this] {
        m_rebuildPosted = false;
        if (!m_haystackValid && m_clients)
            buildHaystack();
    });
}

void ClientFilterProxy::buildHaystack() {
    const int count = m_clients->rowCount();
    qsizetype size = 0;
    for (int row = 0; row < count; ++row)
        size += m_clients->searchKey(row).size() + 1;
    m_haystack.clear();
    m_haystack.reserve(size);
    m_starts.clear();
    m_starts.reserve(count + 1);
    for (int row = 0; row < count; ++row) {
        m_starts.append(m_haystack.size());
        m_haystack += m_clients->searchKey(row);
        m_haystack += QChar(0x1); // never typed, never folded into a key
    }
    m_starts.append(m_haystack.size());
    m_haystackValid = true;
}

QList<int> ClientFilterProxy::scanAll() {
    QList<int> visible;
    const int count = m_clients->rowCount();
    if (m_maskIsExact) { // one-letter words: the masks say it all
        for (int row = 0; row < count; ++row) {
            if ((m_clients->charMask(row) & m_wordsMask) == m_wordsMask)
                visible.append(row);
        }
        return visible;
    }
    if (!m_haystackValid)
        buildHaystack();
    // Search the longest word (fewest matches); test the others on matching rows only.
    qsizetype longest = 0;
    for (qsizetype i = 1; i < m_words.size(); ++i) {
        if (m_words.at(i).size() > m_words.at(longest).size())
            longest = i;
    }
    const QString &word = m_words.at(longest);
    const QStringMatcher matcher(word);
    const bool single = word.size() == 1;
    qsizetype pos = 0;
    int row = 0;
    for (;;) {
        pos = single ? m_haystack.indexOf(word.front(), pos) : matcher.indexIn(m_haystack, pos);
        if (pos < 0)
            break;
        // Matches come in order: walk the row starts forward (binary search if far).
        row =
            int(std::upper_bound(m_starts.cbegin() + row, m_starts.cend(), pos) - m_starts.cbegin())
            - 1;
        if (acceptsOthers(row, longest))
            visible.append(row);
        pos = m_starts.at(row + 1); // the next row: one match per row is enough
    }
    return visible;
}

void ClientFilterProxy::rebuild(bool narrowOnly) {
    if (!m_clients || !isFiltering()) {
        m_visible.clear();
        m_visible.squeeze();
        return;
    }
    for (const auto &[words, rows] : std::as_const(m_recent)) {
        if (words == m_words) {
            m_visible = rows;
            return;
        }
    }
    QList<int> visible;
    // Narrowing a short list: test what is shown. Otherwise one scan of everything.
    if (narrowOnly && m_visible.size() * 4 < m_clients->rowCount()) {
        visible.reserve(m_visible.size());
        for (const int row : std::as_const(m_visible)) {
            if (accepts(row))
                visible.append(row);
        }
    } else {
        visible = scanAll();
    }
    m_visible = std::move(visible);
    m_recent.prepend({m_words, m_visible});
    if (m_recent.size() > 32)
        m_recent.removeLast();
}

int ClientFilterProxy::lowerBound(int sourceRow) const {
    return int(std::lower_bound(m_visible.cbegin(), m_visible.cend(), sourceRow)
               - m_visible.cbegin());
}

QModelIndex ClientFilterProxy::index(int row, int column, const QModelIndex &parent) const {
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex ClientFilterProxy::parent(const QModelIndex &) const {
    return {};
}

int ClientFilterProxy::rowCount(const QModelIndex &parent) const {
    if (parent.isValid() || !m_clients)
        return 0;
    return isFiltering() ? int(m_visible.size()) : m_clients->rowCount();
}

int ClientFilterProxy::columnCount(const QModelIndex &parent) const {
    return parent.isValid() || !m_clients ? 0 : m_clients->columnCount();
}

bool ClientFilterProxy::hasChildren(const QModelIndex &parent) const {
    return !parent.isValid() && rowCount() > 0;
}

QModelIndex ClientFilterProxy::sibling(int row, int column, const QModelIndex &idx) const {
    return idx.isValid() ? index(row, column) : QModelIndex();
}

QModelIndex ClientFilterProxy::mapToSource(const QModelIndex &proxyIndex) const {
    if (!proxyIndex.isValid() || !m_clients || proxyIndex.model() != this)
        return {};
    const int row = isFiltering() ? m_visible.value(proxyIndex.row(), -1) : proxyIndex.row();
    return m_clients->index(row, proxyIndex.column());
}

QModelIndex ClientFilterProxy::mapFromSource(const QModelIndex &sourceIndex) const {
    if (!sourceIndex.isValid() || sourceIndex.model() != m_clients)
        return {};
    if (!isFiltering())
        return index(sourceIndex.row(), sourceIndex.column());
    const int at = lowerBound(sourceIndex.row());
    if (at >= m_visible.size() || m_visible.at(at) != sourceIndex.row())
        return {};
    return index(at, sourceIndex.column());
}

void ClientFilterProxy::sort(int column, Qt::SortOrder order) {
    if (m_clients)
        m_clients->sort(column, order);
}

void ClientFilterProxy::onRowsAboutToBeInserted(const QModelIndex &parent, int first, int last) {
    // Unfiltered, our rows are the source's: announce them as the source does.
    if (!parent.isValid() && !isFiltering())
        beginInsertRows({}, first, last);
}

void ClientFilterProxy::onRowsInserted(const QModelIndex &parent, int first, int last) {
    if (parent.isValid())
        return;
    forget();
    if (!isFiltering()) {
        endInsertRows();
        return;
    }
    const int shift = last - first + 1;
    const int at = lowerBound(first);
    for (int i = at; i < m_visible.size(); ++i)
        m_visible[i] += shift;
    // The rows after the insertion point moved in the source: keep our persistent
    // indexes (which are proxy rows) in step by inserting our matches one by one.
    int pos = at;
    for (int row = first; row <= last; ++row) {
        if (!accepts(row))
            continue;
        beginInsertRows({}, pos, pos);
        m_visible.insert(pos, row);
        endInsertRows();
        ++pos;
    }
}

void ClientFilterProxy::onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last) {
    if (parent.isValid())
        return;
    if (!isFiltering()) {
        beginRemoveRows({}, first, last);
        return;
    }
    const int from = lowerBound(first);
    const int to = lowerBound(last + 1);
    if (to > from)
        beginRemoveRows({}, from, to - 1);
}

void ClientFilterProxy::onRowsRemoved(const QModelIndex &parent, int first, int last) {
    if (parent.isValid())
        return;
    forget();
    if (!isFiltering()) {
        endRemoveRows();
        return;
    }
    const int shift = last - first + 1;
    const int from = lowerBound(first);
    const int to = lowerBound(last + 1);
    m_visible.remove(from, to - from);
    for (int i = from; i < m_visible.size(); ++i)
        m_visible[i] -= shift;
    if (to > from)
        endRemoveRows();
}

void ClientFilterProxy::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                      const QList<int> &roles) {
    if (!topLeft.isValid() || topLeft.parent().isValid())
        return;
    forget();
    if (!isFiltering()) {
        Q_EMIT dataChanged(index(topLeft.row(), topLeft.column()),
                           index(bottomRight.row(), bottomRight.column()), roles);
        return;
    }
    // Changes come one client at a time (or one column for all): re-test each row.
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        const int at = lowerBound(row);
        const bool shown = at < m_visible.size() && m_visible.at(at) == row;
        const bool match = accepts(row);
        if (shown && !match) {
            beginRemoveRows({}, at, at);
            m_visible.remove(at);
            endRemoveRows();
        } else if (!shown && match) {
            beginInsertRows({}, at, at);
            m_visible.insert(at, row);
            endInsertRows();
        } else if (shown) {
            Q_EMIT dataChanged(index(at, topLeft.column()), index(at, bottomRight.column()), roles);
        }
    }
}

void ClientFilterProxy::onLayoutAboutToBeChanged() {
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_layoutProxy = persistentIndexList();
    m_layoutSource.clear();
    m_layoutSource.reserve(m_layoutProxy.size());
    for (const QModelIndex &i : std::as_const(m_layoutProxy))
        m_layoutSource.append(QPersistentModelIndex(mapToSource(i)));
}

void ClientFilterProxy::onLayoutChanged() {
    // A sort keeps the same set of rows: re-test them all in their new order.
    forget();
    rebuild(false);
    QModelIndexList after;
    after.reserve(m_layoutProxy.size());
    for (const QPersistentModelIndex &source : std::as_const(m_layoutSource))
        after.append(mapFromSource(source));
    changePersistentIndexList(m_layoutProxy, after);
    m_layoutProxy.clear();
    m_layoutSource.clear();
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}
