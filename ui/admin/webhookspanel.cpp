#include "webhookspanel.h"

#include "admin/webhooklistmodel.h"
#include "admin/webhooktarget.h"
#include "net/apijob.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

WebhooksPanel::WebhooksPanel(WebhookListModel *model, const QString &intro, QWidget *parent)
    : QWidget(parent)
    , m_model(model) {
    const bool messages = model->kind() == OwnWebhooks::Kind::Message;
    setObjectName(messages ? QStringLiteral("messageWebhooks") : QStringLiteral("boxWebhooks"));
    auto *layout = new QVBoxLayout(this);
    auto *about = new QLabel(intro, this);
    about->setWordWrap(true);
    layout->addWidget(about);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("webhookTable"));
    m_table->setAccessibleName(messages ? tr("Message webhooks") : tr("Box webhooks"));
    m_table->setModel(model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(WebhookListModel::UrlColumn, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    auto *form = new QFormLayout;
    m_target = new QLineEdit(this);
    m_target->setObjectName(QStringLiteral("webhookTarget"));
    m_target->setAccessibleName(tr("Target URL of the new webhook"));
    m_target->setPlaceholderText(QStringLiteral("https://"));
    m_targetNote = new QLabel(this);
    m_targetNote->setObjectName(QStringLiteral("webhookTargetNote"));
    m_targetNote->setWordWrap(true);
    m_targetNote->hide();
    auto *targetBox = new QVBoxLayout;
    targetBox->setSpacing(2);
    targetBox->addWidget(m_target);
    targetBox->addWidget(m_targetNote);
    auto *targetLabel = new QLabel(tr("Target &URL:"), this);
    targetLabel->setBuddy(m_target);
    form->addRow(targetLabel, targetBox);
    layout->addLayout(form);

    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("&Add the webhook"), this);
    m_add->setObjectName(QStringLiteral("webhookAdd"));
    m_add->setAccessibleName(tr("Add a webhook with this target URL"));
    m_delete = new QPushButton(tr("&Delete…"), this);
    m_delete->setObjectName(QStringLiteral("webhookDelete"));
    m_delete->setAccessibleName(tr("Delete the selected webhook"));
    m_reload = new QPushButton(tr("Re&load"), this);
    m_reload->setObjectName(QStringLiteral("webhookReload"));
    m_reload->setAccessibleName(tr("Reload the list of webhooks"));
    buttons->addWidget(m_add);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    buttons->addWidget(m_reload);
    layout->addLayout(buttons);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("webhookStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    connect(m_add, &QPushButton::clicked, this, &WebhooksPanel::addWebhook);
    connect(m_target, &QLineEdit::returnPressed, this, &WebhooksPanel::addWebhook);
    connect(m_target, &QLineEdit::textChanged, this, &WebhooksPanel::checkTarget);
    connect(m_delete, &QPushButton::clicked, this, &WebhooksPanel::deleteSelected);
    connect(m_reload, &QPushButton::clicked, this, &WebhooksPanel::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &WebhooksPanel::updateButtons);
    connect(model, &QAbstractItemModel::modelReset, this, &WebhooksPanel::updateButtons);
    connect(model, &QAbstractItemModel::dataChanged, this, &WebhooksPanel::updateButtons);
    connect(model, &WebhookListModel::loadingChanged, this, [this](bool loading) {
        m_reload->setEnabled(!loading);
        if (loading)
            showStatus(tr("Loading…"));
    });
    updateButtons();
}

QString WebhooksPanel::statusText() const {
    return m_status->text();
}

void WebhooksPanel::showStatus(const QString &text, bool error) {
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

void WebhooksPanel::showFailure(const ApiError &error) {
    QString text = error.message;
    if (const ApiFieldError *fe = error.fieldError(QStringLiteral("target")))
        text = tr("The server refused the address: %1")
                   .arg(fe->detail.isEmpty() ? fe->title : fe->detail);
    showStatus(text, true);
}

void WebhooksPanel::updateButtons() {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const bool own = !rows.isEmpty() && rows.first().data(WebhookListModel::OwnRole).toBool();
    m_delete->setEnabled(!rows.isEmpty() && !own);
    m_delete->setToolTip(own ? tr("This webhook is the application's own: deleting it would "
                                  "stop a part of the application.")
                             : QString());
}

void WebhooksPanel::checkTarget() {
    const QString text = m_target->text();
    if (text.trimmed().isEmpty()) {
        m_targetNote->hide();
        return;
    }
    const WebhookTarget::Check c = WebhookTarget::check(text);
    m_targetNote->setText(c.accepted() ? c.warning : c.error);
    m_targetNote->setStyleSheet(c.accepted() ? QStringLiteral("color: #8a5a00;")
                                             : QStringLiteral("color: #b00020;"));
    m_targetNote->setVisible(!m_targetNote->text().isEmpty());
}

void WebhooksPanel::reload() {
    if (ApiJob *job = m_model->reload()) {
        job->onFinished(this, [this, job] {
            if (job->ok())
                showStatus(tr("%n webhook(s).", nullptr, m_model->rowCount()));
        });
        job->onFailure(this, [this](const ApiError &e) { showFailure(e); });
    }
}

bool WebhooksPanel::addWebhook() {
    const WebhookTarget::Check c = WebhookTarget::check(m_target->text());
    if (!c.accepted()) {
        checkTarget();
        showStatus(c.error, true);
        m_target->setFocus();
        return false;
    }
    ApiJob *job = m_model->create(c.url);
    if (!job)
        return false;
    m_add->setEnabled(false);
    showStatus(tr("Adding %1…").arg(c.url.toDisplayString()));
    const QString shown = c.url.toDisplayString();
    job->onFinished(this, [this, job, shown] {
        m_add->setEnabled(true);
        if (!job->ok())
            return;
        m_target->clear();
        showStatus(tr("Webhook added: %1").arg(shown));
    });
    job->onFailure(this, [this](const ApiError &e) { showFailure(e); });
    return true;
}

void WebhooksPanel::deleteSelected() {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const qint64 id = rows.first().data(WebhookListModel::IdRole).toLongLong();
    const QString url = rows.first().data(WebhookListModel::UrlRole).toUrl().toDisplayString();
    if (m_model->isOwn(id))
        return; // the button is off for those; never by mistake
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Delete the webhook"),
                        tr("Delete webhook %1?\n%2\nIt will no longer be called.").arg(id).arg(url),
                        QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmWebhookDelete"));
    QPushButton *yes = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, yes, id](QAbstractButton *b) {
        if (b != yes)
            return;
        ApiJob *job = m_model->remove(id);
        if (!job)
            return;
        showStatus(tr("Deleting webhook %1…").arg(id));
        job->onFinished(this, [this, job, id] {
            if (job->ok())
                showStatus(tr("Webhook %1 deleted.").arg(id));
        });
        job->onFailure(this, [this](const ApiError &e) { showFailure(e); });
    });
    box->open();
}
