#include "filestreamer.h"

#include <QTcpSocket>

#include <algorithm>

namespace {
constexpr qint64 kChunk = 256 * 1024;
// Refilled below this much pending in the socket: enough to keep it busy.
constexpr qint64 kLowWater = 512 * 1024;
} // namespace

void FileStreamer::start(QTcpSocket *socket, const QString &path, qint64 size) {
    auto *streamer = new FileStreamer(socket, path, size);
    if (!streamer->m_file.open(QIODevice::ReadOnly)) {
        socket->abort();
        streamer->deleteLater();
        return;
    }
    connect(socket, &QTcpSocket::bytesWritten, streamer, &FileStreamer::pump);
    streamer->pump();
}

FileStreamer::FileStreamer(QTcpSocket *socket, const QString &path, qint64 size)
    : QObject(socket)
    , m_socket(socket)
    , m_file(path)
    , m_left(size) {}

void FileStreamer::pump() {
    if (!m_socket)
        return;
    while (m_left > 0 && m_socket->bytesToWrite() < kLowWater) {
        const QByteArray chunk = m_file.read(std::min(kChunk, m_left));
        if (chunk.isEmpty()) {
            // The file shrank or failed: the answer cannot be what its headers say.
            m_socket->abort();
            deleteLater();
            return;
        }
        m_left -= chunk.size();
        m_socket->write(chunk);
    }
    if (m_left == 0) {
        disconnect(m_socket, nullptr, this, nullptr);
        deleteLater();
    }
}
