#pragma once

#include <QByteArray>
#include <QObject>
#include <QTcpServer>

class QTcpSocket;

// QHttpServer 6.4 never answers "Expect: 100-continue": it waits for a body that
// cURL (and so the reference's PHP examples, for bodies over 1 KiB) holds back for
// a second first. A watcher on each connection answers "HTTP/1.1 100 Continue" as
// soon as such a request's headers are complete, before the server's own reader
// sees them. It only peeks: the bytes stay for QAbstractHttpServer to parse.
class ExpectContinueWatcher : public QObject {
    Q_OBJECT
public:
    explicit ExpectContinueWatcher(QTcpSocket *socket);
    // Called when a request has been handled: the next bytes start a new request.
    void rearm();
    static ExpectContinueWatcher *of(QTcpSocket *socket);

private:
    void onReadyRead();
    QTcpSocket *m_socket;
    QByteArray m_head;
    bool m_armed = true;
};

// A QTcpServer whose sockets get an ExpectContinueWatcher before anyone else
// connects to their readyRead.
class SandboxTcpServer : public QTcpServer {
    Q_OBJECT
public:
    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr descriptor) override;
};
