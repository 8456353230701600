#include "chatnotifier.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QSystemTrayIcon>

namespace {
const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kInterface = QStringLiteral("org.freedesktop.Notifications");
} // namespace

ChatNotifier::ChatNotifier(QObject *parent)
    : QObject(parent) {
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (bus.isConnected()) {
        bus.connect(kService, kPath, kInterface, QStringLiteral("ActionInvoked"), this,
                    SLOT(onActionInvoked(uint, QString)));
        bus.connect(kService, kPath, kInterface, QStringLiteral("NotificationClosed"), this,
                    SLOT(onClosed(uint, uint)));
    }
}

ChatNotifier::~ChatNotifier() = default;

void ChatNotifier::notify(qint64 conversationId, const QString &title, const QString &body) {
    ++m_sent;
    if (!QDBusConnection::sessionBus().isConnected())
        return notifyByTray(conversationId, title, body);
    QDBusMessage call =
        QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Notify"));
    const QVariantMap hints{{QStringLiteral("desktop-entry"), QStringLiteral("jobbers-backoffice")},
                            {QStringLiteral("category"), QStringLiteral("im.received")}};
    call << QApplication::applicationDisplayName() << uint(0)
         << QStringLiteral("jobbers-backoffice") << title << body
         << QStringList{QStringLiteral("default"), tr("Open the conversation")} << hints << int(-1);
    // Asynchronous: the notification server may be slow, the UI never waits for it.
    auto *watcher =
        new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, watcher, conversationId, title, body] {
                watcher->deleteLater();
                const QDBusPendingReply<uint> reply = *watcher;
                if (reply.isError())
                    return notifyByTray(conversationId, title, body);
                m_conversationOf.insert(reply.value(), conversationId);
            });
}

void ChatNotifier::notifyByTray(qint64 conversationId, const QString &title, const QString &body) {
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(QApplication::applicationDisplayName());
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (m_trayConversation > 0)
                Q_EMIT activated(m_trayConversation);
        });
        connect(m_tray, &QSystemTrayIcon::activated, this, [this] {
            if (m_trayConversation > 0)
                Q_EMIT activated(m_trayConversation);
        });
        m_tray->show();
    }
    m_trayConversation = conversationId;
    m_tray->showMessage(title, body, QSystemTrayIcon::Information, 10000);
}

void ChatNotifier::onActionInvoked(uint id, const QString &action) {
    const auto it = m_conversationOf.constFind(id);
    if (it == m_conversationOf.cend())
        return;
    if (action == QLatin1String("default"))
        Q_EMIT activated(*it);
}

void ChatNotifier::onClosed(uint id, uint reason) {
    Q_UNUSED(reason)
    m_conversationOf.remove(id);
}
