#pragma once

#include <QTableView>

class BoxTagBatchModel;

// The tag batch as a spreadsheet: type in the cells, Ctrl+V pastes spreadsheet cells
// from the current cell on (rows added as needed), Delete clears the selected cells,
// Ctrl+Enter (or Enter on the last row) adds a row. Marks are painted by MarkDelegate.
class TagBatchView : public QTableView {
    Q_OBJECT
public:
    explicit TagBatchView(BoxTagBatchModel *model, QWidget *parent = nullptr);

    // What Ctrl+V does: the clipboard's text into the model; false and a message
    // through pasteRefused when it holds no tag.
    bool pasteText(const QString &text);
    void addRow();

Q_SIGNALS:
    // Why nothing was pasted, for the page to show.
    void pasteRefused(const QString &reason);
    void pasted(int rows);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void clearSelectedCells();

    BoxTagBatchModel *m_model;
};
