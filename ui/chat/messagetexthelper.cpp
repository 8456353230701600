#include "messagetexthelper.h"

#include "chat/message.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QRegularExpression>
#include <QTextLine>

#include <cmath>

MessageTextHelper::MessageTextHelper(int cachedLayouts)
    : m_layouts(cachedLayouts) {
    setFont(QFont());
}

void MessageTextHelper::setFont(const QFont &font) {
    if (font == m_font && m_lineHeight > 0)
        return;
    m_font = font;
    const QFontMetricsF fm(font);
    m_lineHeight = int(std::ceil(fm.height()));
    m_spaceAdvance = fm.horizontalAdvance(QLatin1Char(' '));
    m_wordAdvances.clear();
    clear();
}

void MessageTextHelper::clear() {
    m_layouts.clear();
    m_shapes.clear();
    m_sizes.clear();
}

QString MessageTextHelper::displayText(const Message &message) {
    // The same length as the content, so that positions map one to one.
    QString text = message.content;
    for (QChar &c : text) {
        if (c == QLatin1Char('\n'))
            c = QChar::LineSeparator;
        else if (c == QLatin1Char('\r') || c == QLatin1Char('\t'))
            c = QLatin1Char(' ');
    }
    return text;
}

QList<MessageTextHelper::Link> MessageTextHelper::findLinks(const QString &text) {
    static const QRegularExpression re(
        QStringLiteral("\\b(?:(?:https?://|www\\.)[^\\s<>\"]+|mailto:[^\\s<>\"]+)"),
        QRegularExpression::CaseInsensitiveOption);
    QList<Link> out;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        QString s = m.captured();
        // "see https://x.fr/a." : the final dot ends the sentence, not the link.
        while (!s.isEmpty() && QStringLiteral(".,;:!?)]}'").contains(s.back()))
            s.chop(1);
        if (s.isEmpty())
            continue;
        QUrl url = QUrl::fromUserInput(s);
        if (!url.isValid())
            continue;
        out.append({int(m.capturedStart()), int(s.size()), url});
    }
    return out;
}

QList<MessageTextHelper::Link> MessageTextHelper::links(const Message &message) {
    auto it = m_links.constFind(message.id);
    if (it == m_links.cend())
        it = m_links.insert(message.id, findLinks(message.content));
    return *it;
}

qreal MessageTextHelper::wordAdvance(QStringView word) {
    // Keyed by a 64-bit hash of the word, not the word: no string to build or
    // compare per lookup. A collision would only misjudge where one line wraps.
    quint64 key = 0xcbf29ce484222325ULL; // FNV-1a: a few ns for a word
    for (const QChar c : word) {
        key ^= c.unicode();
        key *= 0x100000001b3ULL;
    }
    const auto it = m_wordAdvances.constFind(key);
    if (it != m_wordAdvances.cend())
        return *it;
    if (m_wordAdvances.size() > 200000)
        m_wordAdvances.clear();
    const float advance = float(QFontMetricsF(m_font).horizontalAdvance(word.toString()));
    m_wordAdvances.insert(key, advance);
    return advance;
}

const MessageTextHelper::Shape &MessageTextHelper::shapeOf(const Message &message) {
    auto it = m_shapes.find(message.id);
    if (it != m_shapes.end())
        return *it;
    Shape shape;
    const QString &text = message.content;
    const int n = int(text.size());
    shape.segments.reserve(text.count(QLatin1Char(' ')) * 2 + 2);
    int i = 0;
    qreal total = 0;
    bool hasBreak = false;
    while (i < n) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\n')) {
            shape.segments.append({i, 1, 0, Segment::Break});
            hasBreak = true;
            ++i;
            continue;
        }
        if (c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\r')) {
            int j = i;
            while (j < n
                   && (text.at(j) == QLatin1Char(' ') || text.at(j) == QLatin1Char('\t')
                       || text.at(j) == QLatin1Char('\r')))
                ++j;
            const float advance = float(m_spaceAdvance * (j - i));
            shape.segments.append({i, j - i, advance, Segment::Space});
            total += advance;
            i = j;
            continue;
        }
        int j = i;
        while (j < n && text.at(j) != QLatin1Char(' ') && text.at(j) != QLatin1Char('\n')
               && text.at(j) != QLatin1Char('\t') && text.at(j) != QLatin1Char('\r'))
            ++j;
        const float advance = float(wordAdvance(QStringView(text).mid(i, j - i)));
        shape.segments.append({i, j - i, advance, Segment::Word});
        total += advance;
        i = j;
    }
    shape.oneLine = hasBreak ? -1 : total;
    return *m_shapes.insert(message.id, shape);
}

QList<MessageTextHelper::Line> MessageTextHelper::breakLines(const Message &message, int maxWidth) {
    const Shape &shape = shapeOf(message);
    const qreal limit = qMax(20, maxWidth);
    QList<Line> lines;
    Line line;
    qreal x = 0; // pen position, trailing spaces included
    const auto finish = [&](int end) {
        line.length = end - line.start;
        lines.append(line);
        line = Line{end, 0, 0};
        x = 0;
    };
    for (const Segment &s : shape.segments) {
        switch (s.kind) {
        case Segment::Break:
            finish(s.start + 1); // the separator ends its line
            break;
        case Segment::Space:
            // Spaces may hang past the edge, as QTextLayout lets them.
            x += s.advance;
            break;
        case Segment::Word:
            if (x > 0 && x + s.advance > limit)
                finish(s.start);
            if (s.advance <= limit) {
                x += s.advance;
                line.width = x;
                break;
            }
            // A word wider than the line (a long link): cut anywhere, by its mean
            // character width.
            {
                const qreal perChar = s.advance / qMax(1, s.length);
                const int perLine = qMax(1, int(limit / qMax<qreal>(perChar, 1)));
                int at = s.start;
                int left = s.length;
                while (left > perLine) {
                    line.width = perLine * perChar;
                    finish(at + perLine);
                    at += perLine;
                    left -= perLine;
                }
                x = left * perChar;
                line.width = x;
            }
            break;
        }
    }
    line.length = int(message.content.size()) - line.start;
    if (line.length > 0 || lines.isEmpty())
        lines.append(line);
    return lines;
}

MessageTextHelper::Entry *MessageTextHelper::layoutFor(const Message &message, int maxWidth) {
    Entry *entry = m_layouts.object(message.id);
    if (!entry) {
        entry = new Entry;
        entry->layout = std::make_unique<QTextLayout>(displayText(message), m_font);
        entry->layout->setCacheEnabled(true);
        m_layouts.insert(message.id, entry, 1);
    }
    if (entry->width != maxWidth) {
        ++m_layoutsBuilt;
        QTextLayout &layout = *entry->layout;
        const QList<Line> lines = breakLines(message, maxWidth);
        layout.beginLayout();
        int y = 0;
        for (const Line &l : lines) {
            QTextLine line = layout.createLine();
            if (!line.isValid())
                break;
            // Exactly the measured lines: what is painted has the measured height.
            line.setNumColumns(l.length);
            line.setPosition(QPointF(0, y));
            y += m_lineHeight;
        }
        layout.endLayout();
        entry->width = maxWidth;
    }
    return entry;
}

QSize MessageTextHelper::size(const Message &message, int maxWidth) {
    maxWidth = qMax(20, maxWidth);
    const Shape &shape = shapeOf(message);
    if (shape.oneLine >= 0 && shape.oneLine <= maxWidth)
        return QSize(int(std::ceil(shape.oneLine)) + 1, m_lineHeight);
    const auto known = m_sizes.constFind(message.id);
    if (known != m_sizes.cend() && known->first == maxWidth)
        return known->second;
    const QList<Line> lines = breakLines(message, maxWidth);
    qreal widest = 0;
    for (const Line &l : lines)
        widest = qMax(widest, l.width);
    const QSize size(qMin(maxWidth, int(std::ceil(widest)) + 1),
                     m_lineHeight * int(qMax<qsizetype>(1, lines.size())));
    m_sizes.insert(message.id, {maxWidth, size});
    return size;
}

void MessageTextHelper::paint(QPainter *painter, const QPoint &topLeft, const Message &message,
                              int maxWidth, const QColor &text, const QColor &link,
                              int selectionStart, int selectionEnd,
                              const QColor &selectionBackground, const QColor &selectionText) {
    maxWidth = qMax(20, maxWidth);
    Entry *entry = layoutFor(message, maxWidth);
    QList<QTextLayout::FormatRange> formats;
    for (const Link &l : links(message)) {
        QTextLayout::FormatRange r;
        r.start = l.start;
        r.length = l.length;
        r.format.setForeground(link);
        r.format.setFontUnderline(true);
        formats.append(r);
    }
    if (selectionEnd > selectionStart) {
        QTextLayout::FormatRange r;
        r.start = selectionStart;
        r.length = selectionEnd - selectionStart;
        r.format.setBackground(selectionBackground);
        r.format.setForeground(selectionText);
        formats.append(r);
    }
    painter->save();
    painter->setPen(text);
    entry->layout->draw(painter, topLeft, formats);
    painter->restore();
}

int MessageTextHelper::cursorAt(const Message &message, int maxWidth, const QPoint &point) {
    Entry *entry = layoutFor(message, qMax(20, maxWidth));
    QTextLayout &layout = *entry->layout;
    if (layout.lineCount() == 0)
        return 0;
    if (point.y() < 0)
        return 0;
    for (int i = 0; i < layout.lineCount(); ++i) {
        const QTextLine line = layout.lineAt(i);
        if (point.y() < line.y() + line.height())
            return line.xToCursor(point.x());
    }
    return int(message.content.size());
}

QUrl MessageTextHelper::linkAt(const Message &message, int maxWidth, const QPoint &point) {
    const QList<Link> all = links(message);
    if (all.isEmpty())
        return {};
    Entry *entry = layoutFor(message, qMax(20, maxWidth));
    const QSize s = size(message, maxWidth);
    if (point.x() < 0 || point.y() < 0 || point.x() > s.width() || point.y() > s.height())
        return {};
    const int pos = cursorAt(message, maxWidth, point);
    for (const Link &l : all) {
        // xToCursor gives the nearest boundary: a link's last character counts.
        if (pos >= l.start && pos < l.start + l.length)
            return l.url;
        if (pos == l.start + l.length && pos > l.start) {
            QTextLine line = entry->layout->lineForTextPosition(pos);
            if (line.isValid() && line.cursorToX(pos) >= point.x())
                return l.url;
        }
    }
    return {};
}
