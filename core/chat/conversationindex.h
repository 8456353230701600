#pragma once

#include "chat/conversation.h"
#include "chat/message.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>

class ClientsModel;
class ConversationsModel;
class LocalStore;

// The conversation index: what the desk knows of every conversation it can reach,
// since the API lists them one client at a time. It feeds the inbox's model and
// keeps everything in LocalStore (the conversations, this desk's read counters, when
// each client was last checked), so that the inbox and its unread markers survive a
// restart. Client names come from the client directory's model.
class ConversationIndex : public QObject {
    Q_OBJECT
public:
    explicit ConversationIndex(ConversationsModel *model, QObject *parent = nullptr);
    ~ConversationIndex() override;

    ConversationsModel *model() const { return m_model; }
    // Loads what the store holds into the model (one reset). Null: memory only.
    void setStore(LocalStore *store);
    LocalStore *store() const;
    // Names and emails for the Client column, kept in step with the directory.
    void setClients(ClientsModel *clients);

    // A complete answer of GET /conversations?client_id&status for one client: every
    // conversation the index had in that state for that client and that the list
    // lacks has changed state since; their ids are returned (to be listed again in
    // the other state).
    QList<qint64> recordListing(qint64 clientId, bool open, const QList<Conversation> &list,
                                const QDateTime &checkedAt = QDateTime::currentDateTimeUtc());
    // A conversation created, updated or fetched.
    void record(const Conversation &conversation);
    // Messages newer than any the index had counted (a poll of the open
    // conversation, a webhook): the counter, the last update and the status follow at
    // once, as the API moves them; the next listing of the client confirms.
    void noteNewMessages(qint64 conversationId, const QList<Message> &messages);
    // The desk has seen every message of the conversation so far.
    void markRead(qint64 conversationId);
    // The desk has seen the conversation up to this message counter.
    void markReadUpTo(qint64 conversationId, qint64 counter);

    bool contains(qint64 conversationId) const;
    QDateTime clientChecked(qint64 clientId) const;

Q_SIGNALS:
    // Conversations whose message counter went up (or new ones with unread messages):
    // the notifier's and the open timeline's cue.
    void conversationsGrew(const QList<qint64> &conversationIds);

private:
    void upsert(const QList<Conversation> &list);
    void refreshClientNames();
    void refreshClient(int clientsRow);

    ConversationsModel *m_model;
    QPointer<LocalStore> m_store;
    QPointer<ClientsModel> m_clients;
};
