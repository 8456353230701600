#include "importpreviewmodel.h"

#include "clients/clientimport.h"
#include "clients/clientimportfields.h"

#include "common/itemstate.h"

ImportPreviewModel::ImportPreviewModel(ClientImport *import, QObject *parent)
    : QAbstractTableModel(parent)
    , m_import(import) {
    connect(import, &ClientImport::rowsReset, this, [this] {
        beginResetModel();
        endResetModel();
    });
    connect(import, &ClientImport::rowChanged, this,
            [this](int row) { Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1)); });
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_import->rows().size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : FirstCell + m_import->columnCount();
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClientImport::Row &row = m_import->rows().at(index.row());
    using S = ClientImport::Status;
    if (role == Qt::DisplayRole) {
        if (index.column() == Line)
            return row.line;
        if (index.column() == Result) {
            const QString status = ClientImport::statusText(row.status);
            // Every problem of the row, not only the first: fixing one at a time in the
            // file and importing again is how staff lose an afternoon.
            const QString reasons =
                row.reason.split(QLatin1Char('\n'), Qt::SkipEmptyParts).join(QStringLiteral("; "));
            return reasons.isEmpty() ? status : status + QStringLiteral(" — ") + reasons;
        }
        return row.cells.value(index.column() - FirstCell).simplified();
    }
    if (role == Qt::ToolTipRole && index.column() == Result && !row.reason.isEmpty())
        return row.reason;
    if (role == ItemStateRole && index.column() == Result) {
        switch (row.status) {
        case S::Invalid:
        case S::Failed:
            return QVariant::fromValue(ItemState::Error);
        case S::Created:
            return QVariant::fromValue(ItemState::Success);
        case S::AlreadyExists:
            return QVariant::fromValue(ItemState::Pending);
        case S::Ready:
        case S::Working:
            break;
        }
        return QVariant::fromValue(ItemState::Normal);
    }
    return {};
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == Line)
        return tr("Line");
    if (section == Result)
        return tr("Check / result");
    const int column = section - FirstCell;
    const QString field = m_import->mapping(column);
    const QString header = m_import->headers().value(column);
    return field.isEmpty() ? header
                           : header + QStringLiteral(" → ") + ClientImportFields::fieldLabel(field);
}
