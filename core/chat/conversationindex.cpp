#include "conversationindex.h"

#include "chat/conversationsmodel.h"
#include "clients/clientsmodel.h"
#include "storage/localstore.h"

#include <QSet>

ConversationIndex::ConversationIndex(ConversationsModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model) {}

ConversationIndex::~ConversationIndex() = default;

void ConversationIndex::setStore(LocalStore *store) {
    m_store = store;
    if (m_store && m_store->isOpen())
        m_model->setEntries(m_store->indexedConversations(), m_store->clientChecks());
    refreshClientNames();
}

void ConversationIndex::setClients(ClientsModel *clients) {
    if (m_clients)
        disconnect(m_clients, nullptr, this, nullptr);
    m_clients = clients;
    if (!clients)
        return;
    connect(clients, &QAbstractItemModel::modelReset, this, &ConversationIndex::refreshClientNames);
    connect(clients, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) {
                for (int r = first; r <= last; ++r)
                    refreshClient(r);
            });
    connect(clients, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to) {
                for (int r = from.row(); r <= to.row(); ++r)
                    refreshClient(r);
            });
    refreshClientNames();
}

void ConversationIndex::refreshClientNames() {
    if (!m_clients)
        return;
    QSet<qint64> wanted;
    for (int r = 0; r < m_model->rowCount(); ++r)
        wanted.insert(m_model->entryAt(r).conversation.clientId);
    for (int r = 0; r < m_clients->rowCount() && !wanted.isEmpty(); ++r) {
        const qint64 id = m_clients->entryAt(r).client.clientId;
        if (wanted.remove(id))
            refreshClient(r);
    }
}

void ConversationIndex::refreshClient(int clientsRow) {
    const Client &c = m_clients->entryAt(clientsRow).client;
    if (c.clientId <= 0)
        return;
    m_model->setClientInfo(c.clientId, c.email,
                           QString(c.firstName + QLatin1Char(' ') + c.lastName).trimmed());
}

void ConversationIndex::upsert(const QList<Conversation> &list) {
    if (list.isEmpty())
        return;
    const QList<qint64> grown = m_model->upsert(list);
    if (m_store)
        m_store->upsertConversations(list);
    // Conversations new to the index take their client's name from the directory.
    if (m_clients) {
        QSet<qint64> named;
        for (const Conversation &c : list) {
            if (named.contains(c.clientId))
                continue;
            named.insert(c.clientId);
            const auto e = m_model->entry(c.id);
            if (e && e->clientEmail.isEmpty()) {
                const int row = m_clients->rowOfClientId(c.clientId);
                if (row >= 0)
                    refreshClient(row);
            }
        }
    }
    if (!grown.isEmpty())
        Q_EMIT conversationsGrew(grown);
}

QList<qint64> ConversationIndex::recordListing(qint64 clientId, bool open,
                                               const QList<Conversation> &list,
                                               const QDateTime &checkedAt) {
    QSet<qint64> listed;
    QList<Conversation> own;
    for (const Conversation &c : list) {
        // A list answers for one client; anything else is not trusted here.
        if (c.clientId != clientId)
            continue;
        listed.insert(c.id);
        own.append(c);
    }
    QList<qint64> moved;
    for (const Conversation &known : m_model->conversationsOf(clientId)) {
        if (known.isOpen() == open && !listed.contains(known.id))
            moved.append(known.id);
    }
    upsert(own);
    m_model->setClientChecked(clientId, checkedAt);
    if (m_store)
        m_store->setClientChecked(clientId, checkedAt);
    return moved;
}

void ConversationIndex::record(const Conversation &conversation) {
    upsert({conversation});
}

void ConversationIndex::noteNewMessages(qint64 conversationId, const QList<Message> &messages) {
    const auto e = m_model->entry(conversationId);
    if (!e || messages.isEmpty())
        return;
    Conversation c = e->conversation;
    c.messageCounter += messages.size();
    for (const Message &m : messages) {
        if (m.received.isValid() && (!c.lastUpdated.isValid() || m.received > c.lastUpdated))
            c.lastUpdated = m.received;
    }
    // The API's rule: a client's message leaves the desk to answer, an agent's waits
    // for the client (a closed conversation reopens either way).
    const Message::Author last = messages.constLast().author;
    if (last == Message::Author::User)
        c.status = Conversation::Status::SystemPending;
    else if (last == Message::Author::Business)
        c.status = Conversation::Status::UserPending;
    c.statusText = Conversation::statusToApi(c.status);
    upsert({c});
}

void ConversationIndex::markRead(qint64 conversationId) {
    const auto e = m_model->entry(conversationId);
    if (e)
        markReadUpTo(conversationId, e->conversation.messageCounter);
}

void ConversationIndex::markReadUpTo(qint64 conversationId, qint64 counter) {
    const auto e = m_model->entry(conversationId);
    if (!e || e->readCounter == counter)
        return;
    m_model->setReadCounter(conversationId, counter);
    if (m_store)
        m_store->setReadCounter(conversationId, counter);
}

bool ConversationIndex::contains(qint64 conversationId) const {
    return m_model->rowOfId(conversationId) >= 0;
}

QDateTime ConversationIndex::clientChecked(qint64 clientId) const {
    return m_model->clientChecked(clientId);
}

LocalStore *ConversationIndex::store() const {
    return m_store;
}
