#pragma once

#include <QByteArray>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

// Delivers webhook notifications in the background: a POST of a JSON body,
// retried with doubling delays while the target is unreachable or answers
// other than 2xx. Never blocks the API's answer.
class WebhookDispatcher : public QObject {
    Q_OBJECT
public:
    WebhookDispatcher(int firstRetryMs, int attempts, QObject *parent = nullptr);

    // event goes out in X-Jobbers-Event so a receiver can route before parsing the body.
    void deliver(const QUrl &target, const QByteArray &json,
                 const QByteArray &event = QByteArrayLiteral("message.created"));

    int firstRetryMs() const { return m_firstRetryMs; }
    int attempts() const { return m_attempts; }

Q_SIGNALS:
    void delivered(const QUrl &target, int attempt);
    void gaveUp(const QUrl &target, int attempts);

private:
    struct Delivery {
        QUrl target;
        QByteArray json;
        QByteArray event;
        QByteArray id; // the same on every attempt, so a receiver can drop a repeat
    };
    void attempt(const Delivery &d, int number);
    QNetworkAccessManager *m_nam;
    int m_firstRetryMs;
    int m_attempts;
};
