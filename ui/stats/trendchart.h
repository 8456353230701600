#pragma once

#include "chartpanel.h"

#include "stats/monthstats.h"
#include "stats/statsfigures.h"
#include "stats/yearmonth.h"

#include <QHash>
#include <QList>

#include <optional>

class QCategoryAxis;
class QLineSeries;
class QValueAxis;

// One figure (requests, passes or new clients) month by month, a line for the
// enterprise and one per group. A month without figures (not loaded, failed) breaks
// the line there rather than drawing a made-up slope across it.
class TrendChart : public ChartPanel {
    Q_OBJECT
public:
    explicit TrendChart(StatsFigures::Figure figure, QWidget *parent = nullptr);

    StatsFigures::Figure figure() const { return m_figure; }
    // range: the months of the x axis; months: those known (any order).
    void setData(const QList<YearMonth> &range, const QList<MonthStats> &months,
                 const QHash<qint64, QString> &groupNames);
    // Lines drawn (scopes), each possibly in several pieces.
    int lineCount() const { return int(m_scopes.size()); }
    QString toolTipFor(int line, const YearMonth &month) const;
    // The scopes of the lines, in line order (line n has ChartStyle::seriesColor(n)).
    QList<std::optional<qint64>> scopes() const { return m_scopes; }
    QString scopeName(std::optional<qint64> scope) const;
    // Without it (a page with several trend charts shows one key for all of them).
    void setLegendShown(bool shown);

protected:
    void colourSeries() override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void labelMonths();

    StatsFigures::Figure m_figure;
    QList<YearMonth> m_range;
    QHash<YearMonth, MonthStats> m_months;
    QList<std::optional<qint64>> m_scopes;
    QHash<qint64, QString> m_groupNames;
    QList<QList<QLineSeries *>> m_pieces; // per scope
    QCategoryAxis *m_x;
    QValueAxis *m_y;
};
