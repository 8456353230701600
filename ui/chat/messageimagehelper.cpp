#include "messageimagehelper.h"

#include "chat/mediacache.h"
#include "timelinestyle.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>
#include <QPixmapCache>

QSize MessageImageHelper::size(int maxWidth) const {
    return {qMin(maxWidth, kBoxWidth), kBoxHeight};
}

void MessageImageHelper::paint(QPainter *painter, const QRect &rect, const QUrl &url,
                               const QString &fileName, bool hovered, const QPalette &palette,
                               const QFont &font, qreal devicePixelRatio) {
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    QPainterPath clip;
    clip.addRoundedRect(QRectF(rect), 6, 6);

    const QString key = QStringLiteral("jobbers-thumb:%1:%2x%3@%4")
                            .arg(url.toString())
                            .arg(rect.width())
                            .arg(rect.height())
                            .arg(devicePixelRatio);
    QPixmap pixmap;
    if (!QPixmapCache::find(key, &pixmap) && m_media) {
        const QImage image = m_media->thumbnail(url);
        if (!image.isNull()) {
            const QSize target = (QSizeF(rect.size()) * devicePixelRatio).toSize();
            pixmap = QPixmap::fromImage(
                image.scaled(target, Qt::KeepAspectRatio, Qt::SmoothTransformation));
            pixmap.setDevicePixelRatio(devicePixelRatio);
            QPixmapCache::insert(key, pixmap);
        }
    }
    if (!pixmap.isNull()) {
        const QSizeF shown = QSizeF(pixmap.size()) / devicePixelRatio;
        const QRectF target(QPointF(rect.left(), rect.top() + (rect.height() - shown.height()) / 2),
                            shown);
        QPainterPath path;
        path.addRoundedRect(target, 6, 6);
        painter->setClipPath(path);
        painter->drawPixmap(target, pixmap, QRectF(pixmap.rect()));
        painter->setClipping(false);
        if (hovered) {
            painter->setPen(QPen(TimelineStyle::link(palette), 2));
            painter->drawPath(path);
        }
    } else {
        painter->fillPath(clip, TimelineStyle::mix(palette.color(QPalette::Base),
                                                   palette.color(QPalette::Text), 0.1));
        const MediaCache::State state =
            m_media ? m_media->thumbnailState(url) : MediaCache::State::Refused;
        const QString what =
            state == MediaCache::State::Loading || state == MediaCache::State::Unknown
                ? QCoreApplication::translate("MessageImageHelper", "Loading image…")
                : QCoreApplication::translate("MessageImageHelper", "Image not shown");
        painter->setPen(TimelineStyle::secondaryText(palette));
        painter->setFont(TimelineStyle::smallFont(font));
        const QFontMetrics fm(painter->font());
        painter->drawText(rect.adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap,
                          what + QLatin1Char('\n')
                              + fm.elidedText(fileName, Qt::ElideMiddle, rect.width() - 16));
        if (hovered) {
            painter->setPen(QPen(TimelineStyle::link(palette), 2));
            painter->drawPath(clip);
        }
    }
    painter->restore();
}
