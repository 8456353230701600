#pragma once

#include <QObject>
#include <QPointer>
#include <QUrl>

class MediaCache;
class QMainWindow;

// Opens an attachment of the timeline (downloaded once into the media folder, then
// given to the desktop) or saves it where the user says. Only URLs the MediaPolicy
// allows (the API's host; loopback in demo mode) are fetched; the others are refused
// with a word in the status bar. Nothing waits: the file dialog is opened with open().
class AttachmentOpener : public QObject {
    Q_OBJECT
public:
    AttachmentOpener(MediaCache *media, QMainWindow *window);

    void open(const QUrl &url, const QString &fileName);
    void saveAs(const QUrl &url, const QString &fileName);
    // Where open() keeps its copy.
    QString localCopyPath(const QUrl &url, const QString &fileName) const;

Q_SIGNALS:
    // The file was handed to the desktop (tests watch this rather than a viewer).
    void opened(const QString &path);
    void refused(const QUrl &url);

private:
    bool allowed(const QUrl &url);
    void tell(const QString &text);

    MediaCache *m_media;
    QPointer<QMainWindow> m_window;
};
