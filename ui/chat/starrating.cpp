#include "starrating.h"

#include <QAccessible>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

namespace {
constexpr int kStars = 5;

QPainterPath starPath(const QRectF &r) {
    QPainterPath path;
    const QPointF c = r.center();
    const qreal outer = r.width() / 2;
    const qreal inner = outer * 0.45;
    for (int i = 0; i < 10; ++i) {
        const qreal angle = -M_PI / 2 + i * M_PI / 5;
        const qreal radius = i % 2 ? inner : outer;
        const QPointF p(c.x() + radius * qCos(angle), c.y() + radius * qSin(angle));
        if (i == 0)
            path.moveTo(p);
        else
            path.lineTo(p);
    }
    path.closeSubpath();
    return path;
}
} // namespace

StarRating::StarRating(QWidget *parent)
    : QWidget(parent) {
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setCursor(Qt::PointingHandCursor);
    setAccessibleName(tr("Rating"));
    updateAccessibleText();
}

void StarRating::setRating(int rating) {
    rating = qBound(0, rating, kStars);
    if (rating == m_rating)
        return;
    m_rating = rating;
    updateAccessibleText();
    update();
    Q_EMIT ratingChanged(rating);
}

void StarRating::setReadOnly(bool readOnly) {
    m_readOnly = readOnly;
    setCursor(readOnly ? Qt::ArrowCursor : Qt::PointingHandCursor);
    update();
}

void StarRating::updateAccessibleText() {
    const QString text = m_rating == 0 ? tr("Not rated") : tr("%1 of 5 stars").arg(m_rating);
    setAccessibleDescription(text);
    setToolTip(m_readOnly ? text : text + QLatin1Char('\n') + tr("Click a star or type 0 to 5"));
    QAccessibleValueChangeEvent event(this, m_rating);
    QAccessible::updateAccessibility(&event);
}

QSize StarRating::sizeHint() const {
    const int s = qMax(16, fontMetrics().height() + 2);
    return {kStars * (s + 2) + 4, s + 4};
}

int StarRating::starAt(const QPoint &pos) const {
    const int s = height() - 4;
    const int i = (pos.x() - 2) / (s + 2);
    return i >= 0 && i < kStars ? i : -1;
}

void StarRating::paintEvent(QPaintEvent *) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const int s = height() - 4;
    const int shown = m_hover >= 0 && !m_readOnly ? m_hover + 1 : m_rating;
    const QColor on = palette().color(QPalette::Highlight);
    const QColor off =
        palette().color(isEnabled() ? QPalette::Active : QPalette::Disabled, QPalette::WindowText);
    for (int i = 0; i < kStars; ++i) {
        const QRectF r(2 + i * (s + 2), 2, s, s);
        const QPainterPath star = starPath(r);
        if (i < shown)
            p.fillPath(star, on);
        p.setPen(QPen(i < shown ? on : off, 1.2));
        p.drawPath(star);
    }
    if (hasFocus()) {
        p.setPen(QPen(palette().color(QPalette::Highlight), 1, Qt::DotLine));
        p.setBrush(Qt::NoBrush);
        p.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

void StarRating::edit(int rating) {
    rating = qBound(0, rating, kStars);
    if (m_readOnly || rating == m_rating)
        return;
    setRating(rating);
    Q_EMIT ratingEdited(rating);
}

void StarRating::mousePressEvent(QMouseEvent *event) {
    const int star = starAt(event->position().toPoint());
    if (event->button() != Qt::LeftButton || star < 0)
        return QWidget::mousePressEvent(event);
    // The current rating clicked again clears it.
    edit(star + 1 == m_rating ? 0 : star + 1);
}

void StarRating::mouseMoveEvent(QMouseEvent *event) {
    const int star = starAt(event->position().toPoint());
    if (star != m_hover) {
        m_hover = star;
        update();
    }
}

void StarRating::leaveEvent(QEvent *) {
    m_hover = -1;
    update();
}

void StarRating::keyPressEvent(QKeyEvent *event) {
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Down:
        edit(m_rating - 1);
        return;
    case Qt::Key_Right:
    case Qt::Key_Up:
        edit(m_rating + 1);
        return;
    case Qt::Key_Home:
        edit(0);
        return;
    case Qt::Key_End:
        edit(kStars);
        return;
    default:
        break;
    }
    if (event->key() >= Qt::Key_0 && event->key() <= Qt::Key_5) {
        edit(event->key() - Qt::Key_0);
        return;
    }
    QWidget::keyPressEvent(event);
}
