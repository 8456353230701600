#include "tagbatchview.h"

#include "markdelegate.h"
#include "technologydelegate.h"

#include "admin/boxtagbatchmodel.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>

TagBatchView::TagBatchView(BoxTagBatchModel *model, QWidget *parent)
    : QTableView(parent)
    , m_model(model) {
    setModel(model);
    setItemDelegate(new MarkDelegate(&MarkDelegate::tagMark, this));
    setItemDelegateForColumn(BoxTagBatchModel::TechnologyColumn, new TechnologyDelegate(this));
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                    | QAbstractItemView::AnyKeyPressed);
    setTabKeyNavigation(false); // Tab leaves the table: the keyboard reaches the buttons
    QHeaderView *header = horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(BoxTagBatchModel::DescriptionColumn, QHeaderView::Stretch);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12); // room for editors
    setColumnWidth(BoxTagBatchModel::CodeColumn, 12 * em);
    setColumnWidth(BoxTagBatchModel::TechnologyColumn, 16 * em);
}

bool TagBatchView::pasteText(const QString &text) {
    QString error;
    const int rows = m_model->pasteCells(currentIndex(), text, &error);
    if (rows < 0) {
        Q_EMIT pasteRefused(error);
        return false;
    }
    Q_EMIT pasted(rows);
    return true;
}

void TagBatchView::addRow() {
    const int row = m_model->appendEmptyRow();
    const QModelIndex cell = m_model->index(row, BoxTagBatchModel::CodeColumn);
    setCurrentIndex(cell);
    scrollTo(cell);
}

void TagBatchView::clearSelectedCells() {
    const QModelIndexList cells = selectionModel()->selectedIndexes();
    for (const QModelIndex &cell : cells) {
        if (cell.flags() & Qt::ItemIsEditable)
            m_model->setData(cell, QString());
    }
}

void TagBatchView::keyPressEvent(QKeyEvent *event) {
    if (state() != EditingState) {
        if (event->matches(QKeySequence::Paste)) {
            pasteText(QApplication::clipboard()->text());
            event->accept();
            return;
        }
        if (event->matches(QKeySequence::Delete) || event->key() == Qt::Key_Backspace) {
            clearSelectedCells();
            event->accept();
            return;
        }
        const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
        const bool lastRow =
            !currentIndex().isValid() || currentIndex().row() == m_model->rowCount() - 1;
        if (enter && ((event->modifiers() & Qt::ControlModifier) || lastRow)) {
            addRow();
            event->accept();
            return;
        }
    }
    QTableView::keyPressEvent(event);
}
