#include "markdelegate.h"

#include "admin/boxtagbatchmodel.h"
#include "net/activitylog.h"
#include "shell/statepalette.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>

MarkDelegate::MarkDelegate(ToneOf toneOf, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_toneOf(std::move(toneOf)) {}

MarkDelegate::Mark MarkDelegate::tagMark(const QModelIndex &index) {
    using M = BoxTagBatchModel;
    switch (index.data(M::CellStateRole).value<M::CellState>()) {
    case M::CellState::Missing:
        return {Tone::Warning, false};
    case M::CellState::Invalid:
    case M::CellState::Rejected:
        return {Tone::Error, false};
    case M::CellState::Normal:
        break;
    }
    switch (index.data(M::RowStateRole).value<M::RowState>()) {
    case M::RowState::Created:
        return {Tone::Done, true};
    case M::RowState::Sending:
        return {Tone::Busy, true};
    default:
        return {};
    }
}

MarkDelegate::Mark MarkDelegate::activityMark(const QModelIndex &index) {
    if (index.data(ActivityLog::FailedRole).toBool())
        return {Tone::Error, true};
    if (index.data(ActivityLog::RetriedRole).toBool())
        return {Tone::Warning, true};
    return {};
}

QColor MarkDelegate::background(const QPalette &palette, Tone tone) {
    switch (tone) {
    case Tone::Error:
        return StatePalette::background(ItemState::Error, palette);
    case Tone::Warning:
        return StatePalette::background(ItemState::ExpiringSoon, palette);
    case Tone::Done:
        return StatePalette::background(ItemState::Success, palette);
    case Tone::Busy:
        return StatePalette::background(ItemState::Pending, palette);
    case Tone::None:
        break;
    }
    return {};
}

void MarkDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const {
    QStyledItemDelegate::initStyleOption(option, index);
    const Mark mark = m_toneOf ? m_toneOf(index) : Mark();
    const Tone tone = mark.tone;
    if (tone == Tone::None)
        return;
    option->backgroundBrush = background(option->palette, tone);
    if (tone == Tone::Busy) {
        option->palette.setColor(QPalette::Text,
                                 option->palette.color(QPalette::Disabled, QPalette::Text));
        return;
    }
    if (mark.wholeRow && index.column() != 0)
        return;
    const QStyle *style = option->widget ? option->widget->style() : QApplication::style();
    const QStyle::StandardPixmap icon = tone == Tone::Error     ? QStyle::SP_MessageBoxCritical
                                        : tone == Tone::Warning ? QStyle::SP_MessageBoxWarning
                                                                : QStyle::SP_DialogApplyButton;
    option->icon = style->standardIcon(icon, nullptr, option->widget);
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->decorationSize =
        option->decorationSize.isValid() ? option->decorationSize : QSize(16, 16);
}
