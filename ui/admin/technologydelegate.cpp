#include "technologydelegate.h"

#include "admin/boxtagbatchmodel.h"

#include <QComboBox>
#include <QLineEdit>

TechnologyDelegate::TechnologyDelegate(QObject *parent)
    : MarkDelegate(&MarkDelegate::tagMark, parent) {}

QWidget *TechnologyDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                          const QModelIndex &) const {
    auto *combo = new QComboBox(parent);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->addItems(BoxTagBatchModel::technologyTypes());
    combo->setAccessibleName(tr("Technology type"));
    return combo;
}

void TechnologyDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const {
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo)
        return;
    combo->setCurrentText(index.data(Qt::EditRole).toString());
    if (combo->lineEdit())
        combo->lineEdit()->selectAll();
}

void TechnologyDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                      const QModelIndex &index) const {
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        model->setData(index, combo->currentText().trimmed(), Qt::EditRole);
}
