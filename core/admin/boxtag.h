#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

// A box tag (an NFC badge) to create with POST /api/v0/boxes_tags. The API never
// lists tags, so there is nothing to decode: the app keeps what it sent.
struct BoxTag {
    QString code;
    QString description;
    QString technologyType; // e.g. MifareClassicEV1_1K

    QJsonObject toJson() const;
    // {"code": ...}: what the delete and disconnect bodies carry per tag.
    static QJsonObject codeJson(const QString &code);

    friend bool operator==(const BoxTag &, const BoxTag &) = default;
};

Q_DECLARE_METATYPE(BoxTag)
