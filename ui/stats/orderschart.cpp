#include "orderschart.h"

#include "chartstyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>

OrdersChart::OrdersChart(QWidget *parent)
    : ChartPanel(parent)
    , m_series(new QHorizontalBarSeries)
    , m_set(new QBarSet(tr("Share of orders")))
    , m_categories(new QBarCategoryAxis)
    , m_values(new QValueAxis) {
    setTitle(tr("Orders by category"));
    m_series->append(m_set);
    m_series->setBarWidth(0.7);
    chart()->addSeries(m_series);
    chart()->addAxis(m_categories, Qt::AlignLeft);
    chart()->addAxis(m_values, Qt::AlignBottom);
    m_series->attachAxis(m_categories);
    m_series->attachAxis(m_values);
    m_values->setLabelFormat(QStringLiteral("%.0f %%"));
    chart()->legend()->hide();
    // Names are cut to 16 characters here, after the share; Qt Charts 6.4 would shorten
    // changed labels from a stale width ("..." for all of them).
    m_categories->setTruncateLabels(false);
    // Qt Charts 6.4 reserves a few pixels too few for the widest category label and
    // draws its start past the chart's left edge: a wider left margin keeps it whole.
    QMargins margins = chart()->margins();
    margins.setLeft(margins.left() + 4 * fontMetrics().averageCharWidth());
    chart()->setMargins(margins);
    connect(m_series, &QHorizontalBarSeries::hovered, this, [this](bool on, int index) {
        showToolTip(on ? toolTipAt(int(m_shown.size()) - 1 - index) : QString());
    });
    restyle();
    setEntry({});
}

QString OrdersChart::toolTipAt(int row) const {
    if (row < 0 || row >= m_shown.size())
        return {};
    const StatsEntry::OrderCategory &c = m_shown.at(row);
    return tr("%1: %2 % of the orders")
        .arg(c.categoryName.isEmpty() ? tr("Category %1").arg(c.categoryId) : c.categoryName,
             QLocale().toString(c.percent, 'f', 2));
}

void OrdersChart::setEntry(const StatsEntry &entry) {
    m_shown = entry.orderCategories;
    std::stable_sort(m_shown.begin(), m_shown.end(),
                     [](const auto &a, const auto &b) { return a.percent > b.percent; });
    m_set->remove(0, m_set->count());
    m_categories->clear();
    const QLocale locale;
    chart()->setTitle(tr("Orders by category (%n order(s))", nullptr, int(entry.totalOrders)));
    if (m_shown.isEmpty()) {
        showEmptyState(entry.totalOrders > 0 ? tr("%n order(s), without a breakdown by category.",
                                                  nullptr, int(entry.totalOrders))
                                             : tr("No order this month."));
        return;
    }
    QStringList labels;
    QList<qreal> values;
    double max = 0;
    for (auto it = m_shown.crbegin(); it != m_shown.crend(); ++it) {
        QString name =
            it->categoryName.isEmpty() ? tr("Category %1").arg(it->categoryId) : it->categoryName;
        // Category labels must be unique on the axis: two categories of one name get ids.
        if (std::count_if(m_shown.cbegin(), m_shown.cend(),
                          [&](const auto &c) { return c.categoryName == it->categoryName; })
            > 1)
            name += QStringLiteral(" (%1)").arg(it->categoryId);
        // The share first: when Qt Charts shortens a long label, it cuts the end, which
        // is then the name, never the figure (the tooltip has both whole).
        if (name.size() > 16)
            name = name.left(15) + QStringLiteral("…");
        labels.append(tr("%1 %  %2").arg(locale.toString(it->percent, 'f', 2), name));
        values.append(it->percent);
        max = qMax(max, it->percent);
    }
    m_categories->append(labels);
    m_set->append(values);
    m_values->setRange(0, qMin(100.0, max * 1.05 + 1));
    m_values->applyNiceNumbers();
    setMinimumHeight(qMax(160, int(m_shown.size()) * (fontMetrics().height() + 6) + 80));
    showChart();
}

void OrdersChart::colourSeries() {
    m_set->setColor(ChartStyle::seriesColor(1, palette()));
    m_set->setBorderColor(ChartStyle::seriesColor(1, palette()));
}
