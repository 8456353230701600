#include "passespage.h"

#include "usedbardelegate.h"

#include "clients/clientsmodel.h"
#include "clients/clientvalidator.h"
#include "passes/invoicerequest.h"
#include "passes/passassigner.h"
#include "passes/passesservice.h"
#include "passes/passstockfeeder.h"
#include "passes/passstockmodel.h"

#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

PassesPage::PassesPage(PassStockFeeder *feeder, PassAssigner *assigner, PassesService *passes,
                       ClientsModel *directory, QWidget *parent)
    : QWidget(parent)
    , m_feeder(feeder)
    , m_assigner(assigner)
    , m_passes(passes) {
    setObjectName(QStringLiteral("passesPage"));
    model()->setStateIcons(style()->standardIcon(QStyle::SP_MessageBoxCritical),
                           style()->standardIcon(QStyle::SP_MessageBoxWarning));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Stock of passes"), this);
    QFont f = title->font();
    f.setBold(true);
    title->setFont(f);
    layout->addWidget(title);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("stockTable"));
    m_view->setAccessibleName(tr("Stock of passes"));
    m_view->setModel(model());
    m_view->setItemDelegateForColumn(PassStockModel::Used, new UsedBarDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    // A handful of stocks: sizing to the contents is cheap here, and every column then
    // fits without a horizontal scroll bar; the description takes what is left.
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PassStockModel::Description, QHeaderView::Stretch);
    header->setSectionResizeMode(PassStockModel::Used, QHeaderView::Fixed);
    header->setStretchLastSection(false);
    m_view->setColumnWidth(PassStockModel::Used, 120);
    layout->addWidget(m_view, 1);

    auto *box = new QGroupBox(tr("Assign a pass"), this);
    auto *form = new QFormLayout(box);
    m_email = new QLineEdit(box);
    m_email->setObjectName(QStringLiteral("assignEmail"));
    m_email->setPlaceholderText(tr("Client email"));
    m_email->setAccessibleName(tr("Client email"));
    auto *completer = new QCompleter(directory, m_email);
    completer->setCompletionColumn(ClientsModel::Email);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_email->setCompleter(completer);
    form->addRow(tr("&Client:"), m_email);
    m_stock = new QComboBox(box);
    m_stock->setObjectName(QStringLiteral("assignStock"));
    m_stock->setAccessibleName(tr("Stock to take the pass from"));
    form->addRow(tr("&Stock:"), m_stock);
    auto *buttons = new QHBoxLayout;
    m_assign = new QPushButton(tr("&Assign the pass"), box);
    m_assign->setAccessibleName(tr("Assign the pass"));
    m_invoice = new QPushButton(tr("&Invoice…"), box);
    m_invoice->setAccessibleName(tr("Ask for the invoice of the last assignment"));
    m_invoice->setEnabled(false);
    buttons->addWidget(m_assign);
    buttons->addWidget(m_invoice);
    buttons->addStretch(1);
    form->addRow(buttons);
    m_result = new QLabel(box);
    m_result->setObjectName(QStringLiteral("assignResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(m_result);
    layout->addWidget(box);

    connect(m_assign, &QPushButton::clicked, this, &PassesPage::assign);
    connect(m_email, &QLineEdit::returnPressed, this, &PassesPage::assign);
    connect(m_invoice, &QPushButton::clicked, this, &PassesPage::invoice);
    // The stock may have been loaded before this page was first shown.
    connect(m_feeder, &PassStockFeeder::stocksChanged, this, &PassesPage::fillStockCombo);
    fillStockCombo();
    connect(m_assigner, &PassAssigner::sending, this, [this](const QString &email) {
        m_assign->setEnabled(false);
        showResult(tr("Assigning a pass to %1…").arg(email));
    });
    connect(
        m_assigner, &PassAssigner::assigned, this,
        [this](const QString &email, qint64, const QDateTime &end, const QString &ref,
               bool already) {
            m_assign->setEnabled(true);
            m_lastReference = ref;
            m_lastEmail = email;
            m_invoice->setEnabled(true);
            const QString date = QLocale().toString(end.date(), QLocale::LongFormat);
            showResult(
                already
                    ? tr("This pass was already assigned to %1 (reference %2). "
                         "Subscription ends on %3.")
                          .arg(email, ref, date)
                    : tr("Pass assigned to %1. The subscription now ends on %2.").arg(email, date));
            // PassStockFeeder reloads the stock after an assignment: no refresh here.
        });
    connect(m_assigner, &PassAssigner::failed, this,
            [this](const QString &, qint64, const ApiError &error, bool pending) {
                m_assign->setEnabled(true);
                showResult(pending ? tr("%1\nThe assignment may or may not have been made; "
                                        "assigning again is safe (same reference).")
                                         .arg(error.message)
                                   : error.message,
                           true);
            });
}

QString PassesPage::resultText() const {
    return m_result->text();
}

void PassesPage::showResult(const QString &text, bool error) {
    m_result->setText(text);
    m_result->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

PassStockModel *PassesPage::model() const {
    return m_feeder->model();
}

void PassesPage::refresh() {
    m_feeder->refresh()->onFailure(
        this, [this](const ApiError &error) { showResult(error.message, true); });
}

void PassesPage::fillStockCombo() {
    const QVariant current = m_stock->currentData();
    m_stock->clear();
    for (const PassStock &s : model()->assignableStocks())
        m_stock->addItem(tr("%1 — %2 (%n left)", nullptr, int(s.totalAvailable))
                             .arg(s.description, PassStockModel::durationText(s)),
                         s.stockId);
    m_stock->setCurrentIndex(std::max(0, m_stock->findData(current)));
}

void PassesPage::assign() {
    const QString email = m_email->text().trimmed();
    if (!ClientValidator::isValidEmail(email)) {
        showResult(tr("Type the client's email."), true);
        return;
    }
    if (m_stock->currentIndex() < 0) {
        showResult(tr("No stock has passes left to assign."), true);
        return;
    }
    if (!m_assigner->assign(email, m_stock->currentData().toLongLong()))
        showResult(m_assigner->isBusy()
                       ? tr("An assignment is already on its way.")
                       : tr("The reference could not be stored: %1").arg(m_assigner->lastError()),
                   true);
}

void PassesPage::invoice() {
    if (m_lastReference.isEmpty() || !m_passes)
        return;
    InvoiceRequest r;
    r.paymentReference = m_lastReference;
    m_passes->invoice(r)->then(
        this,
        [this](const Invoice &invoice) {
            showResult(
                tr("The invoice of %1: %2").arg(invoice.paymentReference, invoice.url.toString()));
        },
        [this](const ApiError &error) { onInvoiceFailed(error); });
    showResult(tr("Asking for the invoice of %1…").arg(m_lastReference));
}

void PassesPage::onInvoiceFailed(const ApiError &error) {
    QString text = error.kind == ApiError::Kind::NotImplemented
                       ? tr("The server does not make invoices yet (HTTP %1, not "
                            "implemented).")
                             .arg(error.httpStatus)
                       : error.message;
    for (const ApiFieldError &e : error.fieldErrors)
        text += QLatin1Char('\n') + (e.detail.isEmpty() ? e.title : e.detail);
    showResult(text, true);
}
