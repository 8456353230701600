#pragma once

#include <QAbstractTableModel>

class ClientImport;

// The rows of a CSV import as a table: line, result (or why the row is invalid),
// then the file's own columns. Follows the import row by row.
class ImportPreviewModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Line, Result, FirstCell };
    explicit ImportPreviewModel(ClientImport *import, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    ClientImport *m_import;
};
