#include "mediacache.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QImageReader>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSaveFile>
#include <QtConcurrent>

namespace {
Q_LOGGING_CATEGORY(lcMedia, "jobbers.chat.media", QtInfoMsg)

constexpr int kParallelDownloads = 3;
// Larger media are not fetched for a thumbnail (the card still opens them).
constexpr qint64 kThumbnailSourceLimit = 25 * 1024 * 1024;
// In-memory thumbnails beyond this are dropped (the disk copies stay).
constexpr qint64 kMemoryLimit = 64 * 1024 * 1024;

// Decodes bytes (or a file) and scales them into the thumbnail limit. Any thread.
QImage decodeScaled(QIODevice *device) {
    QImageReader reader(device);
    reader.setAutoTransform(true);
    const QSize full = reader.size();
    if (full.isValid()) {
        const QSize limit = MediaCache::thumbnailLimit();
        if (full.width() > limit.width() || full.height() > limit.height())
            reader.setScaledSize(full.scaled(limit, Qt::KeepAspectRatio));
    }
    QImage image = reader.read();
    if (!image.isNull()
        && (image.width() > MediaCache::thumbnailLimit().width()
            || image.height() > MediaCache::thumbnailLimit().height()))
        image = image.scaled(MediaCache::thumbnailLimit(), Qt::KeepAspectRatio,
                             Qt::SmoothTransformation);
    return image;
}
} // namespace

MediaCache::MediaCache(QNetworkAccessManager *nam, const QString &diskFolder, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_folder(diskFolder) {}

MediaCache::~MediaCache() = default;

QString MediaCache::diskPathFor(const QUrl &url) const {
    const QByteArray hash = QCryptographicHash::hash(url.toEncoded(), QCryptographicHash::Sha1);
    return m_folder + QLatin1Char('/') + QString::fromLatin1(hash.toHex()) + QStringLiteral(".png");
}

MediaCache::State MediaCache::thumbnailState(const QUrl &url) const {
    return m_states.value(url, State::Unknown);
}

QImage MediaCache::thumbnail(const QUrl &url) {
    const auto it = m_images.constFind(url);
    if (it != m_images.cend())
        return *it;
    if (thumbnailState(url) == State::Unknown) {
        if (!m_policy.allows(url)) {
            m_states.insert(url, State::Refused);
            return {};
        }
        m_states.insert(url, State::Loading);
        loadFromDiskOrNetwork(url);
    }
    return {};
}

void MediaCache::loadFromDiskOrNetwork(const QUrl &url) {
    const QString path = diskPathFor(url);
    auto *watcher = new QFutureWatcher<QImage>(this);
    connect(watcher, &QFutureWatcher<QImage>::finished, this, [this, watcher, url] {
        const QImage image = watcher->result();
        watcher->deleteLater();
        if (!image.isNull())
            return onThumbnailDecoded(url, image);
        m_queue.append(url);
        startNext();
    });
    watcher->setFuture(QtConcurrent::run([path] {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return QImage();
        return decodeScaled(&f);
    }));
}

QNetworkReply *MediaCache::get(const QUrl &url) {
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setTransferTimeout(30000);
    ++m_requestsStarted;
    return m_nam->get(request);
}

void MediaCache::startNext() {
    while (m_running < kParallelDownloads && !m_queue.isEmpty() && m_nam)
        fetchThumbnail(m_queue.takeFirst());
}

void MediaCache::fetchThumbnail(const QUrl &url) {
    ++m_running;
    QNetworkReply *reply = get(url);
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > kThumbnailSourceLimit)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, url] {
        reply->deleteLater();
        --m_running;
        startNext();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError || status / 100 != 2) {
            qCInfo(lcMedia).noquote()
                << "thumbnail failed:" << url.toDisplayString() << reply->errorString();
            m_states.insert(url, State::Failed);
            Q_EMIT thumbnailFailed(url);
            return;
        }
        const QByteArray bytes = reply->readAll();
        if (!m_sizes.contains(url)) {
            m_sizes.insert(url, bytes.size());
            Q_EMIT sizeKnown(url, bytes.size());
        }
        const QString path = diskPathFor(url);
        const QString folder = m_folder;
        auto *watcher = new QFutureWatcher<QImage>(this);
        connect(watcher, &QFutureWatcher<QImage>::finished, this, [this, watcher, url] {
            const QImage image = watcher->result();
            watcher->deleteLater();
            if (image.isNull()) {
                m_states.insert(url, State::Failed);
                Q_EMIT thumbnailFailed(url);
                return;
            }
            onThumbnailDecoded(url, image);
        });
        watcher->setFuture(QtConcurrent::run([bytes, path, folder] {
            QBuffer buffer;
            buffer.setData(bytes);
            buffer.open(QIODevice::ReadOnly);
            const QImage image = decodeScaled(&buffer);
            if (!image.isNull() && QDir().mkpath(folder)) {
                QSaveFile out(path);
                if (out.open(QIODevice::WriteOnly) && image.save(&out, "PNG"))
                    out.commit();
            }
            return image;
        }));
    });
}

void MediaCache::onThumbnailDecoded(const QUrl &url, const QImage &image) {
    if (m_memoryBytes + image.sizeInBytes() > kMemoryLimit)
        clearMemory();
    m_images.insert(url, image);
    m_memoryBytes += image.sizeInBytes();
    m_states.insert(url, State::Ready);
    Q_EMIT thumbnailReady(url);
}

void MediaCache::clearMemory() {
    m_images.clear();
    m_memoryBytes = 0;
    // Ready thumbnails come back from disk when asked again.
    for (auto it = m_states.begin(); it != m_states.end(); ++it) {
        if (*it == State::Ready)
            *it = State::Unknown;
    }
}

qint64 MediaCache::byteSize(const QUrl &url) {
    const auto it = m_sizes.constFind(url);
    if (it != m_sizes.cend())
        return *it;
    if (m_sizeAsked.contains(url) || !m_nam || !m_policy.allows(url))
        return -1;
    m_sizeAsked.insert(url);
    QNetworkRequest request(url);
    request.setTransferTimeout(30000);
    ++m_requestsStarted;
    QNetworkReply *reply = m_nam->head(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, url] {
        reply->deleteLater();
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (reply->error() == QNetworkReply::NoError && length.isValid()) {
            m_sizes.insert(url, length.toLongLong());
            Q_EMIT sizeKnown(url, length.toLongLong());
        }
    });
    return -1;
}

bool MediaCache::download(const QUrl &url, const QString &path) {
    if (!m_nam || !m_policy.allows(url))
        return false;
    QDir().mkpath(QFileInfo(path).absolutePath());
    auto *file = new QSaveFile(path, this);
    if (!file->open(QIODevice::WriteOnly)) {
        const QString error = file->errorString();
        delete file;
        QMetaObject::invokeMethod(
            this, [this, url, error] { Q_EMIT downloadFailed(url, error); }, Qt::QueuedConnection);
        return true;
    }
    QNetworkReply *reply = get(url);
    // Written as it arrives: a large file never sits whole in memory.
    connect(reply, &QNetworkReply::readyRead, file,
            [reply, file] { file->write(reply->readAll()); });
    connect(reply, &QNetworkReply::finished, this, [this, reply, file, url, path] {
        reply->deleteLater();
        file->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError || status / 100 != 2) {
            file->cancelWriting();
            Q_EMIT downloadFailed(url, reply->errorString());
            return;
        }
        file->write(reply->readAll());
        if (!file->commit()) {
            Q_EMIT downloadFailed(url, file->errorString());
            return;
        }
        Q_EMIT downloaded(url, path);
    });
    return true;
}
