#pragma once

#include "chat/conversation.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

class ClientsModel;
class ClientsService;
class ConversationIndex;
class ConversationsService;
class RequestBudget;

// Fills the conversation index in the background, since the API lists conversations
// one client at a time: one request at a time, spread evenly and never above the
// RequestBudget (default 30 a minute, whatever the size of the directory).
//
// What it lists, in this order:
// 1. clients it was told about (checkSoon: a webhook, a conversation seen to move);
// 2. in turns: the client with open conversations checked longest ago (so that new
//    messages in live conversations show within minutes), and the next client of the
//    directory, most recently active first (last sign-in, else registration), those
//    never checked before those checked long ago.
// A client is listed OPEN and, the first time or when a conversation left the open
// list, CLOSED. Clients met in conversations that the directory does not know are
// fetched (ClientsService::get), which records them in the directory.
class InboxSweep : public QObject {
    Q_OBJECT
public:
    InboxSweep(ConversationsService *conversations, ConversationIndex *index, ClientsModel *clients,
               RequestBudget *budget, QObject *parent = nullptr);
    ~InboxSweep() override;

    void setClientsService(ClientsService *clients);
    // A client with open conversations is listed again at most this often: from the
    // shortest (default 60 s), doubling while such listings change nothing, up to the
    // longest (default 10 min); back to the shortest at the first change or when
    // refreshHot() is called. Below, the turn goes to the directory.
    void setHotInterval(int shortestMs, int longestMs = 600000);
    int hotInterval() const { return m_hotIntervalMs; }
    // The window got the focus: the clients of the most recently updated open
    // conversations are listed first (at the sweep's pace).
    void refreshHot(int clients = 5);

    void start();
    void stop();
    bool isRunning() const { return m_running; }

    // The user opened this client's conversations: both lists now, outside the sweep's
    // pace (the budget still counts them).
    void checkNow(qint64 clientId);
    // Listed before anything else, at the sweep's pace.
    void checkSoon(qint64 clientId);

    int requestsMade() const { return m_requests; }
    // Clients of the directory listed at least once, and how many it has.
    int clientsChecked() const;
    int directorySize() const;
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void progressChanged();
    void clientChecked(qint64 clientId);

private:
    enum class Kind { Open, Closed, FetchClient };
    struct Item {
        qint64 clientId = 0;
        Kind kind = Kind::Open;
        friend bool operator==(const Item &, const Item &) = default;
    };
    void schedule();
    void tick();
    bool nextItem(Item *item);
    bool nextHot(Item *item);
    bool nextCold(Item *item);
    void run(const Item &item, bool forced);
    void onListed(qint64 clientId, bool open, const QList<Conversation> &list);
    void rebuildOrder();
    void enqueue(const Item &item, bool front = false);

    QPointer<ConversationsService> m_conversations;
    ConversationIndex *m_index;
    QPointer<ClientsModel> m_clients;
    QPointer<ClientsService> m_clientsService;
    RequestBudget *m_budget;
    QTimer m_timer;
    bool m_running = false;
    bool m_busy = false; // one background request at a time
    bool m_hotTurn = true;
    int m_hotIntervalMs = 60000;
    int m_hotShortestMs = 60000;
    int m_hotLongestMs = 600000;
    bool m_changed = false; // the index grew during the current listing
    QList<Item> m_priority;
    QList<qint64> m_order; // the directory, in sweep order
    int m_cursor = 0;
    bool m_orderDirty = true;
    QSet<qint64> m_knownClients;   // ids of the directory
    QSet<qint64> m_fetchedClients; // asked of ClientsService already
    int m_requests = 0;
    QString m_lastError;
};
