#pragma once

#include <QStyledItemDelegate>

#include <functional>

// Paints the states the admin models give as roles (a tag cell refused, a row created,
// a failed call...) in StatePalette's colours (the application's one mapping of
// meanings to colours), so that light and dark palettes both work. A
// marked cell also gets an icon, so that a mark never rests on colour alone.
class MarkDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    enum class Tone { None, Error, Warning, Done, Busy };
    Q_ENUM(Tone)
    struct Mark {
        Tone tone = Tone::None;
        bool wholeRow = false; // the icon goes on the first column only
    };
    using ToneOf = std::function<Mark(const QModelIndex &)>;

    explicit MarkDelegate(ToneOf toneOf, QObject *parent = nullptr);

    // BoxTagBatchModel's cell and row states.
    static Mark tagMark(const QModelIndex &index);
    // ActivityLog's failed and retried calls (through any proxy).
    static Mark activityMark(const QModelIndex &index);
    static QColor background(const QPalette &palette, Tone tone);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    ToneOf m_toneOf;
};
