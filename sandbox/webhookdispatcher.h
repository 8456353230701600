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

    void deliver(const QUrl &target, const QByteArray &json);

Q_SIGNALS:
    void delivered(const QUrl &target, int attempt);
    void gaveUp(const QUrl &target, int attempts);

private:
    void attempt(const QUrl &target, const QByteArray &json, int number);
    QNetworkAccessManager *m_nam;
    int m_firstRetryMs;
    int m_attempts;
};
