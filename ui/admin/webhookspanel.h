#pragma once

#include <QWidget>

class ApiError;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class WebhookListModel;

// One list of webhooks (message or box): id, URL, enterprise, and what uses it; a new
// target checked before it is sent (WebhookTarget: refused, or accepted with a
// warning); delete after a confirmation, never offered for the application's own.
class WebhooksPanel : public QWidget {
    Q_OBJECT
public:
    WebhooksPanel(WebhookListModel *model, const QString &intro, QWidget *parent = nullptr);

    void reload();
    // Checks the target field and sends it; false when refused before sending.
    bool addWebhook();
    // Asks for confirmation (QMessageBox::open, no nested loop), then deletes.
    void deleteSelected();

    QTableView *table() const { return m_table; }
    QLineEdit *targetField() const { return m_target; }
    QString statusText() const;

private:
    void updateButtons();
    void checkTarget();
    void showStatus(const QString &text, bool error = false);
    void showFailure(const ApiError &error);

    WebhookListModel *m_model;
    QTableView *m_table;
    QLineEdit *m_target;
    QLabel *m_targetNote;
    QPushButton *m_add;
    QPushButton *m_delete;
    QPushButton *m_reload;
    QLabel *m_status;
};
