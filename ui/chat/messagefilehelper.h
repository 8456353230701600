#pragma once

#include <QHash>
#include <QIcon>
#include <QRect>
#include <QSize>
#include <QString>

class QFont;
class QPainter;
class QPalette;
class QWidget;

// Attachments other than images: a card with an icon by MIME type, the file's name
// and its size (once known).
class MessageFileHelper {
public:
    QSize size(int maxWidth) const;
    void paint(QPainter *painter, const QRect &rect, const QString &fileName,
               const QString &mimeType, qint64 bytes, bool hovered, const QPalette &palette,
               const QFont &font, const QWidget *widget);
    // "PDF document · 120 KB"
    static QString detailText(const QString &mimeType, qint64 bytes);
    QIcon iconFor(const QString &mimeType, const QWidget *widget);

private:
    QHash<QString, QIcon> m_icons;
};
