#include "chartpanel.h"

#include "chartstyle.h"

#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QCursor>
#include <QEvent>
#include <QGraphicsLayout>
#include <QLabel>
#include <QLegend>
#include <QPainter>
#include <QStackedLayout>
#include <QSvgGenerator>
#include <QToolTip>

ChartPanel::ChartPanel(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart))
    , m_empty(new QLabel)
    , m_stack(new QStackedLayout(this)) {
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->setMargins(QMargins(6, 6, 6, 6));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setAutoFillBackground(true);
    m_empty->setBackgroundRole(QPalette::Base);
    m_empty->setMargin(12);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    ChartStyle::apply(m_chart, palette());
}

ChartPanel::~ChartPanel() = default;

bool ChartPanel::isShowingEmptyState() const {
    return m_stack->currentWidget() == m_empty;
}

QString ChartPanel::emptyText() const {
    return isShowingEmptyState() ? m_empty->text() : QString();
}

void ChartPanel::setTitle(const QString &title) {
    m_title = title;
    m_chart->setTitle(title);
    m_view->setAccessibleName(title);
    m_empty->setAccessibleName(title);
}

void ChartPanel::showEmptyState(const QString &text) {
    m_empty->setText(
        m_title.isEmpty()
            ? text
            : QStringLiteral("<b>%1</b><br>%2").arg(m_title.toHtmlEscaped(), text.toHtmlEscaped()));
    m_empty->setAccessibleDescription(text);
    m_stack->setCurrentWidget(m_empty);
}

void ChartPanel::showChart() {
    m_stack->setCurrentWidget(m_view);
}

void ChartPanel::restyle() {
    ChartStyle::apply(m_chart, palette());
    colourSeries();
}

void ChartPanel::changeEvent(QEvent *event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        restyle();
}

void ChartPanel::showToolTip(const QString &text) {
    if (text.isEmpty()) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(QCursor::pos(), text, m_view);
    Q_EMIT toolTipShown(text);
}

void ChartPanel::paintTo(QPainter *painter, const QRectF &target) {
    painter->save();
    painter->setClipRect(target);
    painter->fillRect(target, palette().color(QPalette::Base));
    if (isShowingEmptyState()) {
        QFont bold = font();
        bold.setBold(true);
        painter->setPen(palette().color(QPalette::Text));
        const QRectF inner = target.adjusted(12, 12, -12, -12);
        painter->setFont(bold);
        QRectF titleRect;
        painter->drawText(inner, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_title,
                          &titleRect);
        painter->setFont(font());
        painter->setPen(palette().color(QPalette::PlaceholderText));
        painter->drawText(inner, Qt::AlignCenter | Qt::TextWordWrap,
                          m_empty->accessibleDescription());
    } else {
        // The chart laid out at the target's size, then put back as it was.
        const QSizeF before = m_chart->size();
        const QPointF pos = m_chart->pos();
        m_chart->setGeometry(QRectF(QPointF(0, 0), target.size()));
        // Size hints (the legend's above all) may date from before the last labels, and
        // the chart's items lay out on posted layout requests: only those are run here.
        if (m_chart->legend()->layout())
            m_chart->legend()->layout()->invalidate();
        m_chart->layout()->invalidate();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        m_chart->layout()->activate();
        painter->setRenderHint(QPainter::Antialiasing);
        m_chart->scene()->render(painter, target, QRectF(QPointF(0, 0), target.size()));
        m_chart->setGeometry(QRectF(pos, before));
        m_chart->layout()->activate();
    }
    painter->restore();
}

QSize ChartPanel::exportSize(QSize size) const {
    if (size.isValid() && !size.isEmpty())
        return size;
    return isVisible() && width() > 50 && height() > 50 ? this->size() : QSize(800, 450);
}

QImage ChartPanel::toImage(QSize size, qreal devicePixelRatio) {
    size = exportSize(size);
    QImage image(size * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(palette().color(QPalette::Base));
    QPainter painter(&image);
    paintTo(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();
    return image;
}

bool ChartPanel::savePng(const QString &path, QString *error, QSize size) {
    if (toImage(size).save(path, "PNG"))
        return true;
    if (error)
        *error = tr("The image %1 cannot be written.").arg(path);
    return false;
}

bool ChartPanel::saveSvg(const QString &path, QString *error, QSize size) {
    size = exportSize(size);
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setTitle(m_title);
    svg.setDescription(tr("Jobbers Back Office statistics"));
    QPainter painter;
    if (!painter.begin(&svg)) {
        if (error)
            *error = tr("The image %1 cannot be written.").arg(path);
        return false;
    }
    paintTo(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    return painter.end();
}
