#include "statepalette.h"

#include <QCoreApplication>
#include <QLabel>
#include <QPalette>

namespace {
bool isDark(const QPalette &palette) {
    return palette.color(QPalette::Base).lightness() < 128;
}

// The hue of a state, in the variant that reads on this palette.
QColor hue(ItemState state, bool dark) {
    switch (state) {
    case ItemState::Expired:
    case ItemState::Exhausted:
    case ItemState::Error:
        return dark ? QColor(0xFF, 0x8A, 0x80) : QColor(0xB0, 0x00, 0x20);
    case ItemState::ExpiringSoon:
        return dark ? QColor(0xFF, 0xCC, 0x80) : QColor(0x7A, 0x4A, 0x00);
    case ItemState::Success:
        return dark ? QColor(0xA5, 0xD6, 0xA7) : QColor(0x1B, 0x6E, 0x20);
    case ItemState::Normal:
    case ItemState::Inactive:
    case ItemState::Pending:
        break;
    }
    return {};
}

QColor mix(const QColor &a, const QColor &b, double t) {
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}
} // namespace

namespace StatePalette {

QColor foreground(ItemState state, const QPalette &palette) {
    if (state == ItemState::Inactive || state == ItemState::Pending)
        return palette.color(QPalette::PlaceholderText);
    const QColor c = hue(state, isDark(palette));
    return c.isValid() ? c : palette.color(QPalette::Text);
}

QColor background(ItemState state, const QPalette &palette) {
    const QColor base = palette.color(QPalette::Base);
    switch (state) {
    case ItemState::Expired:
    case ItemState::Exhausted:
    case ItemState::ExpiringSoon:
    case ItemState::Error:
    case ItemState::Success:
        return mix(base, hue(state, isDark(palette)), isDark(palette) ? 0.22 : 0.12);
    case ItemState::Pending:
        return mix(base, palette.color(QPalette::Mid), 0.25);
    case ItemState::Normal:
    case ItemState::Inactive:
        break;
    }
    return {};
}

QColor error(const QPalette &palette) {
    return hue(ItemState::Error, isDark(palette));
}

void markError(QLabel *label, bool isError) {
    // The palette, not a style sheet: it follows a palette change and leaves the
    // style's own look alone. An empty palette inherits the parent's again.
    QPalette p;
    if (isError)
        p.setColor(QPalette::WindowText, error(label->palette()));
    label->setPalette(p);
}

QString name(ItemState state) {
    switch (state) {
    case ItemState::Expired:
        return QCoreApplication::translate("StatePalette", "Expired");
    case ItemState::ExpiringSoon:
        return QCoreApplication::translate("StatePalette", "Expiring soon");
    case ItemState::Exhausted:
        return QCoreApplication::translate("StatePalette", "Exhausted");
    case ItemState::Inactive:
        return QCoreApplication::translate("StatePalette", "Inactive");
    case ItemState::Error:
        return QCoreApplication::translate("StatePalette", "Error");
    case ItemState::Success:
        return QCoreApplication::translate("StatePalette", "Done");
    case ItemState::Pending:
        return QCoreApplication::translate("StatePalette", "Pending");
    case ItemState::Normal:
        break;
    }
    return QCoreApplication::translate("StatePalette", "Normal");
}

} // namespace StatePalette

void StateDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const {
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant v = index.data(ItemStateRole);
    if (!v.isValid())
        return;
    const auto state = v.value<ItemState>();
    if (state == ItemState::Normal)
        return;
    const QColor fg = StatePalette::foreground(state, option->palette);
    option->palette.setColor(QPalette::Text, fg);
    // Selected rows keep the highlight's own text colour: readable on the highlight.
    const QColor bg = StatePalette::background(state, option->palette);
    if (bg.isValid())
        option->backgroundBrush = bg;
}
