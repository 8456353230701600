#include "genderchart.h"

#include "chartstyle.h"

#include <QChart>
#include <QFontMetricsF>
#include <QLegend>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>

#include <cmath>

namespace {
QString sliceName(int i) {
    switch (i) {
    case 0:
        return GenderChart::tr("Women");
    case 1:
        return GenderChart::tr("Men");
    default:
        return GenderChart::tr("Unknown");
    }
}
} // namespace

GenderChart::GenderChart(QWidget *parent)
    : ChartPanel(parent)
    , m_series(new QPieSeries) {
    setTitle(tr("Clients by gender"));
    m_series->setPieSize(0.58);
    m_series->setHoleSize(0.3);
    chart()->addSeries(m_series);
    // Each slice labelled by its side ("Women 12,5 %"), no legend: Qt Charts cuts legend
    // entries short ("Unknown 67....", "Wom...") however much room there is.
    chart()->legend()->hide();
    // Room for the labels by the slices, whatever the width: the pie shrinks instead.
    connect(chart(), &QChart::plotAreaChanged, this, [this](const QRectF &area) {
        qreal label = 0;
        const QFontMetricsF metrics(chart()->font());
        for (const QPieSlice *slice : m_series->slices())
            label = qMax(label, metrics.horizontalAdvance(slice->label()));
        const qreal side = qMin(area.width() - 2 * (label + 24), area.height() * 0.8);
        const qreal size = qBound(0.3, side / qMax(1.0, qMin(area.width(), area.height())), 0.62);
        if (qAbs(size - m_series->pieSize()) > 0.01) {
            m_series->setHoleSize(0); // never larger than the pie, even for a moment
            m_series->setPieSize(size);
            m_series->setHoleSize(size / 2);
        }
    });
    connect(m_series, &QPieSeries::hovered, this, [this](QPieSlice *slice, bool on) {
        showToolTip(on ? toolTipAt(int(m_series->slices().indexOf(slice))) : QString());
    });
    setEntry({});
}

int GenderChart::sliceCount() const {
    return int(m_series->count());
}

QString GenderChart::toolTipAt(int slice) const {
    const double shares[] = {m_entry.percentageFemaleClients, m_entry.percentageMaleClients,
                             m_entry.percentageUnknownClients};
    if (slice < 0 || slice > 2)
        return {};
    const QLocale locale;
    const qint64 people = std::llround(shares[slice] * double(m_entry.totalClients) / 100.0);
    return tr("%1: %2 % (%n client(s))", nullptr, int(people))
        .arg(sliceName(slice), locale.toString(shares[slice], 'f', 2));
}

void GenderChart::setEntry(const StatsEntry &entry) {
    m_entry = entry;
    // Out of the chart while its slices change: legend markers made for the new labels
    // get sized for them (markers kept across a label change keep their old width).
    chart()->removeSeries(m_series);
    m_series->clear();
    const double sum = entry.percentageFemaleClients + entry.percentageMaleClients
                       + entry.percentageUnknownClients;
    if (entry.totalClients <= 0 || sum <= 0) {
        chart()->addSeries(m_series);
        showEmptyState(tr("No registered client yet."));
        return;
    }
    const QLocale locale;
    const double shares[] = {entry.percentageFemaleClients, entry.percentageMaleClients,
                             entry.percentageUnknownClients};
    for (int i = 0; i < 3; ++i) {
        QPieSlice *slice = m_series->append(
            QStringLiteral("%1 %2\u00a0%").arg(sliceName(i), locale.toString(shares[i], 'f', 1)),
            shares[i]);
        slice->setLabelVisible(shares[i] > 0);
        slice->setLabelPosition(QPieSlice::LabelOutside);
        slice->setLabelArmLengthFactor(0.1);
    }
    chart()->addSeries(m_series);
    chart()->setTitle(tr("Clients by gender (%1)").arg(locale.toString(entry.totalClients)));
    colourSeries();
    showChart();
}

void GenderChart::colourSeries() {
    const QList<QPieSlice *> slices = m_series->slices();
    for (int i = 0; i < slices.size(); ++i) {
        const QColor c =
            i == 2 ? ChartStyle::neutralColor(palette()) : ChartStyle::seriesColor(i, palette());
        slices.at(i)->setColor(c);
        slices.at(i)->setBorderColor(palette().color(QPalette::Base));
        slices.at(i)->setLabelColor(ChartStyle::textColor(palette()));
    }
}
