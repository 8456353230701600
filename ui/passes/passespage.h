#pragma once

#include "net/apierror.h"

#include <QDateTime>
#include <QMessageBox>
#include <QPointer>
#include <QWidget>

class ClientsModel;
class PassAssigner;
class PassStockFeeder;
class PassStockModel;
class PassesService;
class QComboBox;
class QLabel;

class QLineEdit;
class QPushButton;
class QTableView;

// The stock of passes and the "Assign a pass" form. The table shows the model that
// PassStockFeeder (core) keeps fed; the page only asks for a reload and shows its
// failure. Assignment asks first (client, stock, price, new end; Cancel is the
// default, and the same stock to the same client a few minutes after warns once more)
// and goes through PassAssigner (reference stored before sending, safe retries); Invoice shows the
// server's answer as it is (the vendor has not implemented it: 501). directory: the client
// directory's model, for the email completer.
class PassesPage : public QWidget {
    Q_OBJECT
public:
    PassesPage(PassStockFeeder *feeder, PassAssigner *assigner, PassesService *passes,
               ClientsModel *directory, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    PassStockModel *model() const;
    QLineEdit *emailField() const { return m_email; }
    QComboBox *stockCombo() const { return m_stock; }
    QPushButton *assignButton() const { return m_assign; }
    QPushButton *invoiceButton() const { return m_invoice; }
    QLineEdit *referenceField() const { return m_referenceField; }
    // The question open before an assignment (the repeat warning, then the
    // confirmation), or null.
    QMessageBox *confirmation() const { return m_confirm; }
    QString resultText() const;

public Q_SLOTS:
    void refresh();
    void assign();
    void invoice();
    // "Assign a pass" filled in with email (asked from a client's row or record), the
    // focus on the stock: the choice left is the staff's.
    void prepareAssignment(const QString &email);

private:
    void onInvoiceFailed(const ApiError &error);
    void fillStockCombo();
    void askRepeat(const QString &email, qint64 stockId, const QDateTime &when);
    void askConfirmation(const QString &email, qint64 stockId);
    void send(const QString &email, qint64 stockId);
    void closeQuestion();
    void showResult(const QString &text, bool error = false);

    PassStockFeeder *m_feeder;
    PassAssigner *m_assigner;
    QPointer<PassesService> m_passes;
    QTableView *m_view = nullptr;
    QLineEdit *m_email = nullptr;
    QComboBox *m_stock = nullptr;
    QPushButton *m_assign = nullptr;
    QPushButton *m_invoice = nullptr;
    QLineEdit *m_referenceField = nullptr;
    ClientsModel *m_directory;
    QPointer<QMessageBox> m_confirm;
    QLabel *m_result = nullptr;
    QString m_lastReference;
    QString m_lastEmail;
};
