#include "composerwiring.h"

#include "chatpane.h"
#include "composer.h"
#include "composeredit.h"
#include "shell/appservices.h"
#include "shell/appsettings.h"
#include "shell/mainwindow.h"
#include "timelineview.h"

#include "chat/conversationtimeline.h"
#include "chat/outbox.h"
#include "chat/outboxmodel.h"
#include "chat/outboxservicetransport.h"
#include "chat/timelinerowsmodel.h"
#include "storage/localstore.h"

ComposerWiring::ComposerWiring(AppServices *services, ConversationsService *conversations,
                               MessagesModel *messages, ConversationTimeline *timeline,
                               MainWindow *window, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_timeline(timeline)
    , m_transport(new OutboxServiceTransport(conversations))
    , m_outbox(new Outbox(services->store(), m_transport, services->tasks(), this))
    , m_outboxModel(new OutboxModel(m_outbox, this))
    , m_rows(new TimelineRowsModel(messages, m_outboxModel, this)) {
    connect(m_outbox, &Outbox::itemSent, this, &ComposerWiring::onItemSent);
    if (window)
        connect(window, &MainWindow::settingsChanged, this, &ComposerWiring::applySettings);
}

ComposerWiring::~ComposerWiring() {
    // The outbox goes first: its calls still in flight hold the transport.
    delete m_rows;
    delete m_outboxModel;
    delete m_outbox;
    delete m_transport;
}

Composer *ComposerWiring::composer() const {
    return m_composer;
}

void ComposerWiring::bind(ChatPane *pane) {
    m_pane = pane;
    auto *composer = new Composer(m_services->store(), m_outbox);
    composer->setObjectName(QStringLiteral("composer"));
    m_composer = composer;
    pane->setComposer(composer);
    pane->setDropHandler(
        [composer](const QMimeData *data) {
            return ComposerEdit::hasAttachments(data) && !composer->conversationId().isEmpty();
        },
        [composer](const QMimeData *data) { return composer->insertMimeData(data); });
    applySettings();
    composer->setConversationId(m_conversationId);
    TimelineView *view = pane->timeline();
    connect(view, &TimelineView::retryRequested, m_outbox, &Outbox::retry);
    connect(view, &TimelineView::discardRequested, m_outbox, &Outbox::discard);
    // What one sends is shown at once, wherever the view was.
    connect(composer, &Composer::sent, view, &TimelineView::scrollToNewest);
}

void ComposerWiring::start() {
    if (!m_outbox->isStarted())
        m_outbox->start();
}

void ComposerWiring::setConversation(qint64 conversationId) {
    m_conversationId = conversationId > 0 ? QString::number(conversationId) : QString();
    m_outboxModel->setConversationId(m_conversationId);
    if (m_composer)
        m_composer->setConversationId(m_conversationId);
}

void ComposerWiring::applySettings() {
    const AppSettings settings;
    m_outbox->setMaxFileBytes(settings.maxAttachmentBytes());
    if (m_composer)
        m_composer->applySettings(settings);
}

void ComposerWiring::onItemSent(const OutboxItem &item, const Message &message) {
    if (message.id.isEmpty())
        return;
    m_own.insert(message.id);
    // The item's row has just left (OutboxModel, on Sent); the message takes its place
    // before anything is painted. A poll that brings it again merges it by id.
    if (m_timeline->isOpen()
        && QString::number(m_timeline->conversationId()) == item.conversationId)
        m_timeline->deliver(message);
}
