#include "importdialog.h"

#include "importpreviewmodel.h"
#include "shell/statepalette.h"

#include "clients/clientsservice.h"

#include "clients/clientimport.h"
#include "clients/clientimportfields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

ImportDialog::ImportDialog(ClientsService *service, TaskRegistry *tasks, const QList<Group> &groups,
                           QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_import(new ClientImport(this))
    , m_model(new ImportPreviewModel(m_import, this)) {
    setWindowTitle(tr("Import clients from CSV"));
    setAttribute(Qt::WA_DeleteOnClose);
    resize(980, 620);
    m_import->setTaskRegistry(tasks);
    m_import->setGroups(groups);
    m_import->setDefault(QStringLiteral("phone_prefix"), QStringLiteral("+33"));

    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *choose = new QPushButton(tr("&Choose a file…"), this);
    choose->setObjectName(QStringLiteral("chooseFile"));
    choose->setAccessibleName(tr("Choose a CSV file"));
    m_fileLabel = new QLabel(tr("No file chosen. UTF-8, comma or semicolon separated."), this);
    top->addWidget(choose);
    top->addWidget(m_fileLabel, 1);
    layout->addLayout(top);

    auto *options = new QFormLayout;
    m_header = new QCheckBox(tr("The first line holds the column names"), this);
    m_header->setChecked(true);
    options->addRow(QString(), m_header);
    m_defaultPrefix = new QLineEdit(QStringLiteral("+33"), this);
    m_defaultPrefix->setMaximumWidth(80);
    m_defaultPrefix->setAccessibleName(tr("Phone prefix when the file has none"));
    options->addRow(tr("Phone prefix when the file has none:"), m_defaultPrefix);
    m_cguAccepted = new QCheckBox(
        tr("These clients accepted the general conditions (when the file has no CGU column)"),
        this);
    options->addRow(QString(), m_cguAccepted);
    layout->addLayout(options);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("importSplitter"));
    m_mapping = new QTableWidget(0, 2, split);
    m_mapping->setAccessibleName(tr("Column mapping"));
    m_mapping->setHorizontalHeaderLabels({tr("Column of the file"), tr("Client field")});
    m_mapping->horizontalHeader()->setStretchLastSection(true);
    m_mapping->verticalHeader()->hide();
    m_mapping->setColumnWidth(0, 260);
    m_preview = new QTableView(split);
    m_preview->setAccessibleName(tr("Rows of the file"));
    m_preview->setModel(m_model);
    m_preview->setItemDelegate(new StateDelegate(m_preview));
    m_preview->verticalHeader()->hide();
    m_preview->setColumnWidth(ImportPreviewModel::Result, 320);
    m_preview->setWordWrap(false);
    // Tab goes on to the buttons; the arrows move in the tables.
    m_preview->setTabKeyNavigation(false);
    m_mapping->setTabKeyNavigation(false);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto *buttons = new QDialogButtonBox(this);
    m_importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::ActionRole);
    m_cancelButton = buttons->addButton(tr("C&ancel import"), QDialogButtonBox::ActionRole);
    m_retryButton = buttons->addButton(tr("&Retry failed"), QDialogButtonBox::ActionRole);
    m_reportButton = buttons->addButton(tr("&Save report…"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);

    connect(choose, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_header, &QCheckBox::toggled, this, [this](bool on) {
        m_import->setHasHeader(on);
        m_import->guessMapping();
        rebuildMapping();
    });
    connect(m_defaultPrefix, &QLineEdit::editingFinished, this, [this] {
        m_import->setDefault(QStringLiteral("phone_prefix"), m_defaultPrefix->text().trimmed());
    });
    connect(m_cguAccepted, &QCheckBox::toggled, this, [this](bool on) {
        m_import->setDefault(QStringLiteral("cgu"), on ? QVariant(true) : QVariant());
    });
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_cancelButton, &QPushButton::clicked, m_import, &ClientImport::cancel);
    connect(m_retryButton, &QPushButton::clicked, this, &ImportDialog::retryFailed);
    connect(m_reportButton, &QPushButton::clicked, this, &ImportDialog::saveReport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_import, &ClientImport::rowsReset, this, &ImportDialog::updateSummary);
    connect(m_import, &ClientImport::rowChanged, this, &ImportDialog::updateSummary);
    connect(m_import, &ClientImport::finished, this, &ImportDialog::updateSummary);
    updateSummary();
}

ImportDialog::~ImportDialog() {
    m_import->cancel();
}

void ImportDialog::chooseFile() {
    auto *dialog = new QFileDialog(this, tr("Import clients"), QString(),
                                   tr("CSV files (*.csv *.txt);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &ImportDialog::loadFile);
    dialog->open();
}

bool ImportDialog::loadFile(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_fileLabel->setText(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return false;
    }
    const bool ok = loadBytes(file.readAll());
    if (ok)
        m_fileLabel->setText(QFileInfo(path).fileName());
    return ok;
}

bool ImportDialog::loadBytes(const QByteArray &bytes) {
    QString warning;
    if (!m_import->loadCsv(bytes, &warning)) {
        m_fileLabel->setText(warning);
        return false;
    }
    m_header->setChecked(true);
    rebuildMapping();
    if (!warning.isEmpty())
        m_fileLabel->setText(warning);
    // Columns as wide as their header and first rows (a sample: a file may be long),
    // the check column capped so the others stay in sight.
    m_preview->horizontalHeader()->setResizeContentsPrecision(200);
    m_preview->resizeColumnsToContents();
    m_preview->setColumnWidth(ImportPreviewModel::Result,
                              qMin(m_preview->columnWidth(ImportPreviewModel::Result), 360));
    return true;
}

void ImportDialog::rebuildMapping() {
    const QStringList headers = m_import->headers();
    m_mapping->setRowCount(int(headers.size()));
    for (int c = 0; c < headers.size(); ++c) {
        m_mapping->setItem(c, 0, new QTableWidgetItem(headers.at(c)));
        auto *combo = new QComboBox(m_mapping);
        combo->setAccessibleName(tr("Field for column %1").arg(headers.at(c)));
        combo->addItem(tr("(ignore)"), QString());
        for (const QString &f : ClientImportFields::targetFields())
            combo->addItem(ClientImportFields::fieldLabel(f), f);
        combo->setCurrentIndex(std::max(0, combo->findData(m_import->mapping(c))));
        connect(combo, &QComboBox::activated, this, [this, c, combo] {
            m_import->setMapping(c, combo->currentData().toString());
            rebuildMapping(); // a field taken from another column shows there too
        });
        m_mapping->setCellWidget(c, 1, combo);
    }
}

void ImportDialog::updateSummary() {
    using S = ClientImport::Status;
    const bool running = m_import->isRunning();
    m_summary->setText(tr("%1 rows: %2 ready, %3 invalid, %4 created, %5 already existing, "
                          "%6 failed.")
                           .arg(m_import->rows().size())
                           .arg(m_import->count(S::Ready))
                           .arg(m_import->count(S::Invalid))
                           .arg(m_import->count(S::Created))
                           .arg(m_import->count(S::AlreadyExists))
                           .arg(m_import->count(S::Failed)));
    m_importButton->setEnabled(!running && m_import->count(S::Ready) > 0);
    m_cancelButton->setEnabled(running);
    m_retryButton->setEnabled(!running && m_import->count(S::Failed) > 0);
    m_reportButton->setEnabled(!running && !m_import->rows().isEmpty());
    m_header->setEnabled(!running);
    m_mapping->setEnabled(!running);
}

QString ImportDialog::summaryText() const {
    return m_summary->text();
}

void ImportDialog::startImport() {
    m_import->start(m_service);
    updateSummary();
}

void ImportDialog::retryFailed() {
    m_import->start(m_service, true);
    updateSummary();
}

void ImportDialog::saveReport() {
    auto *dialog = new QFileDialog(this, tr("Save the import report"),
                                   QStringLiteral("rapport-import.csv"), tr("CSV files (*.csv)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QString error;
        if (!m_import->saveReport(path, &error))
            m_summary->setText(tr("The report could not be saved: %1").arg(error));
    });
    dialog->open();
}
