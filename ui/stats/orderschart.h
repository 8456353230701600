#pragma once

#include "chartpanel.h"

#include "stats/statsentry.h"

class QBarCategoryAxis;
class QBarSet;
class QHorizontalBarSeries;
class QValueAxis;

// Orders of the month by product category: horizontal bars of each category's share,
// largest on top, the month's order count in the title.
class OrdersChart : public ChartPanel {
    Q_OBJECT
public:
    explicit OrdersChart(QWidget *parent = nullptr);

    void setEntry(const StatsEntry &entry);
    QString toolTipAt(int row) const;
    int barCount() const { return int(m_shown.size()); }

protected:
    void colourSeries() override;

private:
    QList<StatsEntry::OrderCategory> m_shown; // top to bottom
    QHorizontalBarSeries *m_series;
    QBarSet *m_set;
    QBarCategoryAxis *m_categories;
    QValueAxis *m_values;
};
