#include "messagefilehelper.h"

#include "timelinestyle.h"

#include <QApplication>
#include <QFontMetrics>
#include <QLocale>
#include <QMimeDatabase>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <QWidget>

namespace {
constexpr int kCardWidth = 300;
constexpr int kCardHeight = 52;
constexpr int kIconSize = 32;
} // namespace

QSize MessageFileHelper::size(int maxWidth) const {
    return {qMin(maxWidth, kCardWidth), kCardHeight};
}

QString MessageFileHelper::detailText(const QString &mimeType, qint64 bytes) {
    static const QMimeDatabase db;
    const QMimeType type = db.mimeTypeForName(mimeType);
    const QString kind = type.isValid() && !type.comment().isEmpty() ? type.comment() : mimeType;
    if (bytes < 0)
        return kind;
    return QStringLiteral("%1 · %2").arg(kind, QLocale().formattedDataSize(bytes));
}

QIcon MessageFileHelper::iconFor(const QString &mimeType, const QWidget *widget) {
    auto it = m_icons.constFind(mimeType);
    if (it != m_icons.cend())
        return *it;
    static const QMimeDatabase db;
    const QMimeType type = db.mimeTypeForName(mimeType);
    QIcon icon;
    if (type.isValid()) {
        icon = QIcon::fromTheme(type.iconName());
        if (icon.isNull())
            icon = QIcon::fromTheme(type.genericIconName());
    }
    if (icon.isNull()) {
        QStyle *style = widget ? widget->style() : QApplication::style();
        icon = style->standardIcon(QStyle::SP_FileIcon, nullptr, widget);
    }
    return *m_icons.insert(mimeType, icon);
}

void MessageFileHelper::paint(QPainter *painter, const QRect &rect, const QString &fileName,
                              const QString &mimeType, qint64 bytes, bool hovered,
                              const QPalette &palette, const QFont &font, const QWidget *widget) {
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    painter->fillPath(path, TimelineStyle::cardBackground(palette));
    painter->setPen(QPen(hovered ? TimelineStyle::link(palette) : TimelineStyle::separator(palette),
                         hovered ? 1.5 : 1.0));
    painter->drawPath(path);

    const QRect iconRect(rect.left() + 10, rect.top() + (rect.height() - kIconSize) / 2, kIconSize,
                         kIconSize);
    iconFor(mimeType, widget).paint(painter, iconRect);

    const int textLeft = iconRect.right() + 10;
    const QRect nameRect(textLeft, rect.top() + 8, rect.right() - 10 - textLeft,
                         QFontMetrics(font).height());
    QFont bold = font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(hovered ? TimelineStyle::link(palette) : TimelineStyle::text(palette));
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(bold).elidedText(fileName, Qt::ElideMiddle, nameRect.width()));
    const QFont small = TimelineStyle::smallFont(font);
    painter->setFont(small);
    painter->setPen(TimelineStyle::secondaryText(palette));
    const QRect detailRect(textLeft, nameRect.bottom() + 3, nameRect.width(),
                           QFontMetrics(small).height());
    painter->drawText(detailRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(small).elidedText(detailText(mimeType, bytes), Qt::ElideRight,
                                                     detailRect.width()));
    painter->restore();
}
