#include "webhookdispatcher.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUuid>

#include <algorithm>

Q_LOGGING_CATEGORY(lcWebhooks, "jobbers.sandbox.webhooks")

WebhookDispatcher::WebhookDispatcher(int firstRetryMs, int attempts, QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
    , m_firstRetryMs(std::max(1, firstRetryMs))
    , m_attempts(std::max(1, attempts)) {}

void WebhookDispatcher::deliver(const QUrl &target, const QByteArray &json,
                                const QByteArray &event) {
    Delivery d{target, json, event, QUuid::createUuid().toByteArray(QUuid::WithoutBraces)};
    // Queued so that the API's answer is written before any delivery starts.
    QTimer::singleShot(0, this, [this, d] { attempt(d, 1); });
}

void WebhookDispatcher::attempt(const Delivery &d, int number) {
    QNetworkRequest req(d.target);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    req.setRawHeader("User-Agent", "jobbers-sandbox-webhooks/1");
    req.setRawHeader("X-Jobbers-Event", d.event);
    req.setRawHeader("X-Jobbers-Delivery", d.id);
    req.setRawHeader("X-Jobbers-Delivery-Attempt", QByteArray::number(number));
    // A target that accepts the connection and never answers must not hold the
    // delivery (and its retries) forever.
    req.setTransferTimeout(10000);
    QNetworkReply *reply = m_nam->post(req, d.json);
    connect(reply, &QNetworkReply::finished, this, [this, reply, d, number] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() == QNetworkReply::NoError && status >= 200 && status < 300) {
            qCInfo(lcWebhooks) << "delivered to" << d.target.toString() << "attempt" << number;
            Q_EMIT delivered(d.target, number);
            return;
        }
        if (number >= m_attempts) {
            qCWarning(lcWebhooks) << "giving up on" << d.target.toString() << "after" << number
                                  << "attempts";
            Q_EMIT gaveUp(d.target, number);
            return;
        }
        const int delay = m_firstRetryMs << std::min(number - 1, 16);
        qCInfo(lcWebhooks) << "delivery to" << d.target.toString() << "failed (" << status
                           << reply->errorString() << "), retry in" << delay << "ms";
        QTimer::singleShot(delay, this, [this, d, number] { attempt(d, number + 1); });
    });
}
