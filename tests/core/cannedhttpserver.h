#pragma once

#include <QByteArray>
#include <QList>
#include <QTcpServer>
#include <QUrl>

// A broken upstream for tests: a real HTTP server on loopback that answers from a script
// of canned answers (HTML error pages, truncated JSON, silence...). The client under
// test is the real one; only the server is fake.
class CannedHttpServer : public QObject {
    Q_OBJECT
public:
    struct Answer {
        enum class Mode { Respond, Hang, CloseWithoutAnswer, TruncateBody };
        Mode mode = Mode::Respond;
        int status = 200;
        QByteArray contentType = "application/json";
        QByteArray body;
    };

    explicit CannedHttpServer(QObject *parent = nullptr);
    bool listen();
    QUrl baseUrl() const;

    // Answers are used in order; the last one repeats.
    void setAnswers(const QList<Answer> &answers);
    void setAnswer(const Answer &answer) { setAnswers({answer}); }
    static Answer respond(int status, const QByteArray &body,
                          const QByteArray &contentType = "application/json");
    static Answer mode(Answer::Mode mode);

    int requestCount() const { return m_requests.size(); }
    // Raw request heads (request line and headers), in arrival order.
    const QList<QByteArray> &requests() const { return m_requests; }

Q_SIGNALS:
    void requestReceived(const QByteArray &head);

private:
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket);

    QTcpServer m_server;
    QList<Answer> m_answers;
    QList<QByteArray> m_requests;
};
