#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

// The one place for the application's QSettings keys and their defaults, so that
// the settings dialog, the main window and main() never spell a key twice.
class AppSettings {
public:
    enum class SendKey { Enter, CtrlEnter };

    static constexpr int DefaultPollSeconds = 15;
    static constexpr int MinPollSeconds = 2;
    static constexpr int MaxPollSeconds = 600;

    static QUrl defaultBaseUrl();
    // The languages the application is translated into, as "fr", "en".
    static QStringList availableLanguages();

    AppSettings() = default;

    QUrl baseUrl() const;
    void setBaseUrl(const QUrl &url);

    // Empty means "follow the system locale".
    QString language() const;
    void setLanguage(const QString &language);
    // The language to load now: the setting, or the system's when it is one we have,
    // else French (the users are in France).
    QString effectiveLanguage() const;

    int pollIntervalSeconds() const;
    void setPollIntervalSeconds(int seconds);

    SendKey sendKey() const;
    void setSendKey(SendKey key);
    // Files larger than this are refused by the composer before anything is sent.
    static constexpr int DefaultMaxAttachmentMegabytes = 10;
    static constexpr int MaxAttachmentMegabytesLimit = 2048;
    int maxAttachmentMegabytes() const;
    void setMaxAttachmentMegabytes(int megabytes);
    qint64 maxAttachmentBytes() const { return qint64(maxAttachmentMegabytes()) << 20; }

    // The last API key signed in with: prefills the sign-in dialog (the secret
    // lives in the keychain, never here).
    QString lastApiKey() const;
    void setLastApiKey(const QString &key);
    bool rememberMe() const;
    void setRememberMe(bool remember);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray splitterState(const QString &name) const;
    void setSplitterState(const QString &name, const QByteArray &state);
    QString lastSection() const;
    void setLastSection(const QString &section);

    // --reset-settings: back to every default.
    static void reset();
};
