#include "appsettings.h"

#include <QLocale>
#include <QSettings>

namespace {
const QString kBaseUrl = QStringLiteral("connection/baseUrl");
const QString kLastApiKey = QStringLiteral("connection/lastApiKey");
const QString kRememberMe = QStringLiteral("connection/rememberMe");
const QString kLanguage = QStringLiteral("ui/language");
const QString kPollSeconds = QStringLiteral("conversations/pollIntervalSeconds");
const QString kSendKey = QStringLiteral("conversations/sendKey");
const QString kMaxAttachment = QStringLiteral("conversations/maxAttachmentMegabytes");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kSplitters = QStringLiteral("window/splitters/");
const QString kLastSection = QStringLiteral("window/lastSection");
} // namespace

QUrl AppSettings::defaultBaseUrl() {
    return QUrl(QStringLiteral("https://www.jobbers.com"));
}

QStringList AppSettings::availableLanguages() {
    return {QStringLiteral("fr"), QStringLiteral("en")};
}

QUrl AppSettings::baseUrl() const {
    const QUrl url(QSettings().value(kBaseUrl).toString());
    return url.isValid() && !url.isEmpty() ? url : defaultBaseUrl();
}

void AppSettings::setBaseUrl(const QUrl &url) {
    QSettings().setValue(kBaseUrl, url.toString());
}

QString AppSettings::language() const {
    const QString lang = QSettings().value(kLanguage).toString();
    return availableLanguages().contains(lang) ? lang : QString();
}

void AppSettings::setLanguage(const QString &language) {
    if (language.isEmpty())
        QSettings().remove(kLanguage);
    else
        QSettings().setValue(kLanguage, language);
}

QString AppSettings::effectiveLanguage() const {
    const QString chosen = language();
    if (!chosen.isEmpty())
        return chosen;
    const QString system = QLocale::languageToCode(QLocale().language());
    return availableLanguages().contains(system) ? system : QStringLiteral("fr");
}

int AppSettings::pollIntervalSeconds() const {
    bool ok = false;
    const int s = QSettings().value(kPollSeconds, DefaultPollSeconds).toInt(&ok);
    return ok ? qBound(MinPollSeconds, s, MaxPollSeconds) : DefaultPollSeconds;
}

void AppSettings::setPollIntervalSeconds(int seconds) {
    QSettings().setValue(kPollSeconds, qBound(MinPollSeconds, seconds, MaxPollSeconds));
}

AppSettings::SendKey AppSettings::sendKey() const {
    return QSettings().value(kSendKey).toString() == QLatin1String("ctrl+enter")
               ? SendKey::CtrlEnter
               : SendKey::Enter;
}

void AppSettings::setSendKey(SendKey key) {
    QSettings().setValue(kSendKey, key == SendKey::CtrlEnter ? QStringLiteral("ctrl+enter")
                                                             : QStringLiteral("enter"));
}

int AppSettings::maxAttachmentMegabytes() const {
    bool ok = false;
    const int mb = QSettings().value(kMaxAttachment).toInt(&ok);
    return ok && mb >= 1 && mb <= MaxAttachmentMegabytesLimit ? mb : DefaultMaxAttachmentMegabytes;
}

void AppSettings::setMaxAttachmentMegabytes(int megabytes) {
    QSettings().setValue(kMaxAttachment, qBound(1, megabytes, MaxAttachmentMegabytesLimit));
}

QString AppSettings::lastApiKey() const {
    return QSettings().value(kLastApiKey).toString();
}

void AppSettings::setLastApiKey(const QString &key) {
    QSettings().setValue(kLastApiKey, key);
}

bool AppSettings::rememberMe() const {
    return QSettings().value(kRememberMe, true).toBool();
}

void AppSettings::setRememberMe(bool remember) {
    QSettings().setValue(kRememberMe, remember);
}

QByteArray AppSettings::windowGeometry() const {
    return QSettings().value(kGeometry).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry) {
    QSettings().setValue(kGeometry, geometry);
}

QByteArray AppSettings::windowState() const {
    return QSettings().value(kState).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &state) {
    QSettings().setValue(kState, state);
}

QByteArray AppSettings::splitterState(const QString &name) const {
    return QSettings().value(kSplitters + name).toByteArray();
}

void AppSettings::setSplitterState(const QString &name, const QByteArray &state) {
    QSettings().setValue(kSplitters + name, state);
}

QString AppSettings::lastSection() const {
    return QSettings().value(kLastSection).toString();
}

void AppSettings::setLastSection(const QString &section) {
    QSettings().setValue(kLastSection, section);
}

void AppSettings::reset() {
    QSettings settings;
    settings.clear();
    settings.sync();
}
