#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

class ClientsModel;

// Filter-as-you-type over a ClientsModel: every word typed must appear in the row's
// precomputed search key (email, names, id, city, group), accents and case ignored.
// It never sorts by itself; sort() is handed to the source model, which sorts on
// precomputed keys.
class ClientFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit ClientFilterProxy(QObject *parent = nullptr);

    void setClientsModel(ClientsModel *model);
    ClientsModel *clientsModel() const { return m_clients; }
    void setSearchText(const QString &text);
    QString searchText() const { return m_text; }

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    ClientsModel *m_clients = nullptr;
    QString m_text;
    QStringList m_words;
};
