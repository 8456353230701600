#include "conversationfilterproxy.h"

#include "chat/conversationsmodel.h"
#include "clients/clientsmodel.h"

#include <QDateTime>

ConversationFilterProxy::ConversationFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent) {
    setDynamicSortFilter(true);
    sort(ConversationsModel::LastUpdated, Qt::DescendingOrder);
}

void ConversationFilterProxy::setState(State state) {
    if (state == m_state)
        return;
    m_state = state;
    invalidateFilter();
}

void ConversationFilterProxy::setStatus(std::optional<Conversation::Status> status) {
    if (status == m_status)
        return;
    m_status = status;
    invalidateFilter();
}

void ConversationFilterProxy::setSearchText(const QString &text) {
    if (text == m_text)
        return;
    m_text = text;
    m_words = ClientsModel::fold(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

bool ConversationFilterProxy::filterAcceptsRow(int sourceRow,
                                               const QModelIndex &sourceParent) const {
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    const bool open = i.data(ConversationsModel::OpenRole).toBool();
    if ((m_state == State::Open && !open) || (m_state == State::Closed && open))
        return false;
    if (m_status && i.data(ConversationsModel::StatusRole).toInt() != int(*m_status))
        return false;
    if (m_words.isEmpty())
        return true;
    const QString key = i.data(ConversationsModel::SearchKeyRole).toString();
    return std::all_of(m_words.cbegin(), m_words.cend(),
                       [&key](const QString &w) { return key.contains(w); });
}

bool ConversationFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const {
    const auto byDate = [&] {
        const QDateTime a = left.data(ConversationsModel::LastUpdatedRole).toDateTime();
        const QDateTime b = right.data(ConversationsModel::LastUpdatedRole).toDateTime();
        if (a != b)
            return a < b;
        return left.data(ConversationsModel::ConversationIdRole).toLongLong()
               < right.data(ConversationsModel::ConversationIdRole).toLongLong();
    };
    switch (left.column()) {
    case ConversationsModel::LastUpdated:
        return byDate();
    case ConversationsModel::Messages: {
        const qint64 a = left.data(ConversationsModel::UnreadRole).toLongLong();
        const qint64 b = right.data(ConversationsModel::UnreadRole).toLongLong();
        return a != b ? a < b : byDate();
    }
    case ConversationsModel::Status: {
        const int a = left.data(ConversationsModel::StatusRole).toInt();
        const int b = right.data(ConversationsModel::StatusRole).toInt();
        return a != b ? a < b : byDate();
    }
    default: {
        const int c = QString::localeAwareCompare(left.data().toString(), right.data().toString());
        return c != 0 ? c < 0 : byDate();
    }
    }
}
