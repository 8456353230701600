#pragma once

#include "stats/monthstats.h"

#include <QList>
#include <QWidget>

#include <optional>

class FigureCard;
class GenderChart;
class OrdersChart;
class QCheckBox;
class TagsChart;

// The month at a glance, for the enterprise or one group: five figure cards with the
// change against the month before, the gender donut, the orders by category and the
// tags (zeros can be hidden).
class StatsMonthView : public QWidget {
    Q_OBJECT
public:
    explicit StatsMonthView(QWidget *parent = nullptr);

    // month null: nothing loaded yet (the cards say so, the charts are empty).
    void showMonth(const MonthStats *month, const MonthStats *previous,
                   std::optional<qint64> scope);

    QList<FigureCard *> cards() const { return m_cards; }
    TagsChart *tagsChart() const { return m_tags; }
    GenderChart *genderChart() const { return m_gender; }
    OrdersChart *ordersChart() const { return m_orders; }
    QCheckBox *hideZerosBox() const { return m_hideZeros; }

private:
    QList<FigureCard *> m_cards;
    GenderChart *m_gender;
    OrdersChart *m_orders;
    TagsChart *m_tags;
    QCheckBox *m_hideZeros;
};
