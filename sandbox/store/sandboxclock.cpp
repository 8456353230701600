#include "sandboxclock.h"

#include <QTimeZone>

namespace {
const QString kFormat = QStringLiteral("yyyy-MM-dd HH:mm:ss");

QTimeZone paris() {
    static const QTimeZone tz(QByteArrayLiteral("Europe/Paris"));
    // Without tzdata the zone is invalid; fall back to the machine's local time.
    return tz.isValid() ? tz : QTimeZone::systemTimeZone();
}
} // namespace

QDateTime SandboxClock::now() {
    return QDateTime::currentDateTime().toTimeZone(paris());
}

QString SandboxClock::format(const QDateTime &dt) {
    return dt.toTimeZone(paris()).toString(kFormat);
}

QString SandboxClock::nowString() {
    return format(now());
}

QDateTime SandboxClock::parse(const QString &text) {
    QDateTime dt = QDateTime::fromString(text, kFormat);
    if (!dt.isValid())
        return {};
    dt.setTimeZone(paris());
    return dt;
}
