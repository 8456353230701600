#include "sandboxcli.h"

#include <QCoreApplication>

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("jobbers-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(JOBBERS_VERSION));
    return SandboxCli::run(app);
}
