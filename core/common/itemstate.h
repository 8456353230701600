#pragma once

#include <QMetaType>
#include <Qt>

// What a row or a cell of a core model means, for whoever draws it. Core models answer
// ItemStateRole with one of these, never a colour: ui/ maps each to palette colours in
// one place (ui/shell/statepalette.h), so light and dark palettes both stay readable.
enum class ItemState {
    Normal,
    Expired,      // a stock or a subscription past its end
    ExpiringSoon, // within the warning period
    Exhausted,    // nothing left to take
    Inactive,     // deactivated, kept for reading
    Error,        // a row that failed (import, batch)
    Success,      // a row that went through
    Pending,      // not decided yet (skipped, waiting)
};

// The same role number in every model, so one delegate serves every view.
inline constexpr int ItemStateRole = Qt::UserRole + 0x100;

Q_DECLARE_METATYPE(ItemState)
