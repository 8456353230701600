#pragma once

#include <QStyledItemDelegate>

// Draws the Used column of the pass stock as a bar (used / units) with its text.
class UsedBarDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};
