#pragma once

#include <QPersistentModelIndex>
#include <QString>

class QAbstractItemModel;

// A text selection that can run across messages of the timeline (Ruqola's
// technique): from an anchor (a message and a character in it) to a focus, kept as
// persistent indexes so that history inserted above does not move it.
class TextSelection {
public:
    void clear();
    bool isEmpty() const;
    void setAnchor(const QModelIndex &index, int position);
    void setFocus(const QModelIndex &index, int position);
    // Every message, wholly.
    void selectAll(const QAbstractItemModel *model);

    // [start, end) of index's text that is selected; start == end when none.
    // textLength: the message's length (a message wholly inside the range).
    QPair<int, int> rangeFor(const QModelIndex &index, int textLength) const;
    bool contains(const QModelIndex &index) const;
    // The selected text: each message's part, one message a line.
    QString text() const;

private:
    struct End {
        QPersistentModelIndex index;
        int position = 0;
    };
    // (first, last) in row order.
    std::pair<const End *, const End *> ordered() const;

    End m_anchor;
    End m_focus;
};
