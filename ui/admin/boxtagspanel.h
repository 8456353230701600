#pragma once

#include "admin/tagbatchsender.h"

#include <QWidget>

class BoxTagBatchModel;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class TagBatchView;

// The box tags editor: a batch table (typed, pasted from a spreadsheet, or read from a
// CSV file) sent all or nothing through TagBatchSender, each refused code marked with
// the server's reason; and a list of codes (the selected rows, or pasted) to delete or
// disconnect after a confirmation.
class BoxTagsPanel : public QWidget {
    Q_OBJECT
public:
    BoxTagsPanel(BoxesService *boxes, QWidget *parent = nullptr);

    BoxTagBatchModel *model() const { return m_model; }
    TagBatchSender *sender() const { return m_sender; }
    TagBatchView *table() const { return m_table; }
    QPlainTextEdit *codesField() const { return m_codes; }
    QString statusText() const;

    bool importFile(const QString &path);
    // Sends the batch; false when nothing was sent (marks or a message say why).
    bool sendBatch();
    // The codes field's list, confirmed, then deleted or disconnected.
    void deleteCodes();
    void disconnectCodes();

private:
    void chooseFile();
    void useSelection();
    void confirm(bool remove);
    void onFinished(TagBatchSender::Outcome outcome, int count, const QStringList &messages);
    void showStatus(const QString &text, bool error = false);
    void updateButtons();

    BoxesService *m_boxes;
    BoxTagBatchModel *m_model;
    TagBatchSender *m_sender;
    TagBatchView *m_table;
    QPushButton *m_addRow;
    QPushButton *m_paste;
    QPushButton *m_import;
    QPushButton *m_removeRows;
    QPushButton *m_send;
    QPushButton *m_clearCreated;
    QPlainTextEdit *m_codes;
    QPushButton *m_useSelection;
    QPushButton *m_delete;
    QPushButton *m_disconnect;
    QLabel *m_status;
};
