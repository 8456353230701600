#pragma once

#include <QStyledItemDelegate>

// The inbox's rows: conversations with messages this desk has not read are in bold,
// with a dot before the subject.
class InboxDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
