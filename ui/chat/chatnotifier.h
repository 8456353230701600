#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

class QSystemTrayIcon;

// Desktop notifications for new client messages while the window is not focused:
// freedesktop notifications over D-Bus (org.freedesktop.Notifications), with the
// system tray's balloon when no notification server answers. Clicking the
// notification emits activated() with the conversation, for the wiring to raise the
// window and open it.
class ChatNotifier : public QObject {
    Q_OBJECT
public:
    explicit ChatNotifier(QObject *parent = nullptr);
    ~ChatNotifier() override;

    void notify(qint64 conversationId, const QString &title, const QString &body);
    int sent() const { return m_sent; }

Q_SIGNALS:
    void activated(qint64 conversationId);

private Q_SLOTS:
    void onActionInvoked(uint id, const QString &action);
    void onClosed(uint id, uint reason);

private:
    void notifyByTray(qint64 conversationId, const QString &title, const QString &body);

    QHash<uint, qint64> m_conversationOf; // notification id → conversation
    QPointer<QSystemTrayIcon> m_tray;
    qint64 m_trayConversation = 0;
    int m_sent = 0;
};
