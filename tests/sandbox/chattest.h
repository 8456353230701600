#pragma once

#include "sandboxfixture.h"

#include <QJsonObject>
#include <QRegularExpression>

// Requests the chat and attachment tests share.
namespace ChatTest {

inline const QString kConversations = QStringLiteral("/api/v0/conversations");
inline const QRegularExpression
    kDate(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d$"));
inline const QRegularExpression kMessageId(QStringLiteral("^[0-9a-f]{24}$"));
inline const QByteArray kBoundary = "----jobbers-test-boundary-7MA4YWxkTrZu0gW";

inline QString messagesPath(qint64 id) {
    return QStringLiteral("/api/v0/conversations/%1/messages").arg(id);
}

inline QByteArray multipart(const QByteArray &field, const QByteArray &fileName,
                            const QByteArray &type, const QByteArray &bytes) {
    QByteArray body = "--" + kBoundary + "\r\nContent-Disposition: form-data; name=\"" + field
                      + "\"; filename=\"" + fileName + "\"\r\n";
    if (!type.isEmpty())
        body += "Content-Type: " + type + "\r\n";
    body += "\r\n" + bytes + "\r\n--" + kBoundary + "--\r\n";
    return body;
}
inline QJsonObject conversation(SandboxFixture &f, const QString &token, qint64 clientId,
                                const QString &subject = QStringLiteral("Dog sitting")) {
    const HttpResult r = f.postJson(
        kConversations,
        {{QStringLiteral("client_id"), clientId}, {QStringLiteral("subject"), subject}}, token);
    return r.status == 200 ? r.object() : QJsonObject();
}

inline HttpResult message(SandboxFixture &f, const QString &token, qint64 conversationId,
                          const QJsonObject &body) {
    return f.postJson(messagesPath(conversationId), body, token);
}

inline HttpResult upload(SandboxFixture &f, const QString &token, qint64 conversationId,
                         const QByteArray &fileName, const QByteArray &type,
                         const QByteArray &bytes, const QByteArray &field = "source") {
    return f.request("POST",
                     QStringLiteral("/api/v0/conversations/%1/attachments").arg(conversationId),
                     multipart(field, fileName, type, bytes), token,
                     {{"Content-Type", "multipart/form-data; boundary=" + kBoundary}});
}

} // namespace ChatTest
