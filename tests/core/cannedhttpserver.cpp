#include "cannedhttpserver.h"

#include <QHostAddress>
#include <QTcpSocket>

CannedHttpServer::CannedHttpServer(QObject *parent)
    : QObject(parent) {
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

bool CannedHttpServer::listen() {
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl CannedHttpServer::baseUrl() const {
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

void CannedHttpServer::setAnswers(const QList<Answer> &answers) {
    m_answers = answers;
}

CannedHttpServer::Answer CannedHttpServer::respond(int status, const QByteArray &body,
                                                   const QByteArray &contentType) {
    Answer a;
    a.status = status;
    a.body = body;
    a.contentType = contentType;
    return a;
}

CannedHttpServer::Answer CannedHttpServer::mode(Answer::Mode mode) {
    Answer a;
    a.mode = mode;
    return a;
}

void CannedHttpServer::onReadyRead(QTcpSocket *socket) {
    // One request per connection is enough here; the head ends at the blank line and the
    // body (if any) is as long as Content-Length says.
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    socket->setProperty("buffer", buffer);
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    const QByteArray head = buffer.left(end);
    qsizetype length = 0;
    for (const QByteArray &line : head.split('\n')) {
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    }
    if (buffer.size() < end + 4 + length)
        return;
    socket->setProperty("buffer", QByteArray());
    m_requests.append(head);
    Q_EMIT requestReceived(head);
    answer(socket);
}

void CannedHttpServer::answer(QTcpSocket *socket) {
    const Answer a = m_answers.isEmpty()
                         ? respond(200, "{}")
                         : m_answers.at(qMin(m_requests.size(), m_answers.size()) - 1);
    switch (a.mode) {
    case Answer::Mode::Hang:
        return;
    case Answer::Mode::CloseWithoutAnswer:
        socket->abort();
        return;
    case Answer::Mode::Respond:
    case Answer::Mode::TruncateBody:
        break;
    }
    const qsizetype announced =
        a.mode == Answer::Mode::TruncateBody ? a.body.size() + 100 : a.body.size();
    QByteArray out = "HTTP/1.1 " + QByteArray::number(a.status) + " Canned\r\n";
    out += "Content-Type: " + a.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(announced) + "\r\n";
    out += "Connection: close\r\n\r\n";
    out += a.body;
    socket->write(out);
    socket->disconnectFromHost();
}
