#pragma once

// Shared by the outbox tests that run against the sandbox (core and ui): a signed-in
// ApiClient, ConversationsService, a LocalStore file and an Outbox on them, plus a few
// helpers to make conversations and read them back.

#include "servicetest.h"

#include "chat/conversationsservice.h"
#include "chat/outbox.h"
#include "chat/outboxservicetransport.h"
#include "clients/clientdraft.h"
#include "clients/clientsservice.h"
#include "sandboxserver.h"
#include "storage/localstore.h"
#include "tasks/taskregistry.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <memory>

class OutboxWorld {
public:
    explicit OutboxWorld(SandboxOptions options = quietOptions())
        : session(20, options)
        , service(&session.api)
        , transport(&service) {
        // Lost answers close the connection: the error comes at once. Reads (GET) are
        // retried by ApiClient quickly.
        session.api.setRetryPolicy(4, 20, 3000);
    }
    static SandboxOptions quietOptions() {
        SandboxOptions o;
        o.logRequests = false;
        return o;
    }

    bool ok() const { return session.ok(); }
    QString error() const { return session.error; }
    QString storePath() const { return dir.filePath(QStringLiteral("local.sqlite")); }

    // A new Outbox on the store file (after a restart: the same file).
    Outbox *openOutbox(bool start = true) {
        outbox.reset();
        store = std::make_unique<LocalStore>();
        if (!store->open(storePath()))
            return nullptr;
        outbox = std::make_unique<Outbox>(store.get(), &transport, &tasks);
        if (start)
            outbox->start();
        return outbox.get();
    }

    void setFaults(double fail, double loseAnswer, double drop = 0) {
        FaultRates rates;
        rates.fail = fail;
        rates.loseAnswer = loseAnswer;
        rates.drop = drop;
        session.fixture.server().setFaultRates(rates);
    }

    // A new conversation of a new client of enterprise 20; 0 on failure.
    qint64 newConversation(const QString &subject) {
        ClientsService clients(&session.api);
        ClientDraft d;
        d.email = QStringLiteral("outbox.%1@example.test").arg(++m_clients);
        d.firstName = QStringLiteral("Inès");
        d.lastName = QStringLiteral("Marchand");
        d.phonePrefix = QStringLiteral("+33");
        d.phone = QStringLiteral("677889900");
        d.address = QStringLiteral("8 boulevard Voltaire");
        d.zipCode = QStringLiteral("75011");
        d.city = QStringLiteral("Paris");
        d.country = QStringLiteral("FR");
        d.cgu = true;
        const auto client = await(clients.create(d));
        if (!client.ok())
            return 0;
        const auto conversation = await(service.create(client->client.clientId, subject));
        return conversation.ok() ? conversation->id : 0;
    }

    // The conversation as the server has it (faults are turned off for the read).
    QList<Message> conversation(qint64 id, int size = 500) {
        const FaultRates before = session.fixture.server().faultRates();
        session.fixture.server().setFaultRates({});
        const auto page = await(service.messages(id, size));
        session.fixture.server().setFaultRates(before);
        return page.ok() ? *page : QList<Message>();
    }

    // Waits until no item is Queued, Uploading or Sending; false on timeout.
    bool settle(int timeoutMs = 60000) {
        QSignalSpy changed(outbox.get(), &Outbox::itemChanged);
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < timeoutMs) {
            const QList<OutboxItem> items = outbox->items();
            if (std::none_of(items.cbegin(), items.cend(),
                             [](const OutboxItem &i) { return i.isPending(); }))
                return true;
            changed.wait(200);
        }
        return false;
    }

    ApiTestSession session;
    ConversationsService service;
    OutboxServiceTransport transport;
    TaskRegistry tasks;
    QTemporaryDir dir;
    std::unique_ptr<LocalStore> store;
    std::unique_ptr<Outbox> outbox;

private:
    int m_clients = 0;
};

inline int countText(const QList<Message> &messages, const QString &text) {
    return int(std::count_if(messages.cbegin(), messages.cend(), [&](const Message &m) {
        return !m.isAttachment() && m.content == text;
    }));
}

inline int countMedia(const QList<Message> &messages, const QUrl &url) {
    const QString key = OutboxMachine::mediaKey(url);
    return int(std::count_if(messages.cbegin(), messages.cend(), [&](const Message &m) {
        return !m.mediaUrl.isEmpty() && OutboxMachine::mediaKey(m.mediaUrl) == key;
    }));
}
