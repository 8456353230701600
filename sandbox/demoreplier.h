#pragma once

#include <QJsonObject>
#include <QObject>
#include <QSet>

class SandboxContext;

// Demo life (SandboxOptions::demoReplies): after an agent's message, the conversation's
// client answers a few seconds later with a short French reply, written as any client
// message is (webhooks fire, counters bump, status SYSTEM_PENDING). The delay runs on
// the sandbox's clock, so advancing it brings the reply at once. One pending reply per
// conversation; none if the client has spoken meanwhile.
class DemoReplier : public QObject {
    Q_OBJECT
public:
    explicit DemoReplier(SandboxContext &sandbox, QObject *parent = nullptr);

    bool enabled() const;
    // An agent (business) message was just written into this conversation.
    void agentSpoke(qint64 enterpriseId, qint64 conversationId);
    int pending() const { return int(m_pending.size()); }

    // The replies the demo clients choose from.
    static QStringList replies();

Q_SIGNALS:
    void replied(qint64 conversationId, const QJsonObject &message);

private:
    void reply(qint64 enterpriseId, qint64 conversationId);

    SandboxContext &m_sandbox;
    QSet<qint64> m_pending;
};
