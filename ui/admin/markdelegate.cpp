#include "markdelegate.h"

#include "admin/boxtagbatchmodel.h"
#include "net/activitylog.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>

namespace {
QColor blend(const QColor &base, const QColor &tint, double share) {
    return QColor::fromRgbF(float(base.redF() * (1 - share) + tint.redF() * share),
                            float(base.greenF() * (1 - share) + tint.greenF() * share),
                            float(base.blueF() * (1 - share) + tint.blueF() * share));
}
} // namespace

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
    const QColor base = palette.color(QPalette::Base);
    switch (tone) {
    case Tone::Error:
        return blend(base, QColor(0xD3, 0x2F, 0x2F), 0.30);
    case Tone::Warning:
        return blend(base, QColor(0xF5, 0x9E, 0x0B), 0.30);
    case Tone::Done:
        return blend(base, QColor(0x2E, 0x7D, 0x32), 0.22);
    case Tone::Busy:
        return blend(base, palette.color(QPalette::Mid), 0.25);
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
