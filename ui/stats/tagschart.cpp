#include "tagschart.h"

#include "chartstyle.h"

#include "stats/statstagnames.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>

TagsChart::TagsChart(QWidget *parent)
    : ChartPanel(parent)
    , m_series(new QHorizontalBarSeries)
    , m_set(new QBarSet(tr("Share of conversations")))
    , m_categories(new QBarCategoryAxis)
    , m_values(new QValueAxis) {
    setTitle(tr("Conversation tags"));
    m_series->append(m_set);
    // The exact share is in the category's label, in the user's locale ("82,61 %"):
    // Qt Charts' own bar labels print a C-locale "82.61".
    m_series->setBarWidth(0.7);
    chart()->addSeries(m_series);
    chart()->addAxis(m_categories, Qt::AlignLeft);
    chart()->addAxis(m_values, Qt::AlignBottom);
    m_series->attachAxis(m_categories);
    m_series->attachAxis(m_values);
    m_values->setLabelFormat(QStringLiteral("%.0f %%"));
    chart()->legend()->hide();
    // Tag names are ours and short; Qt Charts 6.4 shortens category labels from a stale
    // width when they change ("..." for every tag), so never.
    m_categories->setTruncateLabels(false);
    connect(m_series, &QHorizontalBarSeries::hovered, this, [this](bool on, int index) {
        // Bars are added bottom to top.
        showToolTip(on ? toolTipAt(int(m_shown.size()) - 1 - index) : QString());
    });
    restyle();
    rebuild();
}

void TagsChart::setTags(const QList<StatsEntry::TagShare> &tags) {
    m_tags = tags;
    rebuild();
}

void TagsChart::setHideZeros(bool hide) {
    if (hide == m_hideZeros)
        return;
    m_hideZeros = hide;
    rebuild();
}

QStringList TagsChart::shownLabels() const {
    QStringList out;
    for (const StatsEntry::TagShare &t : m_shown)
        out.append(StatsTagNames::label(t.tagName));
    return out;
}

QString TagsChart::toolTipAt(int row) const {
    if (row < 0 || row >= m_shown.size())
        return {};
    const StatsEntry::TagShare &t = m_shown.at(row);
    return tr("%1: %2 % of the month's conversations")
        .arg(StatsTagNames::label(t.tagName), QLocale().toString(t.percent, 'f', 2));
}

void TagsChart::rebuild() {
    m_shown.clear();
    bool anyUsed = false;
    for (const StatsEntry::TagShare &t : m_tags) {
        anyUsed = anyUsed || t.percent > 0;
        if (!m_hideZeros || t.percent > 0)
            m_shown.append(t);
    }
    // Most used first; equal shares keep the API's order.
    std::stable_sort(m_shown.begin(), m_shown.end(),
                     [](const auto &a, const auto &b) { return a.percent > b.percent; });
    if (!anyUsed) {
        m_set->remove(0, m_set->count());
        m_categories->clear();
        setMinimumHeight(120);
        showEmptyState(m_tags.isEmpty() ? tr("No tag figures for this month.")
                                        : tr("No conversation was tagged this month."));
        return;
    }
    QStringList labels;
    QList<qreal> values;
    double max = 0;
    const QLocale locale;
    for (auto it = m_shown.crbegin(); it != m_shown.crend(); ++it) {
        labels.append(
            tr("%1  %2 %")
                .arg(StatsTagNames::label(it->tagName), locale.toString(it->percent, 'f', 2)));
        values.append(it->percent);
        max = qMax(max, it->percent);
    }
    m_set->remove(0, m_set->count());
    m_categories->clear();
    m_categories->append(labels);
    m_set->append(values);
    // Room for the value labels after the longest bar.
    m_values->setRange(0, qMin(100.0, max * 1.05 + 1));
    m_values->applyNiceNumbers();
    // A bar per line of text at least: squeezed, Qt Charts drops every other label.
    setMinimumHeight(qMax(160, int(m_shown.size()) * (fontMetrics().height() + 6) + 80));
    showChart();
}

void TagsChart::colourSeries() {
    m_set->setColor(ChartStyle::seriesColor(0, palette()));
    m_set->setBorderColor(ChartStyle::seriesColor(0, palette()));
}
