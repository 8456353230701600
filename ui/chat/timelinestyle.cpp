#include "timelinestyle.h"

namespace TimelineStyle {

QColor mix(const QColor &a, const QColor &b, double t) {
    const auto channel = [t](double x, double y) { return x + (y - x) * t; };
    return QColor::fromRgbF(float(channel(a.redF(), b.redF())),
                            float(channel(a.greenF(), b.greenF())),
                            float(channel(a.blueF(), b.blueF())));
}

namespace {
bool isDark(const QPalette &palette) {
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}
} // namespace

QColor bubble(const QPalette &palette, Message::Author author) {
    const QColor base = palette.color(QPalette::Base);
    if (author == Message::Author::Business)
        return mix(base, palette.color(QPalette::Highlight), isDark(palette) ? 0.38 : 0.18);
    return mix(base, palette.color(QPalette::Text), isDark(palette) ? 0.14 : 0.07);
}

QColor bubbleBorder(const QPalette &palette, Message::Author author) {
    return mix(bubble(palette, author), palette.color(QPalette::Text), 0.12);
}

QColor text(const QPalette &palette) {
    return palette.color(QPalette::Text);
}

QColor secondaryText(const QPalette &palette) {
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.62);
}

QColor link(const QPalette &palette) {
    const QColor l = palette.color(QPalette::Link);
    // Some dark palettes keep the light palette's dark blue: lighten it to be read.
    if (isDark(palette) && l.lightnessF() < 0.55)
        return mix(l, Qt::white, 0.45);
    return l;
}

QColor separator(const QPalette &palette) {
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.25);
}

QColor selection(const QPalette &palette) {
    return palette.color(QPalette::Active, QPalette::Highlight);
}

QColor selectedText(const QPalette &palette) {
    return palette.color(QPalette::Active, QPalette::HighlightedText);
}

QColor cardBackground(const QPalette &palette) {
    return palette.color(QPalette::Base);
}

QFont smallFont(const QFont &base) {
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() > 0 ? base.pointSizeF() * 0.85 : 8);
    return f;
}

QFont authorFont(const QFont &base) {
    QFont f = smallFont(base);
    f.setBold(true);
    return f;
}

QFont dayFont(const QFont &base) {
    QFont f = smallFont(base);
    f.setBold(true);
    return f;
}

} // namespace TimelineStyle
