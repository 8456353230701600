#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUuid>

#include <optional>

// A box location's UID as people type or paste it: a UUID in the 8-4-4-4-12 form,
// any case, braces allowed, spaces around ignored. Checked before sending, so that a
// typo never reaches the server (which answers is_invalid for anything else).
class BoxLocationUid {
    Q_DECLARE_TR_FUNCTIONS(BoxLocationUid)
public:
    // The UUID, or nullopt with *error saying what is wrong.
    static std::optional<QUuid> parse(const QString &text, QString *error = nullptr);
    // Lower case, without braces: how the API writes it.
    static QString text(const QUuid &uid);
};
