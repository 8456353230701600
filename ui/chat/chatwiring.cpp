#include "chatwiring.h"

#include "attachmentopener.h"
#include "chatnotifier.h"
#include "chatpane.h"
#include "composerwiring.h"
#include "conversationspage.h"
#include "newconversationdialog.h"
#include "shell/appservices.h"
#include "shell/mainwindow.h"
#include "timelinedelegate.h"
#include "timelineview.h"

#include "admin/ownwebhooks.h"
#include "admin/webhooksservice.h"
#include "chat/conversationindex.h"
#include "chat/conversationsmodel.h"
#include "chat/conversationsservice.h"
#include "chat/conversationtimeline.h"
#include "chat/inboxsweep.h"
#include "chat/mediacache.h"
#include "chat/mediapolicy.h"
#include "chat/messagesmodel.h"
#include "chat/requestbudget.h"
#include "chat/timelinerowsmodel.h"
#include "chat/webhookreceiver.h"
#include "clients/clientdirectory.h"
#include "clients/clientsmodel.h"
#include "net/apiclient.h"
#include "storage/localstore.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTreeView>

namespace {
const QString kBudgetKey = QStringLiteral("chat/requestsPerMinute");

QString mediaFolder(LocalStore *store, bool demo) {
    // Demo mode keeps everything in its throwaway folder, next to its local data.
    if (demo && store && !store->path().isEmpty())
        return QFileInfo(store->path()).absolutePath() + QStringLiteral("/chat-media");
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
           + QStringLiteral("/chat-media");
}
} // namespace

ChatWiring::ChatWiring(AppServices *services, MainWindow *window)
    : QObject(window)
    , m_services(services)
    , m_window(window)
    , m_conversations(new ConversationsService(services->api(), this))
    , m_webhooks(new WebhooksService(services->api(), this))
    , m_inbox(new ConversationsModel(this))
    , m_index(new ConversationIndex(m_inbox, this))
    , m_budget(new RequestBudget(this))
    , m_sweep(nullptr)
    , m_messages(new MessagesModel(this))
    , m_timeline(new ConversationTimeline(m_conversations, m_messages, m_budget, this))
    , m_media(new MediaCache(services->api()->networkAccessManager(),
                             mediaFolder(services->store(), false), this))
    , m_attachments(new AttachmentOpener(m_media, window))
    , m_receiver(new WebhookReceiver(this))
    , m_notifier(new ChatNotifier(this))
    , m_writing(
          new ComposerWiring(services, m_conversations, m_messages, m_timeline, window, this)) {
    m_index->setStore(services->store());
    m_index->setClients(services->directory()->model());
    m_budget->setPerMinute(QSettings().value(kBudgetKey, RequestBudget::kDefaultPerMinute).toInt());
    m_sweep =
        new InboxSweep(m_conversations, m_index, services->directory()->model(), m_budget, this);
    m_sweep->setClientsService(services->clients());
    m_receiver->setService(m_webhooks);

    window->setPageFactory(MainWindow::Section::Conversations, [this] {
        auto *page = new ConversationsPage(m_inbox);
        bindPage(page);
        return page;
    });
    window->setSectionActions(MainWindow::Section::Conversations,
                              MainWindow::SectionAction::New | MainWindow::SectionAction::Refresh);
    connect(window, &MainWindow::newRequested, this, [this](MainWindow::Section s) {
        if (s == MainWindow::Section::Conversations)
            startNewConversation();
    });
    connect(window, &MainWindow::refreshRequested, this, [this](MainWindow::Section s) {
        if (s != MainWindow::Section::Conversations)
            return;
        m_timeline->poke();
        if (m_timeline->isOpen())
            m_sweep->checkSoon(m_timeline->conversation().clientId);
    });
    connect(services, &AppServices::sessionStarted, this, &ChatWiring::onSessionStarted);
    connect(qApp, &QGuiApplication::applicationStateChanged, this,
            [this](Qt::ApplicationState state) {
                if (state == Qt::ApplicationActive)
                    onFocusBack();
            });
    connect(qApp, &QCoreApplication::aboutToQuit, m_receiver, &WebhookReceiver::unregisterFromApi);

    connect(m_sweep, &InboxSweep::progressChanged, this, &ChatWiring::updateSweepStatus);
    connect(m_timeline, &ConversationTimeline::newMessages, this, &ChatWiring::onNewMessages);
    connect(m_receiver, &WebhookReceiver::messageCreated, this, &ChatWiring::onWebhookMessage);
    connect(m_receiver, &WebhookReceiver::registered, this, &ChatWiring::declareReceiver);
    connect(m_notifier, &ChatNotifier::activated, this, [this](qint64 conversationId) {
        if (m_window) {
            m_window->show();
            m_window->raise();
            m_window->activateWindow();
        }
        openConversation(conversationId);
    });
    // The open conversation's header follows the index (a listing, an edit).
    connect(m_inbox, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to) {
                if (!m_page || !m_timeline->isOpen())
                    return;
                const int row = m_inbox->rowOfId(m_timeline->conversationId());
                if (row >= from.row() && row <= to.row()) {
                    m_page->chatPane()->updateConversation(m_inbox->entryAt(row));
                    m_timeline->updateConversation(m_inbox->entryAt(row).conversation);
                }
            });
}

ChatWiring::~ChatWiring() {
    // The outbox's calls in flight run on the conversations service: it goes first.
    delete m_writing;
}

ConversationsPage *ChatWiring::page() const {
    return qobject_cast<ConversationsPage *>(
        m_window->ensurePage(MainWindow::Section::Conversations));
}

ChatPane *ChatWiring::chatPane() const {
    ConversationsPage *p = page();
    return p ? p->chatPane() : nullptr;
}

void ChatWiring::onSessionStarted(const QUrl &server) {
    const bool demo = m_window && m_window->isDemo();
    m_media->setPolicy(MediaPolicy(server, demo));
    m_media->setDiskFolder(mediaFolder(m_services->store(), demo));
    if (server != m_server) {
        m_server = server;
        m_sweep->start();
        // Only an API on this machine can call a receiver on the loopback interface.
        if (MediaPolicy::isLoopback(server.host()) && m_receiver->listen())
            m_receiver->registerWithApi();
    }
    updateSweepStatus();
    m_writing->start();
}

void ChatWiring::bindPage(ConversationsPage *page) {
    m_page = page;
    page->setRequestsPerMinute(m_budget->perMinute());
    TimelineView *view = page->chatPane()->timeline();
    view->timelineDelegate()->setMediaCache(m_media);
    view->setModel(m_writing->rows());
    m_writing->bind(page->chatPane());
    connect(page, &ConversationsPage::conversationActivated, this, &ChatWiring::onActivated);
    connect(page, &ConversationsPage::newConversationRequested, this,
            [this] { startNewConversation(); });
    connect(page, &ConversationsPage::requestsPerMinuteChanged, this, [this](int perMinute) {
        m_budget->setPerMinute(perMinute);
        QSettings().setValue(kBudgetKey, perMinute);
        updateSweepStatus();
    });
    connect(view, &TimelineView::historyWanted, m_timeline, &ConversationTimeline::loadOlder);
    connect(m_timeline, &ConversationTimeline::loadingChanged, view, [this, view] {
        view->setHistoryLoading(m_timeline->isLoadingOlder());
        view->setHistoryComplete(m_timeline->isComplete());
    });
    connect(m_timeline, &ConversationTimeline::loaded, view, [this, view] {
        view->setHistoryComplete(m_timeline->isComplete());
        view->scrollToNewest();
        markReadIfSeen();
    });
    connect(m_timeline, &ConversationTimeline::failed, page,
            [page](const ApiError &error) { page->chatPane()->showError(error.message); });
    connect(view, &TimelineView::newestShown, this, &ChatWiring::markReadIfSeen);
    connect(view, &TimelineView::linkActivated, this, [](const QUrl &url) {
        // Links in messages are the other side's words: opened in the browser, never
        // fetched by the app.
        const QString scheme = url.scheme().toLower();
        if (scheme == QLatin1String("http") || scheme == QLatin1String("https")
            || scheme == QLatin1String("mailto"))
            QDesktopServices::openUrl(url);
    });
    connect(view, &TimelineView::attachmentActivated, m_attachments, [this](const QModelIndex &i) {
        m_attachments->open(i.data(MessagesModel::MediaUrlRole).toUrl(),
                            i.data(MessagesModel::FileNameRole).toString());
    });
    connect(view, &TimelineView::attachmentSaveRequested, m_attachments,
            [this](const QModelIndex &i) {
                m_attachments->saveAs(i.data(MessagesModel::MediaUrlRole).toUrl(),
                                      i.data(MessagesModel::FileNameRole).toString());
            });
    connect(m_media, &MediaCache::thumbnailReady, view->viewport(), qOverload<>(&QWidget::update));
    connect(m_media, &MediaCache::sizeKnown, view->viewport(), qOverload<>(&QWidget::update));

    ChatPane *pane = page->chatPane();
    connect(pane, &ChatPane::subjectEdited, this, [this](const QString &subject) {
        editConversation(subject, std::nullopt, std::nullopt);
    });
    connect(pane, &ChatPane::ratingEdited, this,
            [this](int rating) { editConversation(std::nullopt, std::nullopt, rating); });
    connect(pane, &ChatPane::closeRequested, this, [this] {
        editConversation(std::nullopt, int(Conversation::Status::Closed), std::nullopt);
    });
    connect(pane, &ChatPane::reopenRequested, this, [this] {
        // Reopened conversations wait for the desk, as after a client's message.
        editConversation(std::nullopt, int(Conversation::Status::SystemPending), std::nullopt);
    });
    updateSweepStatus();
}

void ChatWiring::openConversation(qint64 conversationId) {
    if (m_window)
        m_window->setCurrentSection(MainWindow::Section::Conversations);
    ConversationsPage *p = page();
    if (p)
        p->selectConversation(conversationId);
    else
        onActivated(conversationId);
}

void ChatWiring::onActivated(qint64 conversationId) {
    const auto entry = m_inbox->entry(conversationId);
    if (!entry)
        return;
    if (m_timeline->conversationId() == conversationId)
        return;
    if (m_page) {
        m_page->chatPane()->showConversation(*entry);
        m_page->chatPane()->timeline()->timelineDelegate()->setClientName(
            ConversationsModel::clientText(*entry));
    }
    m_timeline->open(entry->conversation);
    m_writing->setConversation(conversationId);
    // The client's conversations are indexed at once (not at the sweep's pace).
    m_sweep->checkNow(entry->conversation.clientId);
    Q_EMIT conversationOpened(conversationId);
}

void ChatWiring::showConversation(const Conversation &conversation) {
    m_index->record(conversation);
    openConversation(conversation.id);
}

bool ChatWiring::isAway() const {
    if (m_awayOverride >= 0)
        return m_awayOverride != 0;
    return QGuiApplication::applicationState() != Qt::ApplicationActive
           || (m_window && !m_window->isActiveWindow());
}

void ChatWiring::markReadIfSeen() {
    if (!m_timeline->isOpen() || isAway() || !m_page)
        return;
    TimelineView *view = m_page->chatPane()->timeline();
    if (view->isVisible() && view->isAtBottom())
        m_index->markRead(m_timeline->conversationId());
}

void ChatWiring::onNewMessages(const QList<Message> &messages) {
    const qint64 id = m_timeline->conversationId();
    m_index->noteNewMessages(id, messages);
    for (const Message &m : messages) {
        if (m.author == Message::Author::User && !m_writing->isOwnMessage(m.id))
            notifyClientMessage(id, m);
    }
    markReadIfSeen();
}

void ChatWiring::onWebhookMessage(qint64 conversationId, qint64 clientId, const Message &message) {
    if (conversationId == m_timeline->conversationId()) {
        // Into the open timeline; onNewMessages() counts and notifies.
        m_timeline->deliver(message);
        return;
    }
    // Another conversation: its client is listed next, which brings the counter and
    // the status (and a conversation the index did not know).
    m_sweep->checkSoon(clientId);
    if (message.author == Message::Author::User && !m_writing->isOwnMessage(message.id))
        notifyClientMessage(conversationId, message);
}

void ChatWiring::notifyClientMessage(qint64 conversationId, const Message &message) {
    if (!isAway())
        return;
    const auto entry = m_inbox->entry(conversationId);
    const QString who = entry ? ConversationsModel::clientText(*entry) : tr("A client");
    const QString body = message.isAttachment()
                             ? tr("Sent a file: %1").arg(MessagesModel::fileNameOf(message))
                             : message.content.left(200);
    m_notifier->notify(conversationId,
                       entry ? tr("%1 — %2").arg(who, entry->conversation.subject) : who, body);
}

void ChatWiring::editConversation(const std::optional<QString> &subject,
                                  const std::optional<int> &status,
                                  const std::optional<int> &rating) {
    if (!m_timeline->isOpen())
        return;
    const qint64 id = m_timeline->conversationId();
    ChatPane *pane = m_page ? m_page->chatPane() : nullptr;
    if (pane) {
        pane->setBusy(true);
        pane->clearError();
    }
    std::optional<Conversation::Status> s;
    if (status)
        s = Conversation::Status(*status);
    auto *job = m_conversations->update(id, subject, s, rating);
    job->onResult(this,
                  [this](const Conversation &c) {
                      m_index->record(c);
                      m_timeline->updateConversation(c);
                  })
        ->onFailure(this,
                    [this, id](const ApiError &error) {
                        if (!m_page || m_page->chatPane()->conversationId() != id)
                            return;
                        QString source;
                        if (!error.fieldErrors.isEmpty())
                            source = error.fieldErrors.constFirst().source;
                        m_page->chatPane()->showError(error.message, source);
                        // What the header shows goes back to what the index knows.
                        if (const auto e = m_inbox->entry(id))
                            m_page->chatPane()->updateConversation(*e);
                    })
        ->onFinished(this, [this] {
            if (m_page)
                m_page->chatPane()->setBusy(false);
        });
}

void ChatWiring::startNewConversation(const QString &client) {
    if (m_window)
        m_window->setCurrentSection(MainWindow::Section::Conversations);
    auto *dialog = new NewConversationDialog(m_services->directory()->model(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!client.isEmpty())
        dialog->setClient(client);
    connect(dialog, &NewConversationDialog::createRequested, this,
            [this, dialog](qint64 clientId, const QString &subject) {
                dialog->setBusy(true);
                QPointer<NewConversationDialog> guard(dialog);
                m_conversations->create(clientId, subject)
                    ->onResult(this,
                               [this, guard](const Conversation &c) {
                                   if (guard)
                                       guard->accept();
                                   showConversation(c);
                               })
                    ->onFailure(dialog, [dialog](const ApiError &error) {
                        dialog->setBusy(false);
                        QString source;
                        if (!error.fieldErrors.isEmpty())
                            source = error.fieldErrors.constFirst().source;
                        dialog->showError(error.message, source);
                    });
            });
    dialog->open();
}

void ChatWiring::onFocusBack() {
    // Back at the desk: fresh messages now, not at the next poll, and the live
    // conversations of the inbox listed first.
    m_timeline->poke();
    m_sweep->refreshHot();
    markReadIfSeen();
}

void ChatWiring::updateSweepStatus() {
    if (!m_page)
        return;
    const int size = m_sweep->directorySize();
    QString text = size == 0 ? tr("No client in the directory yet: conversations appear as "
                                  "clients are met.")
                             : tr("Conversations of %1 of %n client(s) checked, up to %2 "
                                  "requests a minute.",
                                  nullptr, size)
                                   .arg(m_sweep->clientsChecked())
                                   .arg(m_budget->perMinute());
    if (!m_sweep->lastError().isEmpty())
        text += QLatin1Char('\n') + tr("Last check failed: %1").arg(m_sweep->lastError());
    m_page->setSweepStatus(text);
}

void ChatWiring::setOwnWebhooks(OwnWebhooks *own) {
    m_own = own;
    declareReceiver();
}

void ChatWiring::declareReceiver() {
    if (!m_own)
        return;
    if (!m_declared.isEmpty())
        m_own->withdraw(OwnWebhooks::Kind::Message, m_declared);
    m_declared = m_receiver->isRegistered() ? m_receiver->url() : QUrl();
    if (!m_declared.isEmpty())
        m_own->declare(OwnWebhooks::Kind::Message, m_declared, tr("Live updates of conversations"));
}
