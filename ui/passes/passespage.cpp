#include "passespage.h"

#include "usedbardelegate.h"

#include "clients/clientsmodel.h"
#include "clients/clientvalidator.h"
#include "net/apifieldtext.h"
#include "passes/invoicerequest.h"
#include "passes/passassigner.h"
#include "passes/passesservice.h"
#include "passes/passstockfeeder.h"
#include "passes/passstockmodel.h"
#include "shell/statelegend.h"

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
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

PassesPage::PassesPage(PassStockFeeder *feeder, PassAssigner *assigner, PassesService *passes,
                       ClientsModel *directory, QWidget *parent)
    : QWidget(parent)
    , m_feeder(feeder)
    , m_assigner(assigner)
    , m_passes(passes)
    , m_directory(directory) {
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
    m_view->setItemDelegate(new StateDelegate(m_view));
    m_view->setItemDelegateForColumn(PassStockModel::Used, new UsedBarDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Tab leaves the table for the buttons; the arrows move between the rows.
    m_view->setTabKeyNavigation(false);
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
    layout->addWidget(
        new StateLegend({{ItemState::ExpiringSoon,
                          tr("expires within %n day(s)", nullptr, PassStockModel::kSoonDays)},
                         {ItemState::Expired, tr("past its expiration date")},
                         {ItemState::Exhausted, tr("no pass left")}},
                        this));

    auto *box = new QGroupBox(tr("Assign a pass"), this);
    auto *form = new QFormLayout(box);
    m_email = new QLineEdit(box);
    m_email->setObjectName(QStringLiteral("assignEmail"));
    m_email->setPlaceholderText(tr("Client email"));
    m_email->setAccessibleName(tr("Client email"));
    auto *completer = new QCompleter(directory, m_email);
    completer->setCompletionColumn(ClientsModel::Email);
    completer->setCompletionRole(Qt::DisplayRole); // the directory answers only that
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_email->setCompleter(completer);
    form->addRow(tr("&Client:"), m_email);
    m_stock = new QComboBox(box);
    m_stock->setObjectName(QStringLiteral("assignStock"));
    m_stock->setAccessibleName(tr("Stock to take the pass from"));
    form->addRow(tr("&Stock:"), m_stock);
    m_referenceField = new QLineEdit(box);
    m_referenceField->setObjectName(QStringLiteral("assignReference"));
    m_referenceField->setPlaceholderText(tr("Your payment id; made up if left empty"));
    m_referenceField->setAccessibleName(tr("Payment reference"));
    m_referenceField->setMaxLength(100);
    form->addRow(tr("Payment &reference:"), m_referenceField);
    auto *buttons = new QHBoxLayout;
    m_assign = new QPushButton(tr("&Assign the pass"), box);
    m_assign->setAccessibleName(tr("Assign the pass"));
    m_invoice = new QPushButton(tr("&Invoice…"), box);
    m_invoice->setAccessibleName(tr("Ask for the invoice of the last assignment"));
    m_invoice->setEnabled(false);
    // Said before it is pressed: the reference lists the call, the API answers 501.
    const QString noInvoices = tr("The Jobbers One API does not offer invoices yet.");
    m_invoice->setToolTip(noInvoices);
    m_invoice->setAccessibleDescription(noInvoices);
    auto *invoiceNote = new QLabel(tr("(not offered by the API yet)"), box);
    invoiceNote->setObjectName(QStringLiteral("invoiceNote"));
    invoiceNote->setToolTip(noInvoices);
    invoiceNote->setEnabled(false);
    buttons->addWidget(m_assign);
    buttons->addWidget(m_invoice);
    buttons->addWidget(invoiceNote);
    buttons->addStretch(1);
    form->addRow(buttons);
    m_result = new QLabel(box);
    m_result->setObjectName(QStringLiteral("assignResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(m_result);
    layout->addWidget(box);

    connect(m_assign, &QPushButton::clicked, this, &PassesPage::assign);
    // Enter in a field never assigns: it moves on, and only the button (or its
    // mnemonic) asks for the confirmation.
    connect(m_email, &QLineEdit::returnPressed, m_stock, [this] { m_stock->setFocus(); });
    connect(m_referenceField, &QLineEdit::returnPressed, m_assign,
            [this] { m_assign->setFocus(); });
    connect(m_invoice, &QPushButton::clicked, this, &PassesPage::invoice);
    // The stock may have been loaded before this page was first shown.
    connect(m_feeder, &PassStockFeeder::stocksChanged, this, &PassesPage::fillStockCombo);
    fillStockCombo();
    connect(m_assigner, &PassAssigner::sending, this, [this](const QString &email) {
        m_assign->setEnabled(false);
        showResult(tr("Assigning a pass to %1…").arg(email));
    });
    connect(m_assigner, &PassAssigner::assigned, this,
            [this](const QString &email, qint64, const QDateTime &end, const QString &ref,
                   bool already) {
                m_assign->setEnabled(true);
                m_lastReference = ref;
                m_lastEmail = email;
                m_invoice->setEnabled(true);
                m_referenceField->clear();
                const QString date = QLocale().toString(end.date(), QLocale::LongFormat);
                showResult(already ? tr("This pass was already assigned to %1 (reference %2). "
                                        "Subscription ends on %3.")
                                         .arg(email, ref, date)
                                   : tr("Pass assigned to %1 (payment reference %2). The "
                                        "subscription now ends on %3.")
                                         .arg(email, ref, date));
                // PassStockFeeder reloads the stock after an assignment: no refresh here.
            });
    connect(m_assigner, &PassAssigner::failed, this,
            [this](const QString &, qint64, const ApiError &error, bool pending) {
                m_assign->setEnabled(true);
                const QString said = ApiFieldText::message(error);
                showResult(pending ? tr("%1\nThe assignment may or may not have been made; "
                                        "assigning again is safe (same reference).")
                                         .arg(said)
                                   : said,
                           true);
                m_result->setToolTip(ApiFieldText::serverDetails(error.fieldErrors));
            });
}

QString PassesPage::resultText() const {
    return m_result->text();
}

void PassesPage::showResult(const QString &text, bool error) {
    m_result->setText(text);
    m_result->setToolTip(QString());
    StatePalette::markError(m_result, error);
}

PassStockModel *PassesPage::model() const {
    return m_feeder->model();
}

void PassesPage::refresh() {
    m_feeder->refresh()->onFailure(
        this, [this](const ApiError &error) { showResult(error.message, true); });
}

void PassesPage::prepareAssignment(const QString &email) {
    m_email->setText(email);
    m_referenceField->clear();
    showResult(tr("Choose the stock, then Assign the pass (Alt+A)."));
    m_stock->setFocus(Qt::OtherFocusReason);
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
    if (m_confirm || m_assigner->isBusy())
        return;
    const QString email = m_email->text().trimmed();
    if (!ClientValidator::isValidEmail(email)) {
        showResult(tr("Type the client's email."), true);
        return;
    }
    if (m_stock->currentIndex() < 0) {
        showResult(tr("No stock has passes left to assign."), true);
        return;
    }
    const qint64 stockId = m_stock->currentData().toLongLong();
    const QDateTime last = m_assigner->lastAssigned(email, stockId);
    if (last.isValid() && last.secsTo(QDateTime::currentDateTime()) < 10 * 60)
        askRepeat(email, stockId, last);
    else
        askConfirmation(email, stockId);
}

void PassesPage::closeQuestion() {
    if (m_confirm)
        m_confirm->deleteLater();
    m_confirm = nullptr;
    m_assign->setEnabled(!m_assigner->isBusy());
}

// Window-modal and opened with open(): nothing waits in a nested loop, and the answer
// arrives through the buttons. Cancel is the default button, so that a stray Enter
// never assigns.
static QMessageBox *question(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                             const QString &text, const QString &acceptText) {
    auto *box = new QMessageBox(icon, title, text, QMessageBox::Cancel, parent);
    box->setObjectName(QStringLiteral("assignConfirmation"));
    box->setWindowModality(Qt::WindowModal);
    QPushButton *accept = box->addButton(acceptText, QMessageBox::AcceptRole);
    accept->setObjectName(QStringLiteral("confirmAssign"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setEscapeButton(QMessageBox::Cancel);
    return box;
}

void PassesPage::askRepeat(const QString &email, qint64 stockId, const QDateTime &when) {
    const int minutes = int(when.secsTo(QDateTime::currentDateTime()) / 60);
    m_confirm = question(
        this, QMessageBox::Warning, tr("Assign it again?"),
        (minutes < 1
             ? tr("A pass of this stock was assigned to %1 less than a minute ago.").arg(email)
             : tr("A pass of this stock was assigned to %1 %n minute(s) ago.", nullptr, minutes)
                   .arg(email))
            + QLatin1Char('\n') + tr("Assign a second pass?"),
        tr("Assign a &second pass"));
    m_assign->setEnabled(false);
    connect(m_confirm, &QMessageBox::buttonClicked, this,
            [this, email, stockId](QAbstractButton *button) {
                const bool accepted =
                    m_confirm && m_confirm->buttonRole(button) == QMessageBox::AcceptRole;
                closeQuestion();
                if (accepted)
                    askConfirmation(email, stockId);
            });
    m_confirm->open();
}

void PassesPage::askConfirmation(const QString &email, qint64 stockId) {
    const int stockRow = model()->rowOfStock(stockId);
    if (stockRow < 0) {
        showResult(tr("No stock has passes left to assign."), true);
        return;
    }
    const PassStock stock = model()->stockAt(stockRow);
    const QLocale locale;
    const int clientRow = m_directory ? m_directory->rowOfEmail(email) : -1;
    QString who = email;
    QString end;
    if (clientRow >= 0 && m_directory->entryAt(clientRow).detailed) {
        const Client &client = m_directory->entryAt(clientRow).client;
        const QString name =
            QStringList{client.firstName, client.lastName}.join(QLatin1Char(' ')).trimmed();
        if (!name.isEmpty())
            who = tr("%1 (%2)").arg(name, email);
        end = tr("The subscription will end on %1.")
                  .arg(locale.toString(stock.extend(client.endSubscriptionDate).date(),
                                       QLocale::LongFormat));
    } else {
        who = tr("%1 (not looked up yet: name unknown)").arg(email);
        end = tr("The subscription will end on %1 at the earliest (the current end is not "
                 "known here).")
                  .arg(locale.toString(stock.extend(QDateTime()).date(), QLocale::LongFormat));
    }
    const QString reference = m_referenceField->text().trimmed();
    const QString text =
        tr("Assign a pass to %1?").arg(who) + QLatin1Char('\n')
        + tr("Stock: %1, price %2.")
              .arg(stock.description, locale.toCurrencyString(stock.price, QStringLiteral("€")))
        + QLatin1Char('\n') + end + QLatin1Char('\n')
        + (reference.isEmpty() ? tr("A payment reference will be made up.")
                               : tr("Payment reference: %1").arg(reference));
    m_confirm =
        question(this, QMessageBox::Question, tr("Assign a pass"), text, tr("&Assign the pass"));
    m_assign->setEnabled(false);
    connect(m_confirm, &QMessageBox::buttonClicked, this,
            [this, email, stockId](QAbstractButton *button) {
                const bool accepted =
                    m_confirm && m_confirm->buttonRole(button) == QMessageBox::AcceptRole;
                closeQuestion();
                if (accepted)
                    send(email, stockId);
            });
    m_confirm->open();
}

void PassesPage::send(const QString &email, qint64 stockId) {
    if (!m_assigner->assign(email, stockId, m_referenceField->text()))
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
        text += QLatin1Char('\n') + ApiFieldText::describe(e);
    showResult(text, true);
    m_result->setToolTip(ApiFieldText::serverDetails(error.fieldErrors));
}
