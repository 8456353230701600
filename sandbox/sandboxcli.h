#pragma once

#include "sandboxoptions.h"

#include <QString>
#include <QStringList>

#include <optional>

class QCoreApplication;

namespace SandboxCli {
// "1048576", "512K", "10M", "1G" in bytes; nullopt when not a size.
std::optional<qint64> parseSize(const QString &text);
// Parses the command line; on error returns nullopt and sets error.
std::optional<SandboxOptions> parse(const QStringList &arguments, QString *error);
// Parses, starts the sandbox, prints its address and demo credentials, runs.
int run(QCoreApplication &app);
} // namespace SandboxCli
