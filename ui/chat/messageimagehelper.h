#pragma once

#include <QRect>
#include <QSize>
#include <QString>
#include <QUrl>

class MediaCache;
class QFont;
class QPainter;
class QPalette;

// Image attachments: a thumbnail in a box of fixed height (so that a row keeps its
// height when the image arrives), loaded by MediaCache in the background and kept as
// pixmaps in QPixmapCache; a placeholder meanwhile, or when it cannot be shown.
class MessageImageHelper {
public:
    explicit MessageImageHelper(MediaCache *media)
        : m_media(media) {}

    void setMediaCache(MediaCache *media) { m_media = media; }
    QSize size(int maxWidth) const;
    // The rectangle the thumbnail takes inside a box at rect (for hit tests and hover).
    void paint(QPainter *painter, const QRect &rect, const QUrl &url, const QString &fileName,
               bool hovered, const QPalette &palette, const QFont &font, qreal devicePixelRatio);

    static constexpr int kBoxWidth = 260;
    static constexpr int kBoxHeight = 180;

private:
    MediaCache *m_media;
};
