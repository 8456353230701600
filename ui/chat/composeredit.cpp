#include "composeredit.h"

#include <QDragEnterEvent>
#include <QKeyEvent>
#include <QMimeData>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QUrl>

ComposerEdit::ComposerEdit(QWidget *parent)
    : QPlainTextEdit(parent) {
    setTabChangesFocus(true); // Tab leaves the field: the composer is keyboard operable
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAcceptDrops(true);
    // Growing follows the laid-out lines (wrapped ones count), not the text's newlines.
    connect(document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
            &ComposerEdit::updateHeight);
    updateHeight();
}

int ComposerEdit::heightForLines(int lines) const {
    const QMargins m = contentsMargins();
    // A little slack: the last line's descent and the cursor must not call a scroll bar.
    return fontMetrics().lineSpacing() * lines + int(2 * document()->documentMargin()) + m.top()
           + m.bottom() + 2 * frameWidth() + fontMetrics().descent();
}

QSize ComposerEdit::minimumSizeHint() const {
    return {12 * fontMetrics().averageCharWidth(), heightForLines(m_lines)};
}

QSize ComposerEdit::sizeHint() const {
    return {QPlainTextEdit::sizeHint().width(), heightForLines(m_lines)};
}

void ComposerEdit::updateHeight() {
    // QPlainTextEdit's layout measures the document in lines.
    const int lines =
        qBound(1, int(document()->documentLayout()->documentSize().height()), maxLines());
    if (lines == m_lines && height() == heightForLines(lines))
        return;
    m_lines = lines;
    // Below the last line the field grows instead of scrolling.
    setVerticalScrollBarPolicy(lines >= maxLines() ? Qt::ScrollBarAsNeeded
                                                   : Qt::ScrollBarAlwaysOff);
    setFixedHeight(heightForLines(lines));
    updateGeometry();
}

void ComposerEdit::keyPressEvent(QKeyEvent *event) {
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter) {
        const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
        const bool sends = m_sendKey == AppSettings::SendKey::Enter ? mods == Qt::NoModifier
                                                                    : mods == Qt::ControlModifier;
        if (sends) {
            Q_EMIT sendRequested();
            event->accept();
            return;
        }
        // The other combination is a new line (Shift+Enter, or Enter in Ctrl+Enter mode).
        if (mods == Qt::ShiftModifier || mods == Qt::NoModifier || mods == Qt::ControlModifier) {
            insertPlainText(QStringLiteral("\n"));
            ensureCursorVisible();
            event->accept();
            return;
        }
    }
    QPlainTextEdit::keyPressEvent(event);
}

bool ComposerEdit::hasAttachments(const QMimeData *data) {
    if (!data)
        return false;
    if (data->hasImage())
        return true;
    const QList<QUrl> urls = data->urls();
    return std::any_of(urls.cbegin(), urls.cend(), [](const QUrl &u) { return u.isLocalFile(); });
}

bool ComposerEdit::canInsertFromMimeData(const QMimeData *source) const {
    return hasAttachments(source) || QPlainTextEdit::canInsertFromMimeData(source);
}

void ComposerEdit::insertFromMimeData(const QMimeData *source) {
    // Paste (Ctrl+V, the context menu) and drop both arrive here.
    if (hasAttachments(source) && m_mimeHandler && m_mimeHandler(source))
        return;
    if (source && source->hasText())
        insertPlainText(source->text()); // never rich text: the API takes plain text
}

void ComposerEdit::dragEnterEvent(QDragEnterEvent *event) {
    if (hasAttachments(event->mimeData())) {
        event->acceptProposedAction();
        return;
    }
    QPlainTextEdit::dragEnterEvent(event);
}

void ComposerEdit::dragMoveEvent(QDragMoveEvent *event) {
    if (hasAttachments(event->mimeData())) {
        event->acceptProposedAction();
        return;
    }
    QPlainTextEdit::dragMoveEvent(event);
}

void ComposerEdit::dropEvent(QDropEvent *event) {
    if (hasAttachments(event->mimeData())) {
        insertFromMimeData(event->mimeData());
        event->acceptProposedAction();
        return;
    }
    QPlainTextEdit::dropEvent(event);
}
