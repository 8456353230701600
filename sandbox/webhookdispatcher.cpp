#include "webhookdispatcher.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

Q_LOGGING_CATEGORY(lcWebhooks, "jobbers.sandbox.webhooks")

WebhookDispatcher::WebhookDispatcher(int firstRetryMs, int attempts, QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
    , m_firstRetryMs(firstRetryMs)
    , m_attempts(attempts) {}

void WebhookDispatcher::deliver(const QUrl &target, const QByteArray &json) {
    // Queued so that the API's answer is written before any delivery starts.
    QTimer::singleShot(0, this, [this, target, json] { attempt(target, json, 1); });
}

void WebhookDispatcher::attempt(const QUrl &target, const QByteArray &json, int number) {
    QNetworkRequest req(target);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    req.setRawHeader("User-Agent", "jobbers-sandbox-webhooks/1");
    req.setTransferTimeout(10000);
    QNetworkReply *reply = m_nam->post(req, json);
    connect(reply, &QNetworkReply::finished, this, [this, reply, target, json, number] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() == QNetworkReply::NoError && status >= 200 && status < 300) {
            qCInfo(lcWebhooks) << "delivered to" << target.toString() << "attempt" << number;
            Q_EMIT delivered(target, number);
            return;
        }
        if (number >= m_attempts) {
            qCWarning(lcWebhooks) << "giving up on" << target.toString() << "after" << number
                                  << "attempts";
            Q_EMIT gaveUp(target, number);
            return;
        }
        const int delay = m_firstRetryMs << (number - 1);
        qCInfo(lcWebhooks) << "delivery to" << target.toString() << "failed (" << status
                           << reply->errorString() << "), retry in" << delay << "ms";
        QTimer::singleShot(delay, this,
                           [this, target, json, number] { attempt(target, json, number + 1); });
    });
}
