#pragma once

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

class AppServices;
class ChatPane;
class Composer;
class ConversationTimeline;
class ConversationsService;
class MainWindow;
class MessagesModel;
class Outbox;
class OutboxModel;
class OutboxServiceTransport;
class TimelineRowsModel;
struct Message;
struct OutboxItem;

// The writing side of the Conversations room, for ChatWiring: the Outbox (on the
// room's ConversationsService, its uploads in the shell's task list), started after
// sign-in; the Composer in the chat pane, following the open conversation (its draft
// restored) and the settings (send key, size limit); and the timeline's model, the
// messages followed by the open conversation's unsent items, a sent item's row giving
// way to the real message (Outbox::itemSent) in one go.
class ComposerWiring : public QObject {
    Q_OBJECT
public:
    ComposerWiring(AppServices *services, ConversationsService *conversations,
                   MessagesModel *messages, ConversationTimeline *timeline, MainWindow *window,
                   QObject *parent = nullptr);
    ~ComposerWiring() override;

    Outbox *outbox() const { return m_outbox; }
    OutboxModel *outboxModel() const { return m_outboxModel; }
    // What the timeline view shows.
    TimelineRowsModel *rows() const { return m_rows; }
    Composer *composer() const;

    // Puts a composer in the pane and the retry / discard of its timeline here.
    void bind(ChatPane *pane);
    // Starts the outbox once (items of a previous run resume).
    void start();
    void setConversation(qint64 conversationId);
    void applySettings();
    // A message this desk sent (no notification for it).
    bool isOwnMessage(const QString &messageId) const { return m_own.contains(messageId); }

private:
    void onItemSent(const OutboxItem &item, const Message &message);

    AppServices *m_services;
    ConversationTimeline *m_timeline;
    OutboxServiceTransport *m_transport;
    Outbox *m_outbox;
    OutboxModel *m_outboxModel;
    TimelineRowsModel *m_rows;
    QPointer<ChatPane> m_pane;
    QPointer<Composer> m_composer;
    QString m_conversationId;
    QSet<QString> m_own;
};
