#pragma once

#include "enterprise/group.h"

#include <QDialog>
#include <QPointer>

class ClientImport;
class ClientsService;
class ImportPreviewModel;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTableWidget;
class TaskRegistry;

// Bulk import of clients from a CSV file: preview with a check per row, one combo per
// column to say which field it feeds (guessed from the header), then Import with
// progress in the shell's progress area (cancellable), results per row, Retry
// failed, and Save report.
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    ImportDialog(ClientsService *service, TaskRegistry *tasks, const QList<Group> &groups,
                 QWidget *parent = nullptr);
    ~ImportDialog() override;

    bool loadFile(const QString &path);
    bool loadBytes(const QByteArray &bytes);
    ClientImport *import() const { return m_import; }
    QTableView *preview() const { return m_preview; }
    QPushButton *importButton() const { return m_importButton; }
    QPushButton *retryButton() const { return m_retryButton; }
    QString summaryText() const;

public Q_SLOTS:
    void chooseFile();
    void startImport();
    void retryFailed();
    void saveReport();

private:
    void rebuildMapping();
    void updateSummary();

    QPointer<ClientsService> m_service;
    ClientImport *m_import;
    ImportPreviewModel *m_model;
    QLabel *m_fileLabel = nullptr;
    QCheckBox *m_header = nullptr;
    QLineEdit *m_defaultPrefix = nullptr;
    QCheckBox *m_cguAccepted = nullptr;
    QTableWidget *m_mapping = nullptr;
    QTableView *m_preview = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_retryButton = nullptr;
    QPushButton *m_reportButton = nullptr;
};
