#include "inboxdelegate.h"

#include "chat/conversationsmodel.h"

void InboxDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const {
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(ConversationsModel::UnreadRole).toLongLong() <= 0)
        return;
    option->font.setBold(true);
    if (index.column() == ConversationsModel::Subject)
        option->text = QStringLiteral("● ") + option->text;
}
