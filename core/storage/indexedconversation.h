#pragma once

#include "chat/conversation.h"

#include <QString>

// A conversation of the local conversation index (LocalStore), as last seen from the
// API, with what this desk adds: how many of its messages it has read.
struct IndexedConversation {
    Conversation conversation;
    // The conversation's message counter when this desk last opened it.
    qint64 readCounter = 0;
    // From the client directory when it knows the client (empty otherwise).
    QString clientEmail;
    QString clientName;

    qint64 unread() const { return qMax<qint64>(0, conversation.messageCounter - readCounter); }
};
