#pragma once

#include "stats/statsfigures.h"

#include <QFrame>

class QLabel;

// One figure of the month, large, with its change against the previous month
// ("▲ +12 (+30 %) vs April"). Direction is shown by arrow and sign, not by colour
// alone: more requests is not "good" in red or green, it is more.
class FigureCard : public QFrame {
    Q_OBJECT
public:
    explicit FigureCard(StatsFigures::Figure figure, QWidget *parent = nullptr);

    StatsFigures::Figure figure() const { return m_figure; }
    // previousMonth names the month compared with ("April 2024"); empty when none.
    void setValue(const std::optional<StatsFigures::Value> &value, const QString &previousMonth);
    QString valueText() const;
    QString changeText() const;

private:
    StatsFigures::Figure m_figure;
    QLabel *m_title;
    QLabel *m_value;
    QLabel *m_change;
};
