#pragma once

#include "shell/appsettings.h"

#include <QPlainTextEdit>

#include <functional>

// The composer's text field: grows with its text from one line to maxLines() and
// scrolls after that; the send key follows the setting (Enter, Shift+Enter for a new
// line; or Ctrl+Enter, Enter for a new line). What is dropped or pasted goes to one
// handler (the Composer's), files and images alike; plain text is inserted as text.
class ComposerEdit : public QPlainTextEdit {
    Q_OBJECT
public:
    explicit ComposerEdit(QWidget *parent = nullptr);

    void setSendKey(AppSettings::SendKey key) { m_sendKey = key; }
    AppSettings::SendKey sendKey() const { return m_sendKey; }
    static int maxLines() { return 6; }
    // Takes files and images out of dropped or pasted data; returns true when it used
    // the data (the text field then inserts nothing).
    void setMimeHandler(std::function<bool(const QMimeData *)> handler) {
        m_mimeHandler = std::move(handler);
    }
    // Whether data holds something for the handler rather than text.
    static bool hasAttachments(const QMimeData *data);

    QSize sizeHint() const override;
    // As tall as its lines, but narrow enough to leave the pane its share of a small
    // window (the preferred width is sizeHint()'s).
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void sendRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void updateHeight();
    int heightForLines(int lines) const;

    AppSettings::SendKey m_sendKey = AppSettings::SendKey::Enter;
    std::function<bool(const QMimeData *)> m_mimeHandler;
    int m_lines = 1;
};
