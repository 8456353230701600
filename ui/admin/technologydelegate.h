#pragma once

#include "markdelegate.h"

// The technology type column of the tag batch: an editable list of the known types
// (MifareClassicEV1_1K...), any other text allowed; painted with the table's marks.
class TechnologyDelegate : public MarkDelegate {
    Q_OBJECT
public:
    explicit TechnologyDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
};
