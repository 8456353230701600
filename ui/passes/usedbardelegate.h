#pragma once

#include "shell/statepalette.h"

// Draws the Used column of the pass stock as a bar (used / units) with its text.
class UsedBarDelegate : public StateDelegate {
    Q_OBJECT
public:
    using StateDelegate::StateDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};
