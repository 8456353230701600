#include "conversationtimeline.h"

#include "chat/conversationsservice.h"
#include "chat/messagesmodel.h"
#include "chat/requestbudget.h"

ConversationTimeline::ConversationTimeline(ConversationsService *service, MessagesModel *model,
                                           RequestBudget *budget, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_model(model)
    , m_budget(budget) {
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, [this] { poll(m_pollSize); });
}

ConversationTimeline::~ConversationTimeline() {
    close();
}

MessagesModel *ConversationTimeline::model() const {
    return m_model;
}

void ConversationTimeline::setPollIntervals(int shortestMs, int longestMs) {
    m_shortestMs = qMax(10, shortestMs);
    m_longestMs = qMax(m_shortestMs, longestMs);
    m_interval = m_shortestMs;
}

void ConversationTimeline::open(const Conversation &conversation) {
    close();
    m_conversation = conversation;
    ++m_generation;
    m_interval = m_shortestMs;
    fetch(m_pageSize, false);
}

void ConversationTimeline::close() {
    ++m_generation;
    m_pollTimer.stop();
    for (const QPointer<ApiJob> &job : std::as_const(m_jobs)) {
        if (job)
            job->cancel();
    }
    m_jobs.clear();
    m_conversation = Conversation();
    m_polling = m_loadingOlder = m_complete = m_loaded = false;
    if (m_model)
        m_model->clear();
}

void ConversationTimeline::updateConversation(const Conversation &conversation) {
    if (conversation.id == m_conversation.id)
        m_conversation = conversation;
}

void ConversationTimeline::fetch(int size, bool older) {
    if (!m_service || !m_model || !isOpen())
        return;
    if (m_budget)
        m_budget->take();
    if (older) {
        m_loadingOlder = true;
        Q_EMIT loadingChanged();
    } else {
        m_polling = true;
    }
    const quint64 generation = m_generation;
    auto *job = m_service->messages(m_conversation.id, size);
    // Failures are reported by failed(), for the page to show its own way.
    job->setFailureHandled();
    m_jobs.append(job);
    job->onResult(this, [this, generation, size, older](
                            const QList<Message> &page) { onPage(generation, size, older, page); })
        ->onFailure(this, [this, generation, older](const ApiError &error) {
            if (generation != m_generation)
                return;
            if (older) {
                m_loadingOlder = false;
                Q_EMIT loadingChanged();
            } else {
                m_polling = false;
                schedulePoll(false);
            }
            if (error.kind != ApiError::Kind::Cancelled)
                Q_EMIT failed(error);
        });
    m_jobs.removeIf([](const QPointer<ApiJob> &j) { return j.isNull(); });
}

void ConversationTimeline::loadOlder() {
    if (!m_model || !isOpen() || !m_loaded || m_loadingOlder || m_complete)
        return;
    fetch(m_model->rowCount() + m_pageSize, true);
}

void ConversationTimeline::poll(int size) {
    if (m_polling || !isOpen())
        return;
    fetch(size, false);
}

void ConversationTimeline::onPage(quint64 generation, int asked, bool older,
                                  const QList<Message> &page) {
    if (generation != m_generation || !m_model)
        return;
    const bool wasLoaded = m_loaded;
    QList<Message> fresh;
    if (wasLoaded && !older) {
        for (const Message &m : page) {
            if (m_model->rowOfId(m.id) < 0)
                fresh.append(m);
        }
    }
    const MessagesModel::MergeResult result = m_model->merge(page);
    // Fewer than asked: that is the whole conversation.
    if (int(page.size()) < asked)
        m_complete = true;
    if (older) {
        m_loadingOlder = false;
        Q_EMIT loadingChanged();
        Q_EMIT olderLoaded(result.older);
        return;
    }
    m_polling = false;
    if (!result.overlapped && int(page.size()) >= asked) {
        // More came than the page holds: reach back to a known message.
        poll(asked * 4);
        return;
    }
    if (!wasLoaded) {
        m_loaded = true;
        Q_EMIT loaded();
    } else if (result.inserted > 0) {
        // Only what went in (a page that did not overlap inserted nothing).
        fresh.removeIf([this](const Message &m) { return m_model->rowOfId(m.id) < 0; });
        if (!fresh.isEmpty())
            Q_EMIT newMessages(fresh);
    }
    schedulePoll(wasLoaded && result.inserted > 0);
}

void ConversationTimeline::schedulePoll(bool changed) {
    if (!isOpen())
        return;
    m_interval = changed ? m_shortestMs : qMin(m_longestMs, m_loaded ? m_interval * 2 : m_interval);
    m_pollTimer.start(m_interval);
}

void ConversationTimeline::poke() {
    if (!isOpen())
        return;
    m_interval = m_shortestMs;
    if (m_polling)
        return;
    m_pollTimer.stop();
    poll(m_pollSize);
}

void ConversationTimeline::deliver(const Message &message) {
    if (!isOpen() || !m_loaded || !m_model)
        return;
    if (m_model->appendNewest(message))
        Q_EMIT newMessages({message});
    // Whatever came before it comes with the next poll, soon.
    m_interval = m_shortestMs;
    m_pollTimer.start(m_interval);
}
