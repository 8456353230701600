// Not a test: the "app" that tst_core_outbox_sandbox kills. Signs in to the sandbox at
// argv[1], opens the LocalStore file argv[2], queues the file argv[6] into conversation
// argv[5], then, as its message is posted, the text argv[4] into conversation argv[3];
// runs until killed.
#include "chat/conversationsservice.h"
#include "chat/outbox.h"
#include "chat/outboxservicetransport.h"
#include "net/apiclient.h"
#include "net/apireply.h"
#include "storage/localstore.h"

#include <QCoreApplication>
#include <QUrl>

#include <cstdio>

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 7) {
        std::fprintf(stderr, "usage: %s BASE_URL STORE CONVERSATION TEXT CONVERSATION FILE\n",
                     argv[0]);
        return 2;
    }
    ApiClient api;
    api.setBaseUrl(QUrl(args.at(1)));
    api.setCredentials(QStringLiteral("demo-20-key"), QStringLiteral("demo-20-secret"));
    LocalStore store;
    if (!store.open(args.at(2))) {
        std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
        return 1;
    }
    ConversationsService service(&api);
    OutboxServiceTransport transport(&service);
    Outbox outbox(&store, &transport);
    ApiReply *signIn = api.authenticate();
    QObject::connect(signIn, &ApiReply::finished, &app, [&] {
        if (!api.hasToken()) {
            std::fprintf(stderr, "sign-in failed\n");
            QCoreApplication::exit(1);
            return;
        }
        outbox.start();
        QString error;
        if (!outbox.queueFile(args.at(5), args.at(6), OutboxItem::Sender::Agent, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            QCoreApplication::exit(1);
        }
    });
    // The text goes as the file's message is posted, so that both POSTs are on their way
    // together when the process is killed.
    bool textQueued = false;
    QObject::connect(&outbox, &Outbox::itemChanged, &app, [&](const OutboxItem &item) {
        if (textQueued || item.kind != OutboxItem::Kind::Attachment
            || item.state != OutboxItem::State::Sending)
            return;
        textQueued = true;
        QString error;
        if (!outbox.queueText(args.at(3), args.at(4), OutboxItem::Sender::Agent, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            QCoreApplication::exit(1);
        }
    });
    return app.exec();
}
