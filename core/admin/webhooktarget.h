#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

// Checks the target URL of a new webhook before it is sent: the server will POST to
// it, so it must be absolute http or https with a host, and must not carry a user
// name or password (they would sit in the server's list for anyone with the API key
// to read). Plain http to a host that is not local is allowed, with a warning: the
// notifications (messages of clients) would cross the network unencrypted.
class WebhookTarget {
    Q_DECLARE_TR_FUNCTIONS(WebhookTarget)
public:
    struct Check {
        QUrl url;        // the address to send, when accepted
        QString error;   // why it is refused; empty when accepted
        QString warning; // accepted, but worth a second look
        bool accepted() const { return error.isEmpty(); }
    };

    static Check check(const QString &text);
    // localhost, *.localhost, a loopback, private or link-local address, a .local name.
    static bool isLocalHost(const QString &host);
};
