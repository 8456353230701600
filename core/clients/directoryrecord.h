#pragma once

#include "clients/clientsmodel.h"
#include "storage/storedclient.h"

// How a directory entry is kept in LocalStore's clients table. A detailed client keeps
// its API fields as JSON in raw_json (read back with Client::fromJson); a client known
// only by its email has no raw_json and a synthetic negative id derived from the email,
// since client_id is the table's key and real ids are positive: it can never take the
// place of a real client, and it turns into the real one when the client is fetched.
class DirectoryRecord {
public:
    static StoredClient toStored(const DirectoryEntry &entry);
    // Thread-safe: used by the directory's background load.
    static DirectoryEntry fromStored(const StoredClient &stored);
    static qint64 syntheticId(const QString &email);
    static QByteArray clientJson(const Client &client);
};
