#pragma once

#include "chartpanel.h"

#include "stats/statsentry.h"

class QPieSeries;

// The gender split of the month's registered clients as a donut: women, men, unknown,
// each slice with its share, the tooltip with the share and the head count.
class GenderChart : public ChartPanel {
    Q_OBJECT
public:
    explicit GenderChart(QWidget *parent = nullptr);

    void setEntry(const StatsEntry &entry);
    // Women, Men, Unknown.
    QString toolTipAt(int slice) const;
    int sliceCount() const;

protected:
    void colourSeries() override;

private:
    QPieSeries *m_series;
    StatsEntry m_entry;
};
