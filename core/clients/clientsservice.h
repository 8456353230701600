#pragma once

#include "clients/client.h"
#include "clients/emailcheck.h"
#include "net/servicebase.h"

#include <QDateTime>
#include <QUrl>

struct ClientDraft;
struct ClientUpdate;

// A created client and the password the server generated for it, shown once and kept
// nowhere.
struct CreatedClient {
    Client client;
    QString password;
    // The server made the client but its answer was lost; read back by createSettled(),
    // so the generated password is unknown.
    bool answerLost = false;
};

// A deactivated client: the idOrEmail it was addressed by, and its leaving date.
struct Deactivation {
    QString idOrEmail;
    QDateTime leavingDate;
};

// A client's one-time sign-in link.
struct SignInLink {
    QString idOrEmail;
    QUrl url;
};

// The clients endpoints of /oneapi/v0/clients. idOrEmail is whatever the API takes
// in the path (an id, or an email); it is percent-encoded here. Each method returns
// the handle of its call (ServiceBase); failures carry fieldErrors naming the form
// fields at fault (source "email", "country"...). The signals are for observers.
class ClientsService : public ServiceBase {
    Q_OBJECT
public:
    explicit ClientsService(ApiClient *api, QObject *parent = nullptr);

    Job<EmailCheck> *exists(const QString &email);
    Job<Client> *get(const QString &idOrEmail);
    Job<Client> *get(qint64 clientId) { return get(QString::number(clientId)); }
    // Never re-sent automatically: a lost answer is settled by exists(email).
    Job<CreatedClient> *create(const ClientDraft &draft);
    // create(), and when its answer is lost (a network error or a time-out after
    // sending: the server may have made the client), reads the email back: a client
    // with the draft's names and phone is the one just made (answerLost), so a second
    // press of Create never meets "already taken" for its own client. Anything else
    // fails with the original error.
    Job<CreatedClient> *createSettled(const ClientDraft &draft);
    // Sends only the fields set in update.
    Job<Client> *update(const QString &idOrEmail, const ClientUpdate &update);
    // DELETE: the client stays readable, inactive, with a leaving date.
    Job<Deactivation> *deactivate(const QString &idOrEmail);
    // A single-use sign-in link for the client, valid one hour.
    Job<SignInLink> *loginUrl(const QString &idOrEmail);

Q_SIGNALS:
    void existsChecked(const QString &email, const EmailCheck &check);
    void clientLoaded(const Client &client);
    void clientCreated(const Client &client);
    void clientUpdated(const Client &client);
    void clientDeactivated(const QString &idOrEmail, const QDateTime &leavingDate);

private:
    static QString path(const QString &idOrEmail);
    Job<Client> *refuseNoClient();
};
