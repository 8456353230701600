#pragma once

#include "common/itemstate.h"

#include <QColor>
#include <QStyledItemDelegate>

class QLabel;
class QPalette;
class QWidget;

// The one place where meanings become colours, taken from the widget's palette: a
// dark palette gets light text colours and dark tints, a light one the reverse.
namespace StatePalette {
// The text colour for state; the palette's own text colour for Normal.
QColor foreground(ItemState state, const QPalette &palette);
// A tint of the base colour for state; invalid (no fill) for Normal and Inactive.
// Every view that fills cells by state takes its fill from here (the admin tables too).
QColor background(ItemState state, const QPalette &palette);
// The one error colour of the application (messages under fields, failed rows).
QColor error(const QPalette &palette);
// Shows label's text in the error colour (or back to normal).
void markError(QLabel *label, bool error = true);
// A short name of the state for a legend ("Expired", "Inactive"...).
QString name(ItemState state);
} // namespace StatePalette

// Draws cells in the colours of their ItemStateRole; wraps another delegate's look
// by being its base (see UsedBarDelegate) or stands alone.
class StateDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
