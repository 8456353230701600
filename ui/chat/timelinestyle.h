#pragma once

#include "chat/message.h"

#include <QColor>
#include <QFont>
#include <QPalette>

// The timeline's colours and measures, in one place: every colour is derived from
// the widget's palette, so that light and dark palettes both read well.
namespace TimelineStyle {

constexpr int kSideMargin = 12; // between the view's edge and a bubble
constexpr int kPaddingX = 10;   // inside a bubble
constexpr int kPaddingY = 6;
constexpr int kRadius = 9;
constexpr int kGroupGap = 8;             // above a new group
constexpr int kGroupedGap = 2;           // between messages of one group
constexpr int kTimeGap = 6;              // between a bubble and its time
constexpr double kMaxBubbleShare = 0.72; // of the view's width

// a + (b - a) * t, per channel.
QColor mix(const QColor &a, const QColor &b, double t);

QColor bubble(const QPalette &palette, Message::Author author);
QColor bubbleBorder(const QPalette &palette, Message::Author author);
QColor text(const QPalette &palette);
QColor secondaryText(const QPalette &palette);
QColor link(const QPalette &palette);
QColor separator(const QPalette &palette);
QColor selection(const QPalette &palette);
QColor selectedText(const QPalette &palette);
QColor cardBackground(const QPalette &palette);

QFont smallFont(const QFont &base);
QFont authorFont(const QFont &base);
QFont dayFont(const QFont &base);

} // namespace TimelineStyle
