#include "inboxsweep.h"

#include "chat/conversationindex.h"
#include "chat/conversationsmodel.h"
#include "chat/conversationsservice.h"
#include "chat/requestbudget.h"
#include "clients/clientsmodel.h"
#include "clients/clientsservice.h"

#include <QLoggingCategory>

#include <algorithm>

namespace {
Q_LOGGING_CATEGORY(lcSweep, "jobbers.chat.sweep", QtInfoMsg)

QDateTime activityOf(const DirectoryEntry &e) {
    if (e.client.lastLoginDate.isValid())
        return e.client.lastLoginDate;
    if (e.client.registeringDate.isValid())
        return e.client.registeringDate;
    return e.lastSeen;
}
} // namespace

InboxSweep::InboxSweep(ConversationsService *conversations, ConversationIndex *index,
                       ClientsModel *clients, RequestBudget *budget, QObject *parent)
    : QObject(parent)
    , m_conversations(conversations)
    , m_index(index)
    , m_clients(clients)
    , m_budget(budget) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &InboxSweep::tick);
    if (clients) {
        const auto dirty = [this] { m_orderDirty = true; };
        connect(clients, &QAbstractItemModel::modelReset, this, dirty);
        connect(clients, &QAbstractItemModel::rowsInserted, this, dirty);
    }
    connect(index, &ConversationIndex::conversationsGrew, this, [this] { m_changed = true; });
    connect(budget, &RequestBudget::perMinuteChanged, this, [this] {
        if (m_running && !m_busy)
            schedule();
    });
}

InboxSweep::~InboxSweep() = default;

void InboxSweep::setHotInterval(int shortestMs, int longestMs) {
    m_hotShortestMs = qMax(100, shortestMs);
    m_hotLongestMs = qMax(m_hotShortestMs, longestMs);
    m_hotIntervalMs = m_hotShortestMs;
}

void InboxSweep::refreshHot(int clients) {
    m_hotIntervalMs = m_hotShortestMs;
    const ConversationsModel *model = m_index->model();
    QList<std::pair<QDateTime, qint64>> open;
    for (int r = 0; r < model->rowCount(); ++r) {
        const Conversation &c = model->entryAt(r).conversation;
        if (c.isOpen())
            open.append({c.lastUpdated.isValid() ? c.lastUpdated : c.creationDate, c.clientId});
    }
    std::sort(open.begin(), open.end(),
              [](const auto &a, const auto &b) { return a.first > b.first; });
    QSet<qint64> taken;
    for (const auto &[when, clientId] : std::as_const(open)) {
        if (int(taken.size()) >= clients)
            break;
        if (!taken.contains(clientId)) {
            taken.insert(clientId);
            enqueue({clientId, Kind::Open});
        }
    }
    if (m_running && !m_busy && !m_timer.isActive())
        schedule();
}

void InboxSweep::setClientsService(ClientsService *clients) {
    m_clientsService = clients;
}

void InboxSweep::start() {
    if (m_running)
        return;
    m_running = true;
    schedule();
}

void InboxSweep::stop() {
    m_running = false;
    m_timer.stop();
}

int InboxSweep::directorySize() const {
    if (m_orderDirty)
        const_cast<InboxSweep *>(this)->rebuildOrder();
    return int(m_order.size());
}

int InboxSweep::clientsChecked() const {
    int n = 0;
    const auto &checks = m_index->model()->clientChecks();
    for (auto it = checks.cbegin(); it != checks.cend(); ++it)
        n += m_knownClients.contains(it.key()) ? 1 : 0;
    return n;
}

void InboxSweep::enqueue(const Item &item, bool front) {
    if (m_priority.contains(item))
        return;
    if (front)
        m_priority.prepend(item);
    else
        m_priority.append(item);
}

void InboxSweep::checkSoon(qint64 clientId) {
    if (clientId <= 0)
        return;
    enqueue({clientId, Kind::Open});
    if (m_running && !m_busy && !m_timer.isActive())
        schedule();
}

void InboxSweep::checkNow(qint64 clientId) {
    if (clientId <= 0)
        return;
    run({clientId, Kind::Open}, true);
    run({clientId, Kind::Closed}, true);
}

void InboxSweep::schedule() {
    if (!m_running)
        return;
    // Evenly spread, and never beyond the budget (a request the user asked for may
    // have used the room).
    const int delay = qMax(m_budget->spacingMs(), m_budget->msUntilAvailable());
    m_timer.start(m_requests == 0 && m_budget->used() == 0 ? 0 : delay);
}

void InboxSweep::tick() {
    if (!m_running || m_busy || !m_conversations)
        return;
    if (const int wait = m_budget->msUntilAvailable(); wait > 0) {
        m_timer.start(wait);
        return;
    }
    Item item;
    if (!nextItem(&item)) {
        // Nothing to list: an empty directory. Look again later.
        m_timer.start(m_budget->spacingMs() * 10);
        return;
    }
    m_budget->tryTake();
    run(item, false);
}

bool InboxSweep::nextItem(Item *item) {
    if (!m_priority.isEmpty()) {
        *item = m_priority.takeFirst();
        return true;
    }
    m_hotTurn = !m_hotTurn;
    if (m_hotTurn && nextHot(item))
        return true;
    if (nextCold(item))
        return true;
    return nextHot(item);
}

bool InboxSweep::nextHot(Item *item) {
    // The client with open conversations listed longest ago, if that is long enough.
    const ConversationsModel *model = m_index->model();
    const QDateTime due = QDateTime::currentDateTimeUtc().addMSecs(-m_hotIntervalMs);
    qint64 best = 0;
    QDateTime bestWhen;
    for (int r = 0; r < model->rowCount(); ++r) {
        const IndexedConversation &e = model->entryAt(r);
        if (!e.conversation.isOpen())
            continue;
        const QDateTime when = model->clientChecked(e.conversation.clientId);
        if (when.isValid() && when > due)
            continue;
        if (best == 0 || (when.isValid() && bestWhen.isValid() && when < bestWhen)
            || (!when.isValid() && bestWhen.isValid())) {
            best = e.conversation.clientId;
            bestWhen = when;
        }
    }
    if (best == 0)
        return false;
    *item = {best, Kind::Open};
    return true;
}

bool InboxSweep::nextCold(Item *item) {
    if (m_orderDirty || m_cursor >= int(m_order.size()))
        rebuildOrder();
    if (m_order.isEmpty())
        return false;
    const qint64 id = m_order.at(m_cursor++);
    // Never listed: both lists, OPEN now and CLOSED next.
    if (!m_index->clientChecked(id).isValid())
        enqueue({id, Kind::Closed}, true);
    *item = {id, Kind::Open};
    return true;
}

void InboxSweep::rebuildOrder() {
    m_orderDirty = false;
    m_cursor = 0;
    m_order.clear();
    m_knownClients.clear();
    if (!m_clients)
        return;
    struct Key {
        qint64 id;
        QDateTime checked;
        QDateTime active;
    };
    QList<Key> keys;
    keys.reserve(m_clients->rowCount());
    for (int r = 0; r < m_clients->rowCount(); ++r) {
        const DirectoryEntry &e = m_clients->entryAt(r);
        // Clients known by their email only have no id to list by.
        if (e.client.clientId <= 0)
            continue;
        m_knownClients.insert(e.client.clientId);
        keys.append({e.client.clientId, m_index->clientChecked(e.client.clientId), activityOf(e)});
    }
    std::sort(keys.begin(), keys.end(), [](const Key &a, const Key &b) {
        // Never checked first, most recently active first; then the oldest check.
        if (a.checked.isValid() != b.checked.isValid())
            return !a.checked.isValid();
        if (!a.checked.isValid() || a.checked == b.checked)
            return a.active != b.active ? a.active > b.active : a.id < b.id;
        return a.checked < b.checked;
    });
    m_order.reserve(keys.size());
    for (const Key &k : std::as_const(keys))
        m_order.append(k.id);
}

void InboxSweep::run(const Item &item, bool forced) {
    if (!m_conversations)
        return;
    if (forced)
        m_budget->take();
    else
        m_busy = true;
    ++m_requests;
    const qint64 clientId = item.clientId;
    const auto done = [this, forced] {
        if (forced)
            return;
        m_busy = false;
        Q_EMIT progressChanged();
        schedule();
    };
    const auto failed = [this, clientId](const ApiError &error) {
        m_lastError = error.message;
        qCInfo(lcSweep).noquote() << "listing client" << clientId << "failed:" << error.message;
    };
    if (item.kind == Kind::FetchClient) {
        if (!m_clientsService) {
            done();
            return;
        }
        auto *job = m_clientsService->get(clientId);
        // Shown in the inbox's status line, not as an error of the user's.
        job->setFailureHandled();
        job->onFailure(this, failed)->onFinished(this, done);
        return;
    }
    const bool open = item.kind == Kind::Open;
    m_changed = false;
    auto *job = m_conversations->list(clientId, open ? ConversationsService::Filter::Open
                                                     : ConversationsService::Filter::Closed);
    job->setFailureHandled();
    job->onResult(this,
                  [this, clientId, open](const QList<Conversation> &list) {
                      m_lastError.clear();
                      onListed(clientId, open, list);
                  })
        ->onFailure(this, failed)
        ->onFinished(this, done);
}

void InboxSweep::onListed(qint64 clientId, bool open, const QList<Conversation> &list) {
    const bool hot = open && !m_index->model()->conversationsOf(clientId).isEmpty();
    const QList<qint64> moved = m_index->recordListing(clientId, open, list);
    // Back-off of the live conversations' listings while nothing changes.
    if (hot) {
        if (m_changed || !moved.isEmpty())
            m_hotIntervalMs = m_hotShortestMs;
        else
            m_hotIntervalMs = qMin(m_hotLongestMs, m_hotIntervalMs * 2);
    }
    // A conversation left this list: it is in the other one now.
    if (!moved.isEmpty())
        enqueue({clientId, open ? Kind::Closed : Kind::Open}, true);
    if (m_orderDirty)
        rebuildOrder();
    if (!list.isEmpty() && !m_knownClients.contains(clientId) && m_clientsService
        && !m_fetchedClients.contains(clientId)) {
        m_fetchedClients.insert(clientId);
        enqueue({clientId, Kind::FetchClient});
    }
    Q_EMIT clientChecked(clientId);
}
