#pragma once

#include "storage/storedclient.h"

#include <QString>
#include <QStringList>

#include <optional>

class LocalStore;

// Picking a client for a box location link: completion lines from the client directory
// ("Zoé Lefèvre <zoe@example.fr> #12399"), and the client id read back from what was
// typed or picked (such a line, "#12399" or a bare 12399).
class ClientChoice {
public:
    static QString text(const StoredClient &client);
    // Up to limit lines of clients whose name or email contains filter.
    static QStringList choices(const LocalStore *store, const QString &filter, int limit = 50);
    static std::optional<qint64> idFrom(const QString &text);
    // The label a link keeps: the line without its id ("Zoé Lefèvre <zoe@example.fr>").
    static QString labelFrom(const QString &text);
};
