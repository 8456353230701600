#pragma once

#include "chat/conversation.h"
#include "chat/message.h"
#include "net/apierror.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

class ApiJob;
class ConversationsService;
class MessagesModel;
class RequestBudget;

// The open conversation's messages, kept in a MessagesModel:
// - the newest page first (pageSize()), older history when asked (loadOlder(): the
//   API has no cursor, so a larger page, merged by id);
// - new messages by polling: at once after a change, then backing off (doubling up
//   to the longest interval) while nothing changes; poke() polls now (the window got
//   the focus). A poll that does not reach back to a known message asks a larger page,
//   so nothing is ever skipped;
// - a message delivered by webhook goes in at once (deliver()).
// Its requests count in the RequestBudget, granted at once (the user is looking).
class ConversationTimeline : public QObject {
    Q_OBJECT
public:
    ConversationTimeline(ConversationsService *service, MessagesModel *model,
                         RequestBudget *budget = nullptr, QObject *parent = nullptr);
    ~ConversationTimeline() override;

    MessagesModel *model() const;
    void setPageSize(int size) { m_pageSize = qMax(1, size); }
    int pageSize() const { return m_pageSize; }
    // Shortest and longest polling intervals (default 3 s and 60 s).
    void setPollIntervals(int shortestMs, int longestMs);
    int pollInterval() const { return m_interval; }
    bool isPolling() const { return m_pollTimer.isActive() || m_polling; }

    void open(const Conversation &conversation);
    void close();
    const Conversation &conversation() const { return m_conversation; }
    qint64 conversationId() const { return m_conversation.id; }
    bool isOpen() const { return m_conversation.id > 0; }
    // The conversation's own fields changed (subject, status, rating).
    void updateConversation(const Conversation &conversation);

    void loadOlder();
    bool isLoadingOlder() const { return m_loadingOlder; }
    // Every message of the conversation is in the model.
    bool isComplete() const { return m_complete; }
    bool isLoaded() const { return m_loaded; }

    void poke();
    // A webhook's message for the open conversation.
    void deliver(const Message &message);

Q_SIGNALS:
    void loaded();
    void olderLoaded(int count);
    // Messages that were not there before (polls, webhooks; not the first page, nor
    // older history).
    void newMessages(const QList<Message> &messages);
    void loadingChanged();
    void failed(const ApiError &error);

private:
    void fetch(int size, bool older);
    void poll(int size);
    void schedulePoll(bool changed);
    void onPage(quint64 generation, int asked, bool older, const QList<Message> &page);

    QPointer<ConversationsService> m_service;
    QPointer<MessagesModel> m_model; // may go first when both belong to one parent
    QPointer<RequestBudget> m_budget;
    Conversation m_conversation;
    quint64 m_generation = 0; // answers for a conversation closed since are dropped
    int m_pageSize = 50;
    int m_pollSize = 20;
    int m_shortestMs = 3000;
    int m_longestMs = 60000;
    int m_interval = 3000;
    QTimer m_pollTimer;
    bool m_polling = false;
    bool m_loadingOlder = false;
    bool m_complete = false;
    bool m_loaded = false;
    QList<QPointer<ApiJob>> m_jobs;
};
