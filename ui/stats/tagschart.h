#pragma once

#include "chartpanel.h"

#include "stats/statsentry.h"

#include <QList>
#include <QStringList>

class QBarCategoryAxis;
class QBarSet;
class QHorizontalBarSeries;
class QValueAxis;

// The conversation tags of a month as horizontal bars, the most used on top, each
// with its exact share as a label and in its tooltip. Tags at 0 % can be hidden;
// a month with no tagged conversation shows a sentence instead of 21 empty bars.
class TagsChart : public ChartPanel {
    Q_OBJECT
public:
    explicit TagsChart(QWidget *parent = nullptr);

    void setTags(const QList<StatsEntry::TagShare> &tags);
    void setHideZeros(bool hide);
    bool hideZeros() const { return m_hideZeros; }

    // Readable names as shown, top to bottom.
    QStringList shownLabels() const;
    // The tooltip of the bar at row (0 = top).
    QString toolTipAt(int row) const;

protected:
    void colourSeries() override;

private:
    void rebuild();

    QList<StatsEntry::TagShare> m_tags;
    QList<StatsEntry::TagShare> m_shown; // top to bottom
    bool m_hideZeros = false;
    QHorizontalBarSeries *m_series;
    QBarSet *m_set;
    QBarCategoryAxis *m_categories;
    QValueAxis *m_values;
};
