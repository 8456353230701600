#pragma once

#include <QModelIndexList>
#include <QString>

class QAbstractItemModel;
class QAbstractItemView;

// Any table as tab-separated text that pastes into a spreadsheet, one cell per cell:
// the header row, then the rows. Numbers are written from the model's EditRole in the
// application's locale without thousands separators (French Excel reads "1234,5",
// not "1 234,5" with a narrow space), text from DisplayRole; tabs and line breaks
// inside a cell become spaces, since a pasted cell cannot hold them.
namespace TableCopy {

// The whole model, or only the rows and columns of selection when it is not empty.
QString tabSeparated(const QAbstractItemModel *model, const QModelIndexList &selection = {});
// The view's selection (or the whole table without one) to the clipboard.
void copyToClipboard(const QAbstractItemView *view);

} // namespace TableCopy
