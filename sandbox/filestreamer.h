#pragma once

#include <QFile>
#include <QObject>
#include <QPointer>

class QTcpSocket;

// Writes a file to a socket in chunks as the socket drains, so that serving a large
// media never holds it whole in memory. Lives on the socket (gone with it); closes
// the connection if the file cannot supply the bytes its Content-Length promised.
class FileStreamer : public QObject {
    Q_OBJECT
public:
    // The headers (with Content-Length = size) are written already.
    static void start(QTcpSocket *socket, const QString &path, qint64 size);

private:
    FileStreamer(QTcpSocket *socket, const QString &path, qint64 size);
    void pump();

    QPointer<QTcpSocket> m_socket;
    QFile m_file;
    qint64 m_left;
};
