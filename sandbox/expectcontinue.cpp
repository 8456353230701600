#include "expectcontinue.h"

#include <QTcpSocket>

namespace {
constexpr qsizetype kMaxHead = 64 * 1024;
const char *const kWatcherName = "jobbers-expect-continue";
} // namespace

ExpectContinueWatcher::ExpectContinueWatcher(QTcpSocket *socket)
    : QObject(socket)
    , m_socket(socket) {
    setObjectName(QLatin1String(kWatcherName));
    connect(socket, &QIODevice::readyRead, this, &ExpectContinueWatcher::onReadyRead);
}

ExpectContinueWatcher *ExpectContinueWatcher::of(QTcpSocket *socket) {
    return socket ? socket->findChild<ExpectContinueWatcher *>(QLatin1String(kWatcherName),
                                                               Qt::FindDirectChildrenOnly)
                  : nullptr;
}

void ExpectContinueWatcher::rearm() {
    m_armed = true;
    m_head.clear();
}

void ExpectContinueWatcher::onReadyRead() {
    if (!m_armed)
        return;
    // This slot runs before the server's reader, which then takes every byte: each
    // call sees only what arrived since the last one.
    m_head += m_socket->peek(m_socket->bytesAvailable());
    const qsizetype end = m_head.indexOf("\r\n\r\n");
    if (end < 0) {
        if (m_head.size() > kMaxHead)
            m_armed = false;
        return;
    }
    m_armed = false; // until the request is handled
    const QList<QByteArray> lines = m_head.left(end).split('\n');
    const bool bodyStarted = m_head.size() > end + 4;
    if (lines.isEmpty() || !lines.constFirst().trimmed().endsWith("HTTP/1.1") || bodyStarted)
        return;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == "expect"
            && line.mid(colon + 1).trimmed().toLower() == "100-continue") {
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            return;
        }
    }
}

void SandboxTcpServer::incomingConnection(qintptr descriptor) {
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    new ExpectContinueWatcher(socket);
    addPendingConnection(socket);
}
