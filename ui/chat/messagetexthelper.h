#pragma once

#include <QCache>
#include <QFont>
#include <QHash>
#include <QList>
#include <QPoint>
#include <QSize>
#include <QString>
#include <QTextLayout>
#include <QUrl>

class QPainter;
struct Message;

// The text of text messages: its size at a width, its painting with links and a
// selection, and hit tests (a character position, a link).
//
// Sizing thousands of messages, and again at every resize, must not shape text: each
// message is cut once into words and spaces whose advances come from a cache of word
// widths (chat vocabulary repeats), and lines are broken by arithmetic on those
// advances at any width. Painting lays the text out in exactly those lines
// (QTextLine::setNumColumns), so what is painted always has the height that was
// measured. Layouts of painted messages are cached per message and width (an LRU).
class MessageTextHelper {
public:
    struct Link {
        int start = 0;
        int length = 0;
        QUrl url;
    };

    explicit MessageTextHelper(int cachedLayouts = 600);

    void setFont(const QFont &font);
    const QFont &font() const { return m_font; }

    // The tight size of the text laid out within maxWidth.
    QSize size(const Message &message, int maxWidth);
    // Paints the text with its top-left at topLeft. selection: [start, end) in
    // characters, empty for none.
    void paint(QPainter *painter, const QPoint &topLeft, const Message &message, int maxWidth,
               const QColor &text, const QColor &link, int selectionStart, int selectionEnd,
               const QColor &selectionBackground, const QColor &selectionText);
    // The character position nearest to point (relative to the text's top-left).
    int cursorAt(const Message &message, int maxWidth, const QPoint &point);
    // The link under point, if any.
    QUrl linkAt(const Message &message, int maxWidth, const QPoint &point);

    QList<Link> links(const Message &message);
    // URLs in text (http, https, mailto, www.), without trailing punctuation.
    static QList<Link> findLinks(const QString &text);

    void clear();
    int layoutsBuilt() const { return m_layoutsBuilt; }

    // A line of a message at a width: [start, start + length) and its width.
    struct Line {
        int start = 0;
        int length = 0;
        qreal width = 0;
    };
    QList<Line> breakLines(const Message &message, int maxWidth);

private:
    struct Segment {
        int start;
        int length;
        float advance;
        enum Kind : quint8 { Word, Space, Break } kind;
    };
    struct Shape {
        QList<Segment> segments;
        qreal oneLine = 0; // the whole text on one line; -1 with a line break
    };
    struct Entry {
        std::unique_ptr<QTextLayout> layout;
        int width = -1;
    };
    const Shape &shapeOf(const Message &message);
    qreal wordAdvance(QStringView word);
    Entry *layoutFor(const Message &message, int maxWidth);
    static QString displayText(const Message &message);

    QFont m_font;
    int m_lineHeight = 0;
    qreal m_spaceAdvance = 0;
    QCache<QString, Entry> m_layouts;
    QHash<QString, Shape> m_shapes;
    QHash<quint64, float> m_wordAdvances;
    QHash<QString, QPair<int, QSize>> m_sizes; // id → (width, size) of a wrapped text
    QHash<QString, QList<Link>> m_links;
    int m_layoutsBuilt = 0;
};
