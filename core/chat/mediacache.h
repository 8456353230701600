#pragma once

#include "chat/mediapolicy.h"

#include <QHash>
#include <QImage>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSize>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

// Thumbnails and sizes of a conversation's attachments, and their download for
// opening or saving. Nothing here blocks: a thumbnail is downloaded, decoded and
// scaled in a worker thread, then kept on disk (PNG under the cache folder, named by
// a hash of the URL) and in memory; asking again returns it at once. Only URLs the
// MediaPolicy allows are fetched; the others are refused without a request.
class MediaCache : public QObject {
    Q_OBJECT
public:
    enum class State { Unknown, Loading, Ready, Failed, Refused };
    Q_ENUM(State)

    // diskFolder: where thumbnails are kept (created when needed).
    MediaCache(QNetworkAccessManager *nam, const QString &diskFolder, QObject *parent = nullptr);
    ~MediaCache() override;

    void setPolicy(const MediaPolicy &policy) { m_policy = policy; }
    const MediaPolicy &policy() const { return m_policy; }
    // The largest thumbnail kept (device pixels); default 480 × 360.
    static QSize thumbnailLimit() { return {480, 360}; }

    // The thumbnail if it is ready; otherwise a null image, and it is asked for
    // (once): thumbnailReady() or thumbnailFailed() follows.
    QImage thumbnail(const QUrl &url);
    State thumbnailState(const QUrl &url) const;
    // The size in bytes if known, else -1 and it is asked for (a HEAD): sizeKnown()
    // follows.
    qint64 byteSize(const QUrl &url);

    // Downloads the file into path (written whole or not at all): downloaded() or
    // downloadFailed() follows. Returns false (and nothing is asked) when the policy
    // refuses the URL.
    bool download(const QUrl &url, const QString &path);

    QString diskFolder() const { return m_folder; }
    void setDiskFolder(const QString &folder) { m_folder = folder; }
    QString diskPathFor(const QUrl &url) const;
    // Drops the in-memory thumbnails (the disk copies stay).
    void clearMemory();
    int requestsStarted() const { return m_requestsStarted; }

Q_SIGNALS:
    void thumbnailReady(const QUrl &url);
    void thumbnailFailed(const QUrl &url);
    void sizeKnown(const QUrl &url, qint64 bytes);
    void downloaded(const QUrl &url, const QString &path);
    void downloadFailed(const QUrl &url, const QString &error);

private:
    void loadFromDiskOrNetwork(const QUrl &url);
    void fetchThumbnail(const QUrl &url);
    void startNext();
    void onThumbnailDecoded(const QUrl &url, const QImage &image);
    QNetworkReply *get(const QUrl &url);

    QPointer<QNetworkAccessManager> m_nam;
    QString m_folder;
    MediaPolicy m_policy;
    QHash<QUrl, QImage> m_images;
    QHash<QUrl, State> m_states;
    QHash<QUrl, qint64> m_sizes;
    QSet<QUrl> m_sizeAsked;
    QList<QUrl> m_queue; // thumbnails waiting for a download slot
    int m_running = 0;
    int m_requestsStarted = 0;
    qint64 m_memoryBytes = 0;
};
