#include "tablecopy.h"

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QItemSelectionModel>
#include <QLocale>
#include <QMimeData>
#include <QSet>

#include <algorithm>

namespace {
QString clean(QString text) {
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    text.replace(QStringLiteral("\r\n"), QStringLiteral(" "));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return text;
}

QString cellText(const QModelIndex &index) {
    const QVariant edit = index.data(Qt::EditRole);
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    switch (edit.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return locale.toString(edit.toLongLong());
    case QMetaType::Double:
        return locale.toString(edit.toDouble(), 'f', QLocale::FloatingPointShortest);
    default:
        return clean(index.data(Qt::DisplayRole).toString());
    }
}
} // namespace

QString TableCopy::tabSeparated(const QAbstractItemModel *model, const QModelIndexList &selection) {
    QList<int> rows;
    QList<int> columns;
    if (selection.isEmpty()) {
        for (int r = 0; r < model->rowCount(); ++r)
            rows.append(r);
        for (int c = 0; c < model->columnCount(); ++c)
            columns.append(c);
    } else {
        QSet<int> r, c;
        for (const QModelIndex &i : selection) {
            r.insert(i.row());
            c.insert(i.column());
        }
        rows = r.values();
        columns = c.values();
        std::sort(rows.begin(), rows.end());
        std::sort(columns.begin(), columns.end());
    }
    QStringList lines;
    QStringList head;
    for (int c : columns)
        head.append(clean(model->headerData(c, Qt::Horizontal).toString()));
    lines.append(head.join(QLatin1Char('\t')));
    for (int r : rows) {
        QStringList cells;
        for (int c : columns)
            cells.append(cellText(model->index(r, c)));
        lines.append(cells.join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void TableCopy::copyToClipboard(const QAbstractItemView *view) {
    if (!view->model())
        return;
    QModelIndexList selection;
    if (view->selectionModel())
        selection = view->selectionModel()->selectedIndexes();
    // Selected through a proxy or not, the copy follows what the view shows.
    QApplication::clipboard()->setText(tabSeparated(view->model(), selection));
}
