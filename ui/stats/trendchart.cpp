#include "trendchart.h"

#include "chartstyle.h"

#include <QCategoryAxis>
#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include <cmath>

namespace {
// Months are evenly spaced categories (x = the month's index in the range): a time
// axis puts its ticks at even durations, which never fall on month starts.
QString shortMonth(const YearMonth &m) {
    return QLocale().toString(m.firstDay(), QStringLiteral("MMM yy"));
}
} // namespace

TrendChart::TrendChart(StatsFigures::Figure figure, QWidget *parent)
    : ChartPanel(parent)
    , m_figure(figure)
    , m_x(new QCategoryAxis)
    , m_y(new QValueAxis) {
    switch (figure) {
    case StatsFigures::Figure::Requests:
        setTitle(tr("Requests per month"));
        break;
    case StatsFigures::Figure::Passes:
        setTitle(tr("Passes used per month"));
        break;
    case StatsFigures::Figure::Clients:
        setTitle(tr("New clients per month"));
        break;
    default:
        setTitle(StatsFigures::title(figure));
        break;
    }
    m_x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_x->setTruncateLabels(false);
    m_y->setLabelFormat(QStringLiteral("%d"));
    // Figures whole, never "...": Qt Charts cuts labels it finds too tall for a short
    // chart, so the chart keeps the height of three labelled ticks.
    m_y->setTruncateLabels(false);
    m_y->setTickCount(3);
    m_y->setMin(0);
    setMinimumHeight(9 * fontMetrics().height());
    chart()->addAxis(m_x, Qt::AlignBottom);
    chart()->addAxis(m_y, Qt::AlignLeft);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    restyle();
    setData({}, {}, {});
}

QString TrendChart::scopeName(std::optional<qint64> scope) const {
    if (!scope)
        return tr("Whole enterprise");
    const QString name = m_groupNames.value(*scope);
    return name.isEmpty() ? tr("Group %1").arg(*scope) : name;
}

QString TrendChart::toolTipFor(int line, const YearMonth &month) const {
    if (line < 0 || line >= m_scopes.size() || !m_months.contains(month))
        return {};
    const StatsEntry *e = m_months.value(month).entry(m_scopes.at(line));
    if (!e)
        return {};
    const QLocale locale;
    return tr("%1, %2: %3 %4")
        .arg(scopeName(m_scopes.at(line)),
             locale.toString(month.firstDay(), QStringLiteral("MMMM yyyy")),
             StatsFigures::valueText(m_figure, StatsFigures::valueOf(m_figure, *e)),
             StatsFigures::title(m_figure).toLower());
}

void TrendChart::setData(const QList<YearMonth> &range, const QList<MonthStats> &months,
                         const QHash<qint64, QString> &groupNames) {
    m_range = range;
    m_groupNames = groupNames;
    m_months.clear();
    const QList<std::optional<qint64>> scopesBefore = m_scopes;
    m_scopes.clear();
    for (const MonthStats &m : months) {
        m_months.insert({m.year, m.month}, m);
        for (const StatsEntry &e : m.entries) {
            if (!m_scopes.contains(e.groupId))
                m_scopes.append(e.groupId);
        }
    }
    // The points of each line, cut where a month is missing.
    bool any = false;
    double max = 0;
    QList<QList<QList<QPointF>>> lines;
    for (int line = 0; line < m_scopes.size(); ++line) {
        QList<QList<QPointF>> pieces;
        bool open = false;
        for (int i = 0; i < m_range.size(); ++i) {
            const YearMonth &month = m_range.at(i);
            const StatsEntry *e =
                m_months.contains(month) ? m_months[month].entry(m_scopes.at(line)) : nullptr;
            if (!e) {
                open = false; // a gap
                continue;
            }
            if (!open)
                pieces.append(QList<QPointF>());
            open = true;
            const double v = StatsFigures::valueOf(m_figure, *e);
            pieces.last().append(QPointF(qreal(i), v));
            max = qMax(max, v);
            any = true;
        }
        lines.append(pieces);
    }
    // Same lines in the same pieces as drawn: new points only (adding and removing
    // series is what costs in Qt Charts: 21 lines on three charts, redrawn as months come).
    bool sameShape = lines.size() == m_pieces.size();
    for (int line = 0; sameShape && line < lines.size(); ++line)
        sameShape = lines.at(line).size() == m_pieces.at(line).size();
    if (sameShape && scopesBefore == m_scopes) {
        for (int line = 0; line < lines.size(); ++line) {
            for (int p = 0; p < lines.at(line).size(); ++p) {
                m_pieces[line][p]->replace(lines.at(line).at(p));
                m_pieces[line][p]->setName(scopeName(m_scopes.at(line)));
            }
        }
    } else {
        chart()->removeAllSeries();
        m_pieces.clear();
        for (int line = 0; line < lines.size(); ++line) {
            QList<QLineSeries *> pieces;
            for (const QList<QPointF> &points : lines.at(line)) {
                auto *series = new QLineSeries;
                series->setName(scopeName(m_scopes.at(line)));
                series->setPointsVisible(true);
                series->replace(points);
                connect(series, &QLineSeries::hovered, this,
                        [this, line](const QPointF &point, bool on) {
                            const int i = qRound(point.x());
                            showToolTip(on && i >= 0 && i < m_range.size()
                                            ? toolTipFor(line, m_range.at(i))
                                            : QString());
                        });
                chart()->addSeries(series);
                series->attachAxis(m_x);
                series->attachAxis(m_y);
                pieces.append(series);
            }
            // One legend entry per line, not per piece.
            for (int i = 1; i < pieces.size(); ++i) {
                const QList<QLegendMarker *> markers = chart()->legend()->markers(pieces.at(i));
                for (QLegendMarker *marker : markers)
                    marker->setVisible(false);
            }
            m_pieces.append(pieces);
        }
    }
    if (!any || m_range.isEmpty()) {
        showEmptyState(m_range.isEmpty() ? tr("Choose the months to show.")
                                         : tr("No month of this range could be loaded yet."));
        return;
    }
    labelMonths();
    m_x->setRange(-0.3, qreal(m_range.size() - 1) + 0.3);
    m_y->setRange(0, qMax(4.0, std::ceil(max * 1.1)));
    m_y->applyNiceNumbers();
    colourSeries();
    showChart();
}

void TrendChart::colourSeries() {
    for (int line = 0; line < m_pieces.size(); ++line) {
        QPen pen(ChartStyle::seriesColor(line, palette()));
        pen.setWidthF(line == 0 ? 3.0 : 2.0); // the enterprise's line stands out
        for (QLineSeries *s : m_pieces.at(line)) {
            s->setPen(pen);
            s->setColor(pen.color());
        }
    }
}

void TrendChart::setLegendShown(bool shown) {
    chart()->legend()->setVisible(shown);
}

void TrendChart::resizeEvent(QResizeEvent *event) {
    ChartPanel::resizeEvent(event);
    labelMonths();
}

// As many month labels as fit side by side: every month, else every other one...
void TrendChart::labelMonths() {
    const QStringList old = m_x->categoriesLabels();
    for (const QString &label : old)
        m_x->remove(label);
    if (m_range.isEmpty())
        return;
    const int labelWidth = fontMetrics().horizontalAdvance(shortMonth(m_range.first())) + 14;
    const int room = qMax(2, (width() > 60 ? width() - 60 : 740) / labelWidth);
    const int step = qMax(1, int((m_range.size() + room - 1) / room));
    for (int i = 0; i < m_range.size(); i += step)
        m_x->append(shortMonth(m_range.at(i)), qreal(i));
}
