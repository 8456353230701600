#include "timelinedelegate.h"

#include "chat/mediacache.h"
#include "chat/messagesmodel.h"
#include "textselection.h"
#include "timelinestyle.h"

#include <QAbstractItemView>
#include <QDate>
#include <QFontMetrics>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

using namespace TimelineStyle;

namespace {
int rowWidth(const QStyleOptionViewItem &option) {
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        return view->viewport()->width();
    return option.rect.width();
}

bool isAgent(const QModelIndex &index) {
    return index.data(MessagesModel::AuthorRole).toInt() == int(Message::Author::Business);
}

QString timeText(const QModelIndex &index) {
    return QLocale().toString(index.data(MessagesModel::ReceivedRole).toDateTime().time(),
                              QLocale::ShortFormat);
}
} // namespace

TimelineDelegate::TimelineDelegate(MediaCache *media, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_media(media)
    , m_image(media) {}

TimelineDelegate::~TimelineDelegate() = default;

void TimelineDelegate::setMediaCache(MediaCache *media) {
    m_media = media;
    m_image.setMediaCache(media);
}

void TimelineDelegate::setClientName(const QString &name) {
    if (name == m_clientName)
        return;
    m_clientName = name;
}

QString TimelineDelegate::authorName(int author) const {
    if (author == int(Message::Author::Business))
        return tr("Concierge");
    return m_clientName.isEmpty() ? tr("Client") : m_clientName;
}

QString TimelineDelegate::dayText(const QDate &day) {
    const QDate today = QDate::currentDate();
    if (day == today)
        return tr("Today");
    if (day == today.addDays(-1))
        return tr("Yesterday");
    return QLocale().toString(day, QLocale::LongFormat);
}

void TimelineDelegate::clearCaches() {
    m_geometry.clear();
    m_metrics = {};
    m_text.clear();
}

void TimelineDelegate::invalidate(const QModelIndex &index) const {
    m_geometry.remove(index.data(MessagesModel::IdRole).toString());
}

TimelineDelegate::Row TimelineDelegate::rowOf(const QModelIndex &index) const {
    Row r;
    if (m_model && index.model() == m_model) {
        r.direct = &m_model->messageAt(index.row());
        r.firstOfDay = m_model->isFirstOfDay(index.row());
        r.grouped = m_model->isGrouped(index.row());
    } else {
        r.copy = index.data(MessagesModel::MessageRole).value<Message>();
        r.firstOfDay = index.data(MessagesModel::FirstOfDayRole).toBool();
        r.grouped = index.data(MessagesModel::GroupedRole).toBool();
    }
    r.kind = int(MessagesModel::kindOf(r.message()));
    return r;
}

QSize TimelineDelegate::contentSize(const Row &row, int maxWidth) const {
    switch (MessagesModel::Kind(row.kind)) {
    case MessagesModel::Kind::Text:
        return m_text.size(row.message(), maxWidth);
    case MessagesModel::Kind::Image:
        return m_image.size(maxWidth);
    case MessagesModel::Kind::File:
        return m_file.size(maxWidth);
    }
    return {};
}

TimelineDelegate::Geometry TimelineDelegate::geometry(const QModelIndex &index, int width,
                                                      const QFont &font) const {
    if (font != m_font || m_metrics.small <= 0) {
        m_font = font;
        m_text.setFont(font);
        m_geometry.clear();
        // Measured once per font: the rows only add them up.
        const QFontMetrics small(smallFont(font));
        m_metrics.small = small.height();
        m_metrics.author = QFontMetrics(authorFont(font)).height();
        m_metrics.day = QFontMetrics(dayFont(font)).height() + 18;
        m_metrics.time =
            qMax(small.horizontalAdvance(QLocale().toString(QTime(23, 59), QLocale::ShortFormat)),
                 small.horizontalAdvance(QLocale().toString(QTime(8, 8), QLocale::ShortFormat)))
            + 2;
    }
    if (width != m_geometryWidth) {
        m_geometry.clear();
        m_geometryWidth = width;
    }
    const Row row = rowOf(index);
    const QString &id = row.message().id;
    const auto cached = m_geometry.constFind(id);
    if (cached != m_geometry.cend())
        return *cached;

    Geometry g;
    g.width = width;
    int y = 0;
    if (row.firstOfDay) {
        const int h = m_metrics.day;
        g.day = QRect(0, y, width, h);
        y += h;
    }
    const bool grouped = row.grouped;
    const int timeWidth = m_metrics.time + kTimeGap;
    const int available = qMax(60, width - 2 * kSideMargin);
    const int maxBubble = qMax(40, qMin(int(available * kMaxBubbleShare), available - timeWidth));
    const bool media = row.kind != int(MessagesModel::Kind::Text);
    const int padX = media ? 4 : kPaddingX;
    const int padY = media ? 4 : kPaddingY;
    g.textWidth = maxBubble - 2 * padX;
    const QRect content(QPoint(), contentSize(row, g.textWidth));
    const QSize bubble(content.width() + 2 * padX, content.height() + 2 * padY);
    const bool agent = row.message().author == Message::Author::Business;
    const int bubbleX = agent ? width - kSideMargin - bubble.width() : kSideMargin;
    if (!grouped) {
        y += g.day.isEmpty() ? kGroupGap : 2;
        const int h = m_metrics.author;
        g.author = QRect(bubbleX, y, qMax(bubble.width(), available / 2), h);
        if (agent)
            g.author.moveRight(width - kSideMargin);
        y += h + 2;
    } else {
        y += kGroupedGap;
    }
    g.bubble = QRect(QPoint(bubbleX, y), bubble);
    g.content = QRect(QPoint(bubbleX + padX, y + padY), content.size());
    const int timeTop = g.bubble.bottom() - m_metrics.small + 1 - 2;
    g.time = agent ? QRect(g.bubble.left() - timeWidth, timeTop, timeWidth - kTimeGap + 1,
                           m_metrics.small)
                   : QRect(g.bubble.right() + kTimeGap, timeTop, timeWidth - kTimeGap + 1,
                           m_metrics.small);
    y += bubble.height() + 1;
    g.size = QSize(width, y);
    m_geometry.insert(id, g);
    return g;
}

QSize TimelineDelegate::sizeHint(const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const {
    return geometry(index, rowWidth(option), option.font).size;
}

void TimelineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const {
    const Geometry g = geometry(index, rowWidth(option), option.font);
    const QPalette &palette = option.palette;
    const QPoint origin = option.rect.topLeft();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    if (!g.day.isEmpty()) {
        const QRect r = g.day.translated(origin);
        const QFont f = dayFont(option.font);
        const QString text = dayText(index.data(MessagesModel::ReceivedRole).toDate());
        const int textWidth = QFontMetrics(f).horizontalAdvance(text) + 24;
        const int mid = r.center().y();
        painter->setPen(separator(palette));
        painter->drawLine(r.left() + kSideMargin, mid, r.center().x() - textWidth / 2, mid);
        painter->drawLine(r.center().x() + textWidth / 2, mid, r.right() - kSideMargin, mid);
        painter->setFont(f);
        painter->setPen(secondaryText(palette));
        painter->drawText(r, Qt::AlignCenter, text);
    }

    const int author = index.data(MessagesModel::AuthorRole).toInt();
    if (!g.author.isEmpty()) {
        painter->setFont(authorFont(option.font));
        painter->setPen(secondaryText(palette));
        const QRect r = g.author.translated(origin);
        painter->drawText(r, (isAgent(index) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter,
                          QFontMetrics(painter->font())
                              .elidedText(authorName(author), Qt::ElideRight, r.width()));
    }

    const QRect bubble = g.bubble.translated(origin);
    const auto kind = MessagesModel::Kind(index.data(MessagesModel::KindRole).toInt());
    // Two fills rather than a stroked outline: stroking an antialiased path costs
    // more than the rest of the row.
    painter->setPen(Qt::NoPen);
    painter->setBrush(bubbleBorder(palette, Message::Author(author)));
    painter->drawRoundedRect(bubble, kRadius, kRadius);
    painter->setBrush(TimelineStyle::bubble(palette, Message::Author(author)));
    painter->drawRoundedRect(QRectF(bubble).adjusted(1, 1, -1, -1), kRadius - 1, kRadius - 1);
    painter->setBrush(Qt::NoBrush);

    const QRect content = g.content.translated(origin);
    const bool hovered = m_hovered.isValid() && m_hovered == index;
    switch (kind) {
    case MessagesModel::Kind::Text: {
        const Message m = index.data(MessagesModel::MessageRole).value<Message>();
        QPair<int, int> range{0, 0};
        if (m_selection)
            range = m_selection->rangeFor(index, int(m.content.size()));
        m_text.paint(painter, content.topLeft(), m, g.textWidth, text(palette), link(palette),
                     range.first, range.second, selection(palette), selectedText(palette));
        break;
    }
    case MessagesModel::Kind::Image:
        m_image.paint(painter, content, index.data(MessagesModel::MediaUrlRole).toUrl(),
                      index.data(MessagesModel::FileNameRole).toString(), hovered, palette,
                      option.font, painter->device() ? painter->device()->devicePixelRatioF() : 1);
        break;
    case MessagesModel::Kind::File: {
        const QUrl url = index.data(MessagesModel::MediaUrlRole).toUrl();
        const qint64 bytes = m_media ? m_media->byteSize(url) : -1;
        m_file.paint(painter, content, index.data(MessagesModel::FileNameRole).toString(),
                     index.data(MessagesModel::MimeTypeRole).toString(), bytes, hovered, palette,
                     option.font, option.widget);
        break;
    }
    }
    if (m_selection && kind != MessagesModel::Kind::Text && m_selection->contains(index)) {
        QColor veil = selection(palette);
        veil.setAlphaF(0.3f);
        painter->setPen(Qt::NoPen);
        painter->setBrush(veil);
        painter->drawRoundedRect(bubble, kRadius, kRadius);
        painter->setBrush(Qt::NoBrush);
    }

    painter->setFont(smallFont(option.font));
    painter->setPen(secondaryText(palette));
    painter->drawText(g.time.translated(origin),
                      (isAgent(index) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter,
                      timeText(index));

    if ((option.state & QStyle::State_HasFocus) && option.widget && option.widget->hasFocus()) {
        painter->setPen(QPen(palette.color(QPalette::Highlight), 1.5, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(bubble).adjusted(-2.5, -2.5, 2.5, 2.5), kRadius + 2,
                                 kRadius + 2);
    }
    painter->restore();
}

int TimelineDelegate::cursorAt(const QModelIndex &index, int width, const QFont &font,
                               QPoint point) const {
    const Geometry g = geometry(index, width, font);
    if (index.data(MessagesModel::KindRole).toInt() != int(MessagesModel::Kind::Text))
        return point.y() < g.bubble.center().y() ? 0 : 1;
    const Message m = index.data(MessagesModel::MessageRole).value<Message>();
    if (point.y() < g.content.top())
        return 0;
    if (point.y() > g.content.bottom())
        return int(m.content.size());
    return m_text.cursorAt(m, g.textWidth, point - g.content.topLeft());
}

QUrl TimelineDelegate::linkAt(const QModelIndex &index, int width, const QFont &font,
                              QPoint point) const {
    if (index.data(MessagesModel::KindRole).toInt() != int(MessagesModel::Kind::Text))
        return {};
    const Geometry g = geometry(index, width, font);
    if (!g.content.contains(point))
        return {};
    const Message m = index.data(MessagesModel::MessageRole).value<Message>();
    return m_text.linkAt(m, g.textWidth, point - g.content.topLeft());
}

bool TimelineDelegate::isOnAttachment(const QModelIndex &index, int width, const QFont &font,
                                      QPoint point) const {
    if (index.data(MessagesModel::KindRole).toInt() == int(MessagesModel::Kind::Text))
        return false;
    return geometry(index, width, font).content.contains(point);
}

bool TimelineDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                 const QStyleOptionViewItem &option, const QModelIndex &index) {
    if (!event || !view || !index.isValid() || event->type() != QEvent::ToolTip)
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const Geometry g = geometry(index, view->viewport()->width(), option.font);
    const QPoint p = event->pos() - option.rect.topLeft();
    QString tip;
    if (const QUrl url = linkAt(index, g.width, option.font, p); url.isValid()) {
        tip = url.toDisplayString();
    } else if (isOnAttachment(index, g.width, option.font, p)) {
        const QUrl url = index.data(MessagesModel::MediaUrlRole).toUrl();
        tip = tr("%1\n%2\nClick to open; right-click to save.")
                  .arg(index.data(MessagesModel::FileNameRole).toString(),
                       MessageFileHelper::detailText(
                           index.data(MessagesModel::MimeTypeRole).toString(),
                           m_media ? m_media->byteSize(url) : -1));
    } else if (g.bubble.united(g.time).contains(p) || g.author.contains(p)) {
        // The full date and time, in local time.
        tip = tr("%1, %2").arg(
            authorName(index.data(MessagesModel::AuthorRole).toInt()),
            QLocale().toString(index.data(MessagesModel::ReceivedRole).toDateTime(),
                               QLocale::LongFormat));
    }
    if (tip.isEmpty()) {
        QToolTip::hideText();
        return true;
    }
    QToolTip::showText(event->globalPos(), tip, view->viewport(),
                       g.bubble.translated(option.rect.topLeft()));
    return true;
}
