#pragma once

#include <QDateTime>
#include <QString>

// The API's time: "YYYY-MM-DD HH:MM:SS" in Europe/Paris.
namespace SandboxClock {
QDateTime now();
QString format(const QDateTime &dt);
QString nowString();
// Invalid QDateTime when the text is not in the API's format.
QDateTime parse(const QString &text);
} // namespace SandboxClock
