#include "chartstyle.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>

namespace {
// After Okabe & Ito's colour-blind-safe set, darkened where needed so that every
// colour has a contrast of at least 3:1 (WCAG, graphics) on white; yellow left out.
const QRgb kLight[] = {0x0072B2, 0xB36B00, 0x008060, 0xD55E00, 0xAA4499, 0x5B4FA8, 0x7A6A00};
const QRgb kDark[] = {0x56B4E9, 0xF0B94A, 0x2FCB9E, 0xFF8A4C, 0xE7A6D0, 0x9AD3F5, 0xF0E442};
} // namespace

bool ChartStyle::isDark(const QPalette &palette) {
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor ChartStyle::textColor(const QPalette &palette) {
    return palette.color(QPalette::Text);
}

QColor ChartStyle::neutralColor(const QPalette &palette) {
    return isDark(palette) ? QColor(0x9E9E9E) : QColor(0x8A8A8A);
}

QColor ChartStyle::seriesColor(int n, const QPalette &palette) {
    const int count = int(std::size(kLight));
    const int i = ((n % count) + count) % count;
    return QColor(isDark(palette) ? kDark[i] : kLight[i]);
}

void ChartStyle::apply(QChart *chart, const QPalette &palette) {
    chart->setTheme(isDark(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundRoundness(0);
    chart->setPlotAreaBackgroundVisible(false);
    const QColor text = textColor(palette);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    QColor grid = palette.color(QPalette::Text);
    grid.setAlpha(40);
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsBrush(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setMinorGridLineColor(grid);
        QColor line = text;
        line.setAlpha(120);
        axis->setLinePenColor(line);
    }
}
