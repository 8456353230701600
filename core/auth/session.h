#pragma once

#include "enterprise/group.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

// Who is signed in where: what the shell shows and what the services need (the
// enterprise id, its groups). The secret is not part of it: it lives in ApiClient's
// memory and the keychain only.
struct Session {
    QUrl baseUrl;
    QString apiKey;
    qint64 enterpriseId = 0;
    QList<Group> groups;
    QDateTime signedInAt;

    bool isValid() const { return enterpriseId != 0; }
    // The name of one of the enterprise's groups, or an empty string.
    QString groupName(qint64 groupId) const;
};

Q_DECLARE_METATYPE(Session)
