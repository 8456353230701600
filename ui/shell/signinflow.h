#pragma once

#include "enterprise/group.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QUrl>

class ApiClient;
class ApiError;
class ApiReply;

// What the shell shows of a signed-in session.
struct SessionInfo {
    qint64 enterpriseId = 0;
    QList<Group> groups;
};
Q_DECLARE_METATYPE(SessionInfo)

// Signs in on the ApiClient (token, then the enterprise id and its groups) and
// answers with one signal. A thin stand-in for core/auth's AuthService, which the
// shell will drive instead once it lands: the dialog and the window only see
// start/abort and succeeded/failed.
class SignInFlow : public QObject {
    Q_OBJECT
public:
    explicit SignInFlow(ApiClient *client, QObject *parent = nullptr);

    void start(const QUrl &baseUrl, const QString &apiKey, const QString &secret);
    // Ends a running sign-in with failed(Cancelled); the client keeps no credentials.
    void abort();
    bool isRunning() const { return !m_reply.isNull(); }

Q_SIGNALS:
    void succeeded(const SessionInfo &info);
    void failed(const ApiError &error);

private:
    void onToken(ApiReply *reply);
    void onCurrent(ApiReply *reply);
    void onGroups(ApiReply *reply);
    void fail(const ApiError &error);
    void track(ApiReply *reply, void (SignInFlow::*next)(ApiReply *));

    QPointer<ApiClient> m_client;
    QPointer<ApiReply> m_reply;
    SessionInfo m_info;
};
