#pragma once

#include "chat/conversation.h"

#include <QSortFilterProxyModel>
#include <QStringList>

#include <optional>

// The inbox's filters over ConversationsModel: open or closed (or both), one status,
// and words that must all appear in the subject or the client (name, email, id),
// accents and case ignored. Sorted by last update, newest first, unless a column
// header says otherwise.
class ConversationFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    enum class State { All, Open, Closed };
    Q_ENUM(State)

    explicit ConversationFilterProxy(QObject *parent = nullptr);

    void setState(State state);
    State state() const { return m_state; }
    // nullopt: any status.
    void setStatus(std::optional<Conversation::Status> status);
    std::optional<Conversation::Status> status() const { return m_status; }
    void setSearchText(const QString &text);
    QString searchText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    State m_state = State::All;
    std::optional<Conversation::Status> m_status;
    QString m_text;
    QStringList m_words;
};
