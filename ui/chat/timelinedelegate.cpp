#include "timelinedelegate.h"

#include "chat/mediacache.h"
#include "chat/messagesmodel.h"
#include "chat/timelinerowsmodel.h"
#include "shell/statepalette.h"
#include "storage/outboxitem.h"
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
    const MessagesModel *direct = nullptr;
    if (m_model && index.model() == m_model)
        direct = m_model;
    else if (m_rows && index.model() == m_rows && !m_rows->isPending(index.row()))
        direct = m_rows->messages();
    if (direct) {
        r.direct = &direct->messageAt(index.row());
        r.firstOfDay = direct->isFirstOfDay(index.row());
        r.grouped = direct->isGrouped(index.row());
        r.kind = int(MessagesModel::kindOf(r.message()));
    } else {
        r.copy = index.data(MessagesModel::MessageRole).value<Message>();
        r.firstOfDay = index.data(MessagesModel::FirstOfDayRole).toBool();
        r.grouped = index.data(MessagesModel::GroupedRole).toBool();
        r.pending = index.data(TimelineRowsModel::PendingRole).toBool();
        r.kind = r.pending ? index.data(MessagesModel::KindRole).toInt()
                           : int(MessagesModel::kindOf(r.message()));
    }
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
    if (row.pending) {
        // The state under the bubble, on its side; a failed item's reason on the whole
        // width, its Retry and Discard buttons (an index widget) under it.
        const bool failed = index.data(TimelineRowsModel::OutboxStateRole).toInt()
                            == int(OutboxItem::State::Failed);
        y += 2;
        const int h = failed ? m_metrics.small + 4 + m_actionsSize.height() : m_metrics.small + 6;
        const int statusWidth = failed ? available : qMax(bubble.width(), available / 2);
        g.status =
            QRect(agent ? width - kSideMargin - statusWidth : kSideMargin, y, statusWidth, h);
        if (failed) {
            const QSize a = m_actionsSize;
            const int top = y + m_metrics.small + 4;
            g.actions = agent ? QRect(g.status.right() - a.width() + 1, top, a.width(), a.height())
                              : QRect(g.status.left(), top, a.width(), a.height());
        }
        y += h + 2;
    }
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
    const bool pending = !g.status.isEmpty();
    const bool failed =
        pending
        && index.data(TimelineRowsModel::OutboxStateRole).toInt() == int(OutboxItem::State::Failed);
    // Not sent yet: the bubble is drawn faded until the message is in the conversation.
    if (pending && !failed)
        painter->setOpacity(0.6);
    // Two fills rather than a stroked outline: stroking an antialiased path costs
    // more than the rest of the row.
    painter->setPen(Qt::NoPen);
    painter->setBrush(failed ? StatePalette::error(palette)
                             : bubbleBorder(palette, Message::Author(author)));
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
        const qint64 bytes = pending   ? index.data(TimelineRowsModel::FileSizeRole).toLongLong()
                             : m_media ? m_media->byteSize(url)
                                       : -1;
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
    painter->setOpacity(1.0);
    if (pending)
        paintStatus(painter, option, index, g);

    if ((option.state & QStyle::State_HasFocus) && option.widget && option.widget->hasFocus()) {
        painter->setPen(QPen(palette.color(QPalette::Highlight), 1.5, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(bubble).adjusted(-2.5, -2.5, 2.5, 2.5), kRadius + 2,
                                 kRadius + 2);
    }
    painter->restore();
}

void TimelineDelegate::paintStatus(QPainter *painter, const QStyleOptionViewItem &option,
                                   const QModelIndex &index, const Geometry &g) const {
    const QRect r = g.status.translated(option.rect.topLeft());
    const auto state = OutboxItem::State(index.data(TimelineRowsModel::OutboxStateRole).toInt());
    const bool agent = isAgent(index);
    const QFont f = smallFont(option.font);
    painter->setFont(f);
    const int lineHeight = QFontMetrics(f).height();
    const QRect text(r.left(), r.top(), r.width(), lineHeight);
    painter->setPen(state == OutboxItem::State::Failed ? StatePalette::error(option.palette)
                                                       : secondaryText(option.palette));
    painter->drawText(
        text, (agent ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter,
        QFontMetrics(f).elidedText(index.data(TimelineRowsModel::StatusTextRole).toString(),
                                   Qt::ElideRight, text.width()));
    const qint64 total = index.data(TimelineRowsModel::TotalBytesRole).toLongLong();
    if (state == OutboxItem::State::Uploading && total > 0) {
        const qint64 sent = index.data(TimelineRowsModel::SentBytesRole).toLongLong();
        const QRect bar(g.bubble.left() + option.rect.left(), text.bottom() + 2, g.bubble.width(),
                        3);
        painter->setPen(Qt::NoPen);
        painter->setBrush(separator(option.palette));
        painter->drawRoundedRect(bar, 1.5, 1.5);
        QRect done = bar;
        done.setWidth(
            int(double(bar.width()) * double(qBound<qint64>(0, sent, total)) / double(total)));
        painter->setBrush(option.palette.color(QPalette::Highlight));
        painter->drawRoundedRect(done, 1.5, 1.5);
        painter->setBrush(Qt::NoBrush);
    }
}

void TimelineDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                            const QModelIndex &index) const {
    const Geometry g = geometry(index, rowWidth(option), option.font);
    if (g.actions.isEmpty()) {
        editor->setGeometry(QRect(option.rect.topLeft(), QSize(0, 0)));
        return;
    }
    editor->setGeometry(g.actions.translated(option.rect.topLeft()));
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
    if (index.data(MessagesModel::KindRole).toInt() == int(MessagesModel::Kind::Text)
        || index.data(TimelineRowsModel::PendingRole).toBool())
        return false; // not on the server yet: nothing to open
    return geometry(index, width, font).content.contains(point);
}

bool TimelineDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                 const QStyleOptionViewItem &option, const QModelIndex &index) {
    if (!event || !view || !index.isValid() || event->type() != QEvent::ToolTip)
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const Geometry g = geometry(index, view->viewport()->width(), option.font);
    const QPoint p = event->pos() - option.rect.topLeft();
    QString tip;
    if (g.status.contains(p)) {
        // An unsent item's state, whole (the line may be elided).
        tip = index.data(TimelineRowsModel::StatusTextRole).toString();
    } else if (const QUrl url = linkAt(index, g.width, option.font, p); url.isValid()) {
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
