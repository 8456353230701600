#include "textselection.h"

#include "chat/messagesmodel.h"

#include <QAbstractItemModel>

void TextSelection::clear() {
    m_anchor = {};
    m_focus = {};
}

bool TextSelection::isEmpty() const {
    if (!m_anchor.index.isValid() || !m_focus.index.isValid())
        return true;
    return m_anchor.index == m_focus.index && m_anchor.position == m_focus.position;
}

void TextSelection::setAnchor(const QModelIndex &index, int position) {
    m_anchor = {QPersistentModelIndex(index), position};
    m_focus = m_anchor;
}

void TextSelection::setFocus(const QModelIndex &index, int position) {
    if (!m_anchor.index.isValid())
        return setAnchor(index, position);
    m_focus = {QPersistentModelIndex(index), position};
}

void TextSelection::selectAll(const QAbstractItemModel *model) {
    clear();
    if (!model || model->rowCount() == 0)
        return;
    m_anchor = {QPersistentModelIndex(model->index(0, 0)), 0};
    const QModelIndex last = model->index(model->rowCount() - 1, 0);
    m_focus = {QPersistentModelIndex(last),
               int(last.data(MessagesModel::ContentRole).toString().size())};
}

std::pair<const TextSelection::End *, const TextSelection::End *> TextSelection::ordered() const {
    const int a = m_anchor.index.row();
    const int f = m_focus.index.row();
    if (a < f || (a == f && m_anchor.position <= m_focus.position))
        return {&m_anchor, &m_focus};
    return {&m_focus, &m_anchor};
}

bool TextSelection::contains(const QModelIndex &index) const {
    if (isEmpty())
        return false;
    const auto [first, last] = ordered();
    return index.row() >= first->index.row() && index.row() <= last->index.row();
}

QPair<int, int> TextSelection::rangeFor(const QModelIndex &index, int textLength) const {
    if (!contains(index))
        return {0, 0};
    const auto [first, last] = ordered();
    const int start = index.row() == first->index.row() ? first->position : 0;
    const int end = index.row() == last->index.row() ? last->position : textLength;
    return {qBound(0, start, textLength), qBound(0, end, textLength)};
}

QString TextSelection::text() const {
    if (isEmpty())
        return {};
    const auto [first, last] = ordered();
    const QAbstractItemModel *model = first->index.model();
    QStringList parts;
    for (int row = first->index.row(); row <= last->index.row(); ++row) {
        const QModelIndex i = model->index(row, 0);
        const bool isText =
            i.data(MessagesModel::KindRole).toInt() == int(MessagesModel::Kind::Text);
        const QString content = i.data(MessagesModel::ContentRole).toString();
        if (!isText) {
            // An attachment inside the range: its name and link.
            parts.append(content + QStringLiteral(" <")
                         + i.data(MessagesModel::MediaUrlRole).toUrl().toString()
                         + QLatin1Char('>'));
            continue;
        }
        const auto [s, e] = rangeFor(i, int(content.size()));
        if (e > s || first->index.row() != last->index.row())
            parts.append(content.mid(s, e - s));
    }
    return parts.join(QLatin1Char('\n'));
}
