#include "attachmentopener.h"

#include "chat/mediacache.h"

#include <QCryptographicHash>
#include <QDesktopServices>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QStandardPaths>
#include <QStatusBar>

AttachmentOpener::AttachmentOpener(MediaCache *media, QMainWindow *window)
    : QObject(window)
    , m_media(media)
    , m_window(window) {}

void AttachmentOpener::tell(const QString &text) {
    if (m_window)
        m_window->statusBar()->showMessage(text, 8000);
}

bool AttachmentOpener::allowed(const QUrl &url) {
    if (m_media->policy().allows(url))
        return true;
    tell(tr("This file is not on the API's server (%1): it was not opened.").arg(url.host()));
    Q_EMIT refused(url);
    return false;
}

QString AttachmentOpener::localCopyPath(const QUrl &url, const QString &fileName) const {
    const QString folder =
        m_media->diskFolder() + QStringLiteral("/files/")
        + QString::fromLatin1(
            QCryptographicHash::hash(url.toEncoded(), QCryptographicHash::Sha1).toHex().left(16));
    return folder + QLatin1Char('/')
           + (fileName.isEmpty() ? QStringLiteral("file") : QFileInfo(fileName).fileName());
}

void AttachmentOpener::open(const QUrl &url, const QString &fileName) {
    if (!allowed(url))
        return;
    const QString path = localCopyPath(url, fileName);
    if (QFileInfo::exists(path)) {
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
        Q_EMIT opened(path);
        return;
    }
    auto *context = new QObject(this);
    connect(m_media, &MediaCache::downloaded, context,
            [this, context, url](const QUrl &done, const QString &file) {
                if (done != url)
                    return;
                context->deleteLater();
                QDesktopServices::openUrl(QUrl::fromLocalFile(file));
                Q_EMIT opened(file);
            });
    connect(m_media, &MediaCache::downloadFailed, context,
            [this, context, url](const QUrl &done, const QString &error) {
                if (done != url)
                    return;
                context->deleteLater();
                tell(tr("The file could not be downloaded: %1").arg(error));
            });
    m_media->download(url, path);
}

void AttachmentOpener::saveAs(const QUrl &url, const QString &fileName) {
    if (!allowed(url))
        return;
    auto *dialog =
        new QFileDialog(m_window, tr("Save attachment"),
                        QStandardPaths::writableLocation(QStandardPaths::DownloadLocation)
                            + QLatin1Char('/') + QFileInfo(fileName).fileName());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, url](const QString &path) { m_media->download(url, path); });
    dialog->open();
}
