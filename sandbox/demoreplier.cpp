#include "demoreplier.h"

#include "routes/messagewriter.h"
#include "sandboxcontext.h"
#include "store/demotexts.h"

#include <QSqlQuery>

DemoReplier::DemoReplier(SandboxContext &sandbox, QObject *parent)
    : QObject(parent)
    , m_sandbox(sandbox) {}

bool DemoReplier::enabled() const {
    return m_sandbox.options().demoReplies;
}

QStringList DemoReplier::replies() {
    QStringList out;
    for (int i = 0; i < DemoTexts::kReplyCount; ++i)
        out.append(QString::fromUtf8(DemoTexts::kReplies[i]));
    return out;
}

void DemoReplier::agentSpoke(qint64 enterpriseId, qint64 conversationId) {
    if (!enabled() || m_pending.contains(conversationId))
        return;
    m_pending.insert(conversationId);
    m_sandbox.clock().callAfter(m_sandbox.options().demoReplyDelayMs, this,
                                [this, enterpriseId, conversationId] {
                                    m_pending.remove(conversationId);
                                    reply(enterpriseId, conversationId);
                                });
}

void DemoReplier::reply(qint64 enterpriseId, qint64 conversationId) {
    QSqlQuery last;
    m_sandbox.store().exec(
        QStringLiteral("SELECT m.author_type, c.status FROM messages m JOIN conversations c"
                       " ON c.id = m.conversation_id WHERE m.conversation_id = ?"
                       " ORDER BY m.seq DESC LIMIT 1"),
        {conversationId}, &last);
    // Gone, closed by the agent meanwhile, or the client has answered by itself.
    if (!last.next() || last.value(0).toString() != QLatin1String("business")
        || last.value(1).toString() == QLatin1String("CLOSED"))
        return;
    const qint64 counter =
        m_sandbox.store()
            .scalar(QStringLiteral("SELECT message_counter FROM conversations WHERE id = ?"),
                    {conversationId})
            .toLongLong();
    // Varied from one message to the next, and the same at every run.
    MessageWriter::Message m;
    m.fromClient = true;
    m.content = QString::fromUtf8(
        DemoTexts::kReplies[(conversationId * 7 + counter) % DemoTexts::kReplyCount]);
    if (const std::optional<QJsonObject> message =
            MessageWriter::post(m_sandbox, enterpriseId, conversationId, m))
        Q_EMIT replied(conversationId, *message);
}
