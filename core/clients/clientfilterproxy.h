#pragma once

#include <QAbstractProxyModel>
#include <QList>
#include <QStringList>

#include <utility>

class ClientsModel;

// Filter-as-you-type over a ClientsModel: every word typed must appear in the row's
// precomputed search key (email, names, id, city, group), accents and case ignored.
//
// Not a QSortFilterProxyModel: with 100,000 rows, announcing each run of hidden rows
// (or a layout change with its persistent-index bookkeeping) makes the view, not the
// filter, cost 100+ ms per keystroke. Here a new query rebuilds one ascending vector
// of visible source rows and resets, which a view with fixed row heights absorbs in
// well under a frame. A query that only narrows the previous one scans the rows still
// visible rather than all of them. Changes of single clients in the source (insert,
// update) are forwarded as single-row inserts, removals and dataChanged.
//
// It never sorts by itself; sort() is handed to the source model, which sorts on
// precomputed keys.
class ClientFilterProxy : public QAbstractProxyModel {
    Q_OBJECT
public:
    explicit ClientFilterProxy(QObject *parent = nullptr);

    void setClientsModel(ClientsModel *model);
    ClientsModel *clientsModel() const { return m_clients; }
    void setSearchText(const QString &text);
    QString searchText() const { return m_text; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    bool accepts(int sourceRow) const;
    bool acceptsOthers(int sourceRow, qsizetype except) const;
    QList<int> scanAll();
    void buildHaystack();
    // The source changed: what was computed from it is stale.
    void forget();
    bool isFiltering() const { return !m_words.isEmpty(); }
    // Proxy row of sourceRow, or where it would go (lower bound) when hidden.
    int lowerBound(int sourceRow) const;
    void rebuild(bool narrowOnly);
    void onRowsAboutToBeInserted(const QModelIndex &parent, int first, int last);
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void onRowsRemoved(const QModelIndex &parent, int first, int last);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                       const QList<int> &roles);
    void onLayoutAboutToBeChanged();
    void onLayoutChanged();

    ClientsModel *m_clients = nullptr;
    QString m_text;
    QStringList m_words;
    // Ascending source rows shown. Unused (all rows shown) when not filtering.
    QList<int> m_visible;
    // Every row's search key end to end, separated by a character nobody types, and where
    // each starts: a full scan is then one string search over one buffer (in Qt's
    // optimised code) that jumps from match to match, instead of 100,000 small ones.
    QString m_haystack;
    QList<qsizetype> m_starts;
    bool m_haystackValid = false;
    bool m_rebuildPosted = false;
    // Letters of the words (ClientsModel::charMask); exact when every word is one letter.
    quint64 m_wordsMask = 0;
    bool m_maskIsExact = false;
    // Recent results on this source state: a backspace returns to a query just typed.
    QList<std::pair<QStringList, QList<int>>> m_recent;
    // Across a source layout change: the source indexes behind our persistent ones.
    QList<QPersistentModelIndex> m_layoutSource;
    QModelIndexList m_layoutProxy;
};
