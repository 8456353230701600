#pragma once

#include "net/apierror.h"

#include <QDateTime>
#include <QPointer>
#include <QWidget>

class ClientsModel;
class ClientsService;
class PassAssigner;
class PassStockModel;
class PassesService;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
struct PassStock;

// The stock of passes and the "Assign a pass" form. Assignment goes through
// PassAssigner (reference stored before sending, safe retries); Invoice shows the
// server's answer as it is (the vendor has not implemented it: 501).
class PassesPage : public QWidget {
    Q_OBJECT
public:
    PassesPage(PassesService *passes, ClientsService *clients, PassAssigner *assigner,
               ClientsModel *directory, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    PassStockModel *model() const { return m_model; }
    QLineEdit *emailField() const { return m_email; }
    QComboBox *stockCombo() const { return m_stock; }
    QPushButton *assignButton() const { return m_assign; }
    QPushButton *invoiceButton() const { return m_invoice; }
    QString resultText() const;

public Q_SLOTS:
    void refresh();
    void assign();
    void invoice();

private:
    void onInvoiceFailed(const ApiError &error);
    void fillStockCombo();
    void showResult(const QString &text, bool error = false);

    QPointer<PassesService> m_passes;
    QPointer<ClientsService> m_clients;
    PassAssigner *m_assigner;
    PassStockModel *m_model;
    QTableView *m_view = nullptr;
    QLineEdit *m_email = nullptr;
    QComboBox *m_stock = nullptr;
    QPushButton *m_assign = nullptr;
    QPushButton *m_invoice = nullptr;
    QLabel *m_result = nullptr;
    QString m_lastReference;
    QString m_lastEmail;
};
