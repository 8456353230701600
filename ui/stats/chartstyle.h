#pragma once

#include <QColor>
#include <QList>
#include <QPalette>

class QChart;

// How every statistics chart looks, taken from the palette so that light and dark
// palettes both stay readable: background and text from the palette, grid lines
// from its mid tone, and series colours from a colour-blind-safe set (Okabe–Ito),
// lightened on a dark background.
class ChartStyle {
public:
    static bool isDark(const QPalette &palette);
    // Background, title, legend and axes of chart; call before colouring series
    // (the theme it sets resets them).
    static void apply(QChart *chart, const QPalette &palette);
    // The n-th series colour (wraps around).
    static QColor seriesColor(int n, const QPalette &palette);
    // Neutral (the "unknown" share, markers of a missing month).
    static QColor neutralColor(const QPalette &palette);
    static QColor textColor(const QPalette &palette);
};
