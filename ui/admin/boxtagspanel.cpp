#include "boxtagspanel.h"

#include "tagbatchview.h"

#include "admin/boxesservice.h"
#include "admin/boxtagbatchmodel.h"
#include "admin/tagcodelist.h"
#include "net/apijob.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

BoxTagsPanel::BoxTagsPanel(BoxesService *boxes, QWidget *parent)
    : QWidget(parent)
    , m_boxes(boxes)
    , m_model(new BoxTagBatchModel(this))
    , m_sender(new TagBatchSender(boxes, m_model, this)) {
    setObjectName(QStringLiteral("boxTags"));
    auto *layout = new QVBoxLayout(this);

    auto *batchBox = new QGroupBox(tr("New tags"), this);
    auto *batchLayout = new QVBoxLayout(batchBox);
    auto *about = new QLabel(tr("Prepare a batch: type in the table, paste cells from a "
                                "spreadsheet (Ctrl+V) or import a CSV file (code, description, "
                                "technology type). The server creates the whole batch or none "
                                "of it."),
                             batchBox);
    about->setWordWrap(true);
    batchLayout->addWidget(about);
    auto *tableLabel = new QLabel(tr("Ta&gs to create:"), batchBox);
    m_table = new TagBatchView(m_model, batchBox);
    m_table->setObjectName(QStringLiteral("tagBatch"));
    m_table->setAccessibleName(tr("Tags to create"));
    tableLabel->setBuddy(m_table);
    batchLayout->addWidget(tableLabel);
    batchLayout->addWidget(m_table, 1);
    auto *batchButtons = new QHBoxLayout;
    m_addRow = new QPushButton(tr("Add &row"), batchBox);
    m_addRow->setAccessibleName(tr("Add an empty row to the batch"));
    m_paste = new QPushButton(tr("&Paste cells"), batchBox);
    m_paste->setAccessibleName(tr("Paste spreadsheet cells from the clipboard"));
    m_import = new QPushButton(tr("&Import a CSV file…"), batchBox);
    m_import->setAccessibleName(tr("Add the tags of a CSV file to the batch"));
    m_removeRows = new QPushButton(tr("Re&move rows"), batchBox);
    m_removeRows->setAccessibleName(tr("Remove the selected rows from the batch"));
    m_clearCreated = new QPushButton(tr("Clear create&d"), batchBox);
    m_clearCreated->setAccessibleName(tr("Remove the rows already created from the table"));
    m_send = new QPushButton(tr("&Send the batch"), batchBox);
    m_send->setObjectName(QStringLiteral("tagSend"));
    m_send->setAccessibleName(tr("Send the batch to the server"));
    for (QPushButton *b : {m_addRow, m_paste, m_import, m_removeRows, m_clearCreated})
        batchButtons->addWidget(b);
    batchButtons->addStretch(1);
    batchButtons->addWidget(m_send);
    batchLayout->addLayout(batchButtons);
    layout->addWidget(batchBox, 3);

    auto *codesBox = new QGroupBox(tr("Delete or disconnect tags"), this);
    auto *codesLayout = new QVBoxLayout(codesBox);
    auto *codesLabel = new QLabel(tr("C&odes (one per line, or separated by commas):"), codesBox);
    m_codes = new QPlainTextEdit(codesBox);
    m_codes->setObjectName(QStringLiteral("tagCodes"));
    m_codes->setAccessibleName(tr("Codes of the tags to delete or disconnect"));
    m_codes->setTabChangesFocus(true);
    m_codes->setMaximumHeight(fontMetrics().lineSpacing() * 5);
    codesLabel->setBuddy(m_codes);
    codesLayout->addWidget(codesLabel);
    codesLayout->addWidget(m_codes);
    auto *codeButtons = new QHBoxLayout;
    m_useSelection = new QPushButton(tr("&Use the selected rows"), codesBox);
    m_useSelection->setAccessibleName(tr("Take the codes of the rows selected in the table"));
    m_delete = new QPushButton(tr("De&lete the tags…"), codesBox);
    m_delete->setObjectName(QStringLiteral("tagDelete"));
    m_delete->setAccessibleName(tr("Delete the tags of these codes"));
    m_disconnect = new QPushButton(tr("Dis&connect the tags…"), codesBox);
    m_disconnect->setObjectName(QStringLiteral("tagDisconnect"));
    m_disconnect->setAccessibleName(tr("Disconnect the tags of these codes"));
    codeButtons->addWidget(m_useSelection);
    codeButtons->addStretch(1);
    codeButtons->addWidget(m_delete);
    codeButtons->addWidget(m_disconnect);
    codesLayout->addLayout(codeButtons);
    layout->addWidget(codesBox, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("tagStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    connect(m_addRow, &QPushButton::clicked, m_table, &TagBatchView::addRow);
    connect(m_paste, &QPushButton::clicked, this,
            [this] { m_table->pasteText(QApplication::clipboard()->text()); });
    connect(m_import, &QPushButton::clicked, this, &BoxTagsPanel::chooseFile);
    connect(m_removeRows, &QPushButton::clicked, this, [this] {
        QList<int> rows;
        for (const QModelIndex &i : m_table->selectionModel()->selectedIndexes()) {
            if (!rows.contains(i.row()))
                rows.append(i.row());
        }
        std::sort(rows.begin(), rows.end(), std::greater<int>());
        for (const int r : std::as_const(rows))
            m_model->removeRows(r, 1);
    });
    connect(m_clearCreated, &QPushButton::clicked, m_model, &BoxTagBatchModel::removeCreatedRows);
    connect(m_send, &QPushButton::clicked, this, &BoxTagsPanel::sendBatch);
    connect(m_useSelection, &QPushButton::clicked, this, &BoxTagsPanel::useSelection);
    connect(m_delete, &QPushButton::clicked, this, &BoxTagsPanel::deleteCodes);
    connect(m_disconnect, &QPushButton::clicked, this, &BoxTagsPanel::disconnectCodes);
    connect(m_table, &TagBatchView::pasteRefused, this,
            [this](const QString &why) { showStatus(why, true); });
    connect(m_table, &TagBatchView::pasted, this,
            [this](int rows) { showStatus(tr("%n row(s) pasted.", nullptr, rows)); });
    connect(m_sender, &TagBatchSender::started, this, [this](int count) {
        showStatus(tr("Sending a batch of %n tag(s)…", nullptr, count));
        updateButtons();
    });
    connect(m_sender, &TagBatchSender::resending, this, [this](int attempt, const ApiError &) {
        showStatus(tr("The server's answer was lost; sending the same batch again to find out "
                      "whether it was created (attempt %1).")
                       .arg(attempt));
    });
    connect(m_sender, &TagBatchSender::finished, this, &BoxTagsPanel::onFinished);
    connect(m_sender, &TagBatchSender::deleted, this,
            [this](const QStringList &codes, bool alreadyGone) {
                showStatus(alreadyGone
                               ? tr("None of these %n code(s) is a tag any more (an earlier "
                                    "attempt whose answer was lost may have deleted them).",
                                    nullptr, int(codes.size()))
                               : tr("%n tag(s) deleted.", nullptr, int(codes.size())));
            });
    connect(m_sender, &TagBatchSender::deleteFailed, this,
            [this](const QStringList &, const ApiError &e) {
                QString text = tr("Nothing was deleted: %1").arg(e.message);
                showStatus(text, true);
            });
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &BoxTagsPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &BoxTagsPanel::updateButtons);
    m_table->addRow();
    updateButtons();
}

QString BoxTagsPanel::statusText() const {
    return m_status->text();
}

void BoxTagsPanel::showStatus(const QString &text, bool error) {
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

void BoxTagsPanel::updateButtons() {
    m_send->setEnabled(!m_sender->isBusy());
    m_clearCreated->setEnabled(m_model->createdCount() > 0);
}

bool BoxTagsPanel::importFile(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showStatus(
            tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
            true);
        return false;
    }
    QString error;
    const int rows = m_model->importCsv(file.readAll(), &error);
    if (rows < 0) {
        showStatus(tr("%1: %2").arg(QFileInfo(path).fileName(), error), true);
        return false;
    }
    showStatus(tr("%n row(s) added from %1.", nullptr, rows).arg(QFileInfo(path).fileName()));
    return true;
}

void BoxTagsPanel::chooseFile() {
    auto *dialog = new QFileDialog(this, tr("Import tags from a CSV file"), QDir::homePath(),
                                   tr("CSV files (*.csv *.txt);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &BoxTagsPanel::importFile);
    dialog->open();
}

bool BoxTagsPanel::sendBatch() {
    if (m_sender->isBusy())
        return false;
    if (!m_sender->send()) {
        showStatus(m_model->batch().isEmpty()
                       ? tr("The batch is empty: type or paste at least one code.")
                       : tr("Nothing was sent: fix the marked cells (hover one to see why)."),
                   true);
        return false;
    }
    return true;
}

void BoxTagsPanel::onFinished(TagBatchSender::Outcome outcome, int count,
                              const QStringList &messages) {
    updateButtons();
    switch (outcome) {
    case TagBatchSender::Outcome::Created:
        showStatus(tr("%n tag(s) created.", nullptr, count));
        break;
    case TagBatchSender::Outcome::FoundCreated:
        showStatus(tr("%n tag(s) created. (The first answer was lost; sent again, the server "
                      "found every code already taken: the batch had gone through once.)",
                      nullptr, count));
        break;
    case TagBatchSender::Outcome::Rejected: {
        QString text = tr("The server refused the batch: no tag was created. The refused "
                          "codes are marked; hover one to see why.");
        if (!messages.isEmpty())
            text += QLatin1Char('\n') + messages.join(QLatin1Char('\n'));
        showStatus(text, true);
        break;
    }
    case TagBatchSender::Outcome::Unknown:
        showStatus(tr("The server's answer was lost every time: it is not known whether the "
                      "batch was created. Send it again when the connection is back; a batch "
                      "already created will be recognised."),
                   true);
        break;
    }
}

void BoxTagsPanel::useSelection() {
    const QStringList codes = m_model->codesAt(m_table->selectionModel()->selectedIndexes());
    if (codes.isEmpty()) {
        showStatus(tr("Select rows with a code in the table first."), true);
        return;
    }
    m_codes->setPlainText(codes.join(QLatin1Char('\n')));
}

void BoxTagsPanel::deleteCodes() {
    confirm(true);
}

void BoxTagsPanel::disconnectCodes() {
    confirm(false);
}

void BoxTagsPanel::confirm(bool remove) {
    const QStringList codes = TagCodeList::parse(m_codes->toPlainText());
    if (codes.isEmpty()) {
        showStatus(tr("Type or paste the codes first, or take those of the selected rows."), true);
        m_codes->setFocus();
        return;
    }
    const QString shown = codes.size() > 12
                              ? codes.mid(0, 12).join(QStringLiteral(", ")) + QStringLiteral(", …")
                              : codes.join(QStringLiteral(", "));
    auto *box = new QMessageBox(
        QMessageBox::Warning, remove ? tr("Delete tags") : tr("Disconnect tags"),
        remove ? tr("Delete %n tag(s)? %1", nullptr, int(codes.size())).arg(shown)
               : tr("Disconnect %n tag(s)? %1", nullptr, int(codes.size())).arg(shown),
        QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmTags"));
    QPushButton *yes =
        box->addButton(remove ? tr("Delete") : tr("Disconnect"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, yes, codes, remove](QAbstractButton *b) {
        if (b != yes)
            return;
        if (remove) {
            showStatus(tr("Deleting %n tag(s)…", nullptr, int(codes.size())));
            m_sender->deleteCodes(codes);
            return;
        }
        showStatus(tr("Disconnecting %n tag(s)…", nullptr, int(codes.size())));
        m_boxes->disconnectTags(codes)
            ->onResult(this,
                       [this](const QStringList &done) {
                           showStatus(tr("%n tag(s) disconnected.", nullptr, int(done.size())));
                       })
            ->onFailure(this, [this](const ApiError &e) {
                showStatus(tr("Nothing was disconnected: %1").arg(e.message), true);
            });
    });
    box->open();
}
