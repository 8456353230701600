#pragma once

#include <QObject>
#include <QPersistentModelIndex>
#include <QPointer>
#include <QUrl>

#include <optional>

class AppServices;
class AttachmentOpener;
class ApiError;
class ChatNotifier;
class ChatPane;
class ComposerWiring;
class ConversationIndex;
class ConversationTimeline;
class ConversationsModel;
class ConversationsPage;
class ConversationsService;
class InboxSweep;
class MainWindow;
class MediaCache;
class MessagesModel;
class RequestBudget;
class WebhookReceiver;
class WebhooksService;
class OwnWebhooks;
struct Conversation;
struct Message;

// The Conversations room in the shell. It keeps, from core: the conversation index
// in the local data file and the inbox model it feeds, the background sweep of the
// directory's clients within the request budget (the user's setting, saved), the open
// conversation's timeline (history, polling with back-off, at once when the window
// gets the focus), the webhook receiver when the API can reach it (the embedded
// sandbox of demo mode), thumbnails and downloads of attachments, and desktop
// notifications of client messages while the window is away. The Conversations page
// is built when first shown; new (Ctrl+N) and refresh (F5) act on it.
//
// The writing side (composer, outbox, unsent items in the timeline) is ComposerWiring.
class ChatWiring : public QObject {
    Q_OBJECT
public:
    ChatWiring(AppServices *services, MainWindow *window);
    ~ChatWiring() override;

    // The page, built now if it was not yet.
    ConversationsPage *page() const;
    ChatPane *chatPane() const;
    ConversationsService *conversations() const { return m_conversations; }
    ConversationIndex *index() const { return m_index; }
    ConversationsModel *inboxModel() const { return m_inbox; }
    InboxSweep *sweep() const { return m_sweep; }
    RequestBudget *budget() const { return m_budget; }
    ConversationTimeline *timeline() const { return m_timeline; }
    MessagesModel *messages() const { return m_messages; }
    WebhookReceiver *receiver() const { return m_receiver; }
    MediaCache *media() const { return m_media; }
    AttachmentOpener *attachments() const { return m_attachments; }
    ChatNotifier *notifier() const { return m_notifier; }
    ComposerWiring *writing() const { return m_writing; }

    void openConversation(qint64 conversationId);
    // New conversation with this client ("" to choose).
    void startNewConversation(const QString &client = {});
    // The window counts as away (tests; otherwise the application's state).
    void setAwayForTests(int away) { m_awayOverride = away; }
    // The application's own webhooks (the Admin room marks them): the receiver's
    // registration is declared there while it lasts.
    void setOwnWebhooks(OwnWebhooks *own);

Q_SIGNALS:
    void conversationOpened(qint64 conversationId);

private:
    void onSessionStarted(const QUrl &server);
    void bindPage(ConversationsPage *page);
    void onActivated(qint64 conversationId);
    void onNewMessages(const QList<Message> &messages);
    void onWebhookMessage(qint64 conversationId, qint64 clientId, const Message &message);
    void editConversation(const std::optional<QString> &subject, const std::optional<int> &status,
                          const std::optional<int> &rating);
    void showConversation(const Conversation &conversation);
    void markReadIfSeen();
    void updateSweepStatus();
    bool isAway() const;
    void notifyClientMessage(qint64 conversationId, const Message &message);
    void onFocusBack();
    // The receiver, while registered, in the app's own webhooks.
    void declareReceiver();

    AppServices *m_services;
    QPointer<MainWindow> m_window;
    ConversationsService *m_conversations;
    WebhooksService *m_webhooks;
    ConversationsModel *m_inbox;
    ConversationIndex *m_index;
    RequestBudget *m_budget;
    InboxSweep *m_sweep;
    MessagesModel *m_messages;
    ConversationTimeline *m_timeline;
    MediaCache *m_media;
    AttachmentOpener *m_attachments;
    WebhookReceiver *m_receiver;
    ChatNotifier *m_notifier;
    ComposerWiring *m_writing;
    QPointer<ConversationsPage> m_page;
    QUrl m_server;
    int m_awayOverride = -1;
    QPointer<OwnWebhooks> m_own;
    QUrl m_declared;
};
