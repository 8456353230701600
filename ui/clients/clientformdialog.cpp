#include "clientformdialog.h"

#include "clientpasswordpage.h"
#include "clientrecordpanel.h"
#include "shell/buddies.h"

#include "clients/callingcodes.h"
#include "clients/clientdraft.h"
#include "clients/clientsservice.h"
#include "clients/clientupdate.h"
#include "clients/clientvalidator.h"
#include "clients/countries.h"
#include "net/apifieldtext.h"
#include "shell/statepalette.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <memory>

namespace {
QLabel *errorLabel(QWidget *parent) {
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    StatePalette::markError(label);
    label->hide();
    return label;
}
} // namespace

ClientFormDialog::ClientFormDialog(ClientsService *service, const QList<Group> &groups,
                                   QWidget *parent)
    : QDialog(parent)
    , m_service(service) {
    setWindowTitle(tr("New client"));
    build(groups);
    m_country->setCurrentIndex(m_country->findData(QStringLiteral("FR")));
    m_phonePrefix->setText(QStringLiteral("+33"));
    // The defaults are the form as it opened: Esc on an untouched form asks nothing.
    m_initialFields = fields();
}

ClientFormDialog::ClientFormDialog(ClientsService *service, const QList<Group> &groups,
                                   const Client &client, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_create(false)
    , m_client(client) {
    setWindowTitle(tr("Client %1").arg(client.email));
    build(groups);
    fill(client);
    m_initialFields = fields();
}

void ClientFormDialog::addField(const QString &field, const QString &label, QWidget *editor) {
    auto *box = new QWidget(this);
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    v->addWidget(editor);
    QLabel *error = errorLabel(box);
    v->addWidget(error);
    editor->setAccessibleName(QString(label).remove(QLatin1Char('&')));
    m_form->addRow(label, box);
    m_errorLabels.insert(field, error);
    m_editors.insert(field, editor);
}

void ClientFormDialog::build(const QList<Group> &groups) {
    setAttribute(Qt::WA_DeleteOnClose);
    auto *outer = new QVBoxLayout(this);
    m_pages = new QStackedWidget(this);
    outer->addWidget(m_pages);

    auto *formPage = new QWidget(m_pages);
    auto *formLayout = new QVBoxLayout(formPage);
    formLayout->setContentsMargins(0, 0, 0, 0);
    m_generalError = errorLabel(formPage);
    m_generalError->setAccessibleName(tr("Error"));
    formLayout->addWidget(m_generalError);
    m_statusLabel = new QLabel(formPage);
    m_statusLabel->hide();
    formLayout->addWidget(m_statusLabel);
    if (!m_create) {
        m_record = new ClientRecordPanel(groups, formPage);
        formLayout->addWidget(m_record);
    }
    m_form = new QFormLayout;
    formLayout->addLayout(m_form);
    m_pages->addWidget(formPage);

    m_email = new QLineEdit(this);
    m_email->setPlaceholderText(tr("name@example.fr"));
    addField(QStringLiteral("email"), tr("&Email"), m_email);
    m_firstName = new QLineEdit(this);
    addField(QStringLiteral("first_name"), tr("&First name"), m_firstName);
    m_lastName = new QLineEdit(this);
    addField(QStringLiteral("last_name"), tr("&Last name"), m_lastName);
    m_gender = new QComboBox(this);
    m_gender->addItem(tr("Not given"), QString());
    m_gender->addItem(tr("Female"), QStringLiteral("FEMALE"));
    m_gender->addItem(tr("Male"), QStringLiteral("MALE"));
    addField(QStringLiteral("gender"), tr("&Gender"), m_gender);

    auto *phoneRow = new QWidget(this);
    auto *phoneLayout = new QHBoxLayout(phoneRow);
    phoneLayout->setContentsMargins(0, 0, 0, 0);
    m_phonePrefix = new QLineEdit(phoneRow);
    m_phonePrefix->setMaximumWidth(70);
    m_phonePrefix->setAccessibleName(tr("Phone prefix"));
    m_phone = new QLineEdit(phoneRow);
    phoneLayout->addWidget(m_phonePrefix);
    phoneLayout->addWidget(m_phone, 1);
    addField(QStringLiteral("phone"), tr("&Phone"), phoneRow);
    m_phone->setAccessibleName(tr("Phone number"));
    // The prefix shares the phone's row; its errors go under that row too.
    m_errorLabels.insert(QStringLiteral("phone_prefix"),
                         m_errorLabels.value(QStringLiteral("phone")));
    m_editors.insert(QStringLiteral("phone_prefix"), m_phonePrefix);

    m_address = new QLineEdit(this);
    addField(QStringLiteral("address"), tr("&Address"), m_address);
    // The update examples of the API call it "street".
    m_errorLabels.insert(QStringLiteral("street"), m_errorLabels.value(QStringLiteral("address")));
    m_zip = new QLineEdit(this);
    m_zip->setMaximumWidth(120);
    addField(QStringLiteral("zip_code"), tr("Pos&tal code"), m_zip);
    m_city = new QLineEdit(this);
    addField(QStringLiteral("city"), tr("C&ity"), m_city);
    m_country = new QComboBox(this);
    // Named and sorted in the interface's language.
    for (const Countries::Entry &c : Countries::sorted())
        m_country->addItem(c.name, c.code);
    addField(QStringLiteral("country"), tr("C&ountry"), m_country);
    // The prefix follows the country while it is the previous country's own (or
    // blank): a client moved to Belgium gets +32, a prefix typed by hand stays.
    auto previousCountry = std::make_shared<QString>();
    connect(m_country, &QComboBox::currentIndexChanged, this, [this, previousCountry] {
        const QString country = m_country->currentData().toString();
        const QString prefix = m_phonePrefix->text().trimmed();
        if (!previousCountry->isEmpty()
            && (prefix.isEmpty() || prefix == CallingCodes::forCountry(*previousCountry))) {
            const QString own = CallingCodes::forCountry(country);
            if (!own.isEmpty())
                m_phonePrefix->setText(own);
        }
        *previousCountry = country;
    });
    m_group = new QComboBox(this);
    m_group->addItem(tr("The enterprise (no group)"), QVariant());
    for (const Group &g : groups) {
        m_group->addItem(g.name, g.groupId);
        m_groupIds.append(g.groupId);
    }
    addField(QStringLiteral("group_id"), tr("G&roup"), m_group);
    m_optin = new QCheckBox(tr("Accepts mailings"), this);
    addField(QStringLiteral("optin"), tr("Mailings"), m_optin);
    if (m_create) {
        m_cgu = new QCheckBox(tr("The client accepted the general conditions (CGU)"), this);
        addField(QStringLiteral("cgu"), tr("Conditions"), m_cgu);
    }

    // Shown once after a create: the generated password, with a Copy button.
    m_passwordPage = new ClientPasswordPage(m_pages);
    m_pages->addWidget(m_passwordPage);

    m_buttons = new QDialogButtonBox(this);
    m_saveButton =
        m_buttons->addButton(m_create ? tr("&Create") : tr("&Save"), QDialogButtonBox::AcceptRole);
    m_saveButton->setDefault(true);
    if (!m_create) {
        m_assignButton = m_buttons->addButton(tr("Assig&n a pass…"), QDialogButtonBox::ActionRole);
        m_assignButton->setAccessibleName(tr("Assign a pass to this client"));
        connect(m_assignButton, &QPushButton::clicked, this, &ClientFormDialog::assignPass);
        m_deactivateButton = m_buttons->addButton(tr("&Deactivate…"), QDialogButtonBox::ResetRole);
        m_deactivateButton->setAccessibleName(tr("Deactivate the client"));
        m_deactivateButton->setObjectName(QStringLiteral("deactivate"));
        connect(m_deactivateButton, &QPushButton::clicked, this, &ClientFormDialog::deactivate);
    }
    m_buttons->addButton(QDialogButtonBox::Close);
    connect(m_saveButton, &QPushButton::clicked, this, &ClientFormDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    outer->addWidget(m_buttons);
    pointBuddiesAtFields(this);
}

void ClientFormDialog::fill(const Client &c) {
    m_email->setText(c.email);
    m_firstName->setText(c.firstName);
    m_lastName->setText(c.lastName);
    m_gender->setCurrentIndex(std::max(0, m_gender->findData(Client::genderToApi(c.gender))));
    m_phonePrefix->setText(c.phonePrefix);
    m_phone->setText(c.phone);
    m_address->setText(c.address);
    m_zip->setText(c.zipCode);
    m_city->setText(c.city);
    m_country->setCurrentIndex(m_country->findData(c.country));
    m_group->setCurrentIndex(c.groupId ? std::max(0, m_group->findData(*c.groupId)) : 0);
    m_optin->setChecked(c.optin);
    m_record->showClient(c);
    if (!c.active)
        setReadOnly();
}

void ClientFormDialog::setReadOnly() {
    m_readOnly = true;
    setWindowTitle(tr("Client %1 (inactive)").arg(m_client.email));
    m_statusLabel->setText(tr("This client is inactive (deactivated). The record stays "
                              "readable; nothing in it can be changed."));
    m_statusLabel->show();
    QWidget *page = m_pages->widget(0);
    for (QLineEdit *edit : page->findChildren<QLineEdit *>())
        edit->setReadOnly(true);
    for (QComboBox *combo : page->findChildren<QComboBox *>())
        combo->setEnabled(false);
    for (QCheckBox *box : page->findChildren<QCheckBox *>())
        box->setEnabled(false);
    m_saveButton->hide();
    m_deactivateButton->setEnabled(false);
    m_assignButton->setEnabled(false);
    if (QPushButton *close = m_buttons->button(QDialogButtonBox::Close))
        close->setDefault(true);
}

void ClientFormDialog::prefillEmail(const QString &email) {
    m_email->setText(email);
    m_initialFields = fields();
    m_firstName->setFocus(Qt::OtherFocusReason);
}

void ClientFormDialog::assignPass() {
    if (m_create || m_readOnly)
        return;
    if (isChanged()) {
        showErrors({}, tr("Save or discard the changes before assigning a pass."));
        return;
    }
    const QString email = m_client.email;
    accept();
    Q_EMIT assignPassRequested(email);
}

QVariantMap ClientFormDialog::fields() const {
    QVariantMap f{
        {QStringLiteral("email"), m_email->text()},
        {QStringLiteral("first_name"), m_firstName->text()},
        {QStringLiteral("last_name"), m_lastName->text()},
        {QStringLiteral("phone_prefix"), m_phonePrefix->text()},
        {QStringLiteral("phone"), m_phone->text()},
        {QStringLiteral("address"), m_address->text()},
        {QStringLiteral("zip_code"), m_zip->text()},
        {QStringLiteral("city"), m_city->text()},
        {QStringLiteral("country"), m_country->currentData().toString()},
        {QStringLiteral("optin"), m_optin->isChecked()},
    };
    if (m_cgu)
        f.insert(QStringLiteral("cgu"), m_cgu->isChecked());
    if (!m_gender->currentData().toString().isEmpty())
        f.insert(QStringLiteral("gender"), m_gender->currentData().toString());
    if (m_group->currentData().isValid())
        f.insert(QStringLiteral("group_id"), m_group->currentData().toLongLong());
    return ClientValidator::normalized(f);
}

QString ClientFormDialog::fieldErrorText(const QString &field) const {
    const QLabel *label = m_errorLabels.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

QString ClientFormDialog::generalErrorText() const {
    return m_generalError->isHidden() ? QString() : m_generalError->text();
}

QString ClientFormDialog::shownPassword() const {
    return m_passwordPage->password();
}

void ClientFormDialog::clearErrors() {
    for (QLabel *label : std::as_const(m_errorLabels)) {
        label->clear();
        label->setToolTip(QString());
        label->hide();
    }
    m_generalError->setToolTip(QString());
    m_generalError->hide();
}

void ClientFormDialog::showErrors(const QList<ApiFieldError> &errors, const QString &general) {
    clearErrors();
    QStringList unplaced;
    QWidget *first = nullptr;
    for (const ApiFieldError &e : errors) {
        const QString text = e.detail.isEmpty() ? e.title : e.detail;
        if (QLabel *label = m_errorLabels.value(e.source)) {
            label->setText(label->text().isEmpty() ? text
                                                   : label->text() + QLatin1Char('\n') + text);
            label->show();
            if (!first)
                first = m_editors.value(e.source);
        } else {
            unplaced.append(e.source.isEmpty() ? text : e.source + QStringLiteral(": ") + text);
        }
    }
    if (!general.isEmpty())
        unplaced.prepend(general);
    if (!unplaced.isEmpty()) {
        m_generalError->setText(unplaced.join(QLatin1Char('\n')));
        m_generalError->show();
    }
    if (first)
        first->setFocus();
}

void ClientFormDialog::setBusy(bool busy) {
    m_sending = busy;
    m_saveButton->setEnabled(!busy);
    if (m_deactivateButton)
        m_deactivateButton->setEnabled(!busy && m_client.active);
    if (m_assignButton)
        m_assignButton->setEnabled(!busy && m_client.active);
    m_saveButton->setText(busy ? tr("Sending…") : (m_create ? tr("&Create") : tr("&Save")));
}

void ClientFormDialog::save() {
    if (!m_service || isBusy())
        return;
    const QVariantMap f = fields();
    const auto mode = m_create ? ClientValidator::Mode::Create : ClientValidator::Mode::Update;
    const QList<ApiFieldError> issues = ClientValidator::validate(f, mode, m_groupIds);
    if (!issues.isEmpty()) {
        showErrors(issues);
        return;
    }
    clearErrors();
    if (m_create) {
        m_service->createSettled(ClientValidator::toDraft(f))
            ->then(
                this, [this](const CreatedClient &created) { onCreated(created); },
                [this](const ApiError &error) { onFailed(error); });
    } else {
        Client after = m_client;
        const ClientDraft d = ClientValidator::toDraft(f);
        after.email = d.email;
        after.firstName = d.firstName;
        after.lastName = d.lastName;
        after.phonePrefix = d.phonePrefix;
        after.phone = d.phone;
        after.address = d.address;
        after.zipCode = d.zipCode;
        after.city = d.city;
        after.country = d.country;
        after.optin = d.optin;
        after.gender = d.gender;
        after.groupId = d.groupId;
        const ClientUpdate update = ClientUpdate::between(m_client, after);
        if (update.isEmpty()) {
            accept();
            return;
        }
        m_service->update(QString::number(m_client.clientId), update)
            ->then(
                this, [this](const Client &client) { onUpdated(client); },
                [this](const ApiError &error) { onFailed(error); });
    }
    setBusy(true);
}

void ClientFormDialog::deactivate() {
    if (!m_service || isBusy() || m_create)
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Deactivate client"),
                                tr("Deactivate %1? The client will no longer be able to use "
                                   "Jobbers; the record stays visible as inactive.")
                                    .arg(m_client.email),
                                QMessageBox::Cancel, this);
    QPushButton *yes = box->addButton(tr("&Deactivate"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("confirmDeactivate"));
    connect(box, &QMessageBox::buttonClicked, this, [this, yes](QAbstractButton *b) {
        if (b != yes || !m_service)
            return;
        m_service->deactivate(QString::number(m_client.clientId))
            ->then(
                this, [this](const Deactivation &) { onDeactivated(); },
                [this](const ApiError &error) { onFailed(error); });
        setBusy(true);
    });
    box->open();
}

void ClientFormDialog::onFailed(const ApiError &error) {
    setBusy(false);
    // Said in the interface's language from title and source; the server's English
    // detail goes in the tooltip.
    showErrors(ApiFieldText::forPeople(error.fieldErrors),
               error.fieldErrors.isEmpty() ? error.message : QString());
    for (const ApiFieldError &e : error.fieldErrors) {
        if (QLabel *label = m_errorLabels.value(e.source))
            label->setToolTip(e.detail);
    }
    m_generalError->setToolTip(ApiFieldText::serverDetails(error.fieldErrors));
}

void ClientFormDialog::onCreated(const CreatedClient &created) {
    m_sending = false;
    Q_EMIT saved(created.client);
    showPassword(created.client, created.password);
}

void ClientFormDialog::showPassword(const Client &client, const QString &password) {
    m_passwordPage->showPassword(client.email, password);
    m_pages->setCurrentIndex(1);
    m_saveButton->hide();
    m_passwordPage->setFocus();
}

void ClientFormDialog::onUpdated(const Client &client) {
    m_client = client;
    m_record->showClient(client);
    setBusy(false);
    Q_EMIT saved(client);
    accept();
}

void ClientFormDialog::onDeactivated() {
    m_client.active = false;
    setBusy(false);
    m_record->showClient(m_client);
    setReadOnly();
    Q_EMIT deactivated(m_client.email);
}

bool ClientFormDialog::isChanged() const {
    return m_pages->currentIndex() == 0 && fields() != m_initialFields;
}

bool ClientFormDialog::canCloseQuietly() const {
    return m_pages->currentIndex() == 0 && !m_sending && !isChanged();
}

// Esc, Close and the window's close button all come here: a changed form asks first
// (Cancel, keep editing, is the default); an unchanged one, or the password page,
// closes at once.
void ClientFormDialog::reject() {
    if (!isChanged() || m_discardQuestion) {
        QDialog::reject();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Discard the changes?"),
                                tr("The changes to this client have not been saved."),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("discardQuestion"));
    box->setWindowModality(Qt::WindowModal);
    QPushButton *discard = box->addButton(tr("&Discard the changes"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discard"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setEscapeButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_discardQuestion = box;
    connect(box, &QMessageBox::buttonClicked, this, [this, discard](QAbstractButton *button) {
        m_discardQuestion = nullptr;
        if (button == discard)
            QDialog::reject();
    });
    box->open();
}
