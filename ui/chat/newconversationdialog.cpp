#include "newconversationdialog.h"

#include "clients/clientsmodel.h"
#include "shell/statepalette.h"

#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
QLabel *errorLabel() {
    auto *l = new QLabel;
    l->setWordWrap(true);
    l->setVisible(false);
    StatePalette::markError(l);
    return l;
}
} // namespace

NewConversationDialog::NewConversationDialog(ClientsModel *clients, QWidget *parent)
    : QDialog(parent)
    , m_clients(clients)
    , m_client(new QLineEdit)
    , m_clientError(errorLabel())
    , m_subject(new QLineEdit)
    , m_subjectError(errorLabel())
    , m_error(errorLabel())
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel)) {
    setObjectName(QStringLiteral("newConversationDialog"));
    setWindowTitle(tr("New conversation"));
    m_client->setObjectName(QStringLiteral("clientEdit"));
    m_client->setPlaceholderText(tr("Email or client id"));
    auto *completer = new QCompleter(clients, this);
    completer->setCompletionColumn(ClientsModel::Email);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_client->setCompleter(completer);
    m_subject->setObjectName(QStringLiteral("subjectEdit"));
    m_subject->setMaxLength(255);
    m_subject->setPlaceholderText(tr("What the client asks for"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start"));

    auto *form = new QFormLayout;
    auto *clientLabel = new QLabel(tr("&Client:"));
    clientLabel->setBuddy(m_client);
    auto *subjectLabel = new QLabel(tr("&Subject:"));
    subjectLabel->setBuddy(m_subject);
    form->addRow(clientLabel, m_client);
    form->addRow(QString(), m_clientError);
    form->addRow(subjectLabel, m_subject);
    form->addRow(QString(), m_subjectError);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewConversationDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(440, sizeHint().height());
}

void NewConversationDialog::setClient(const QString &emailOrId) {
    m_client->setText(emailOrId);
    m_subject->setFocus();
}

qint64 NewConversationDialog::resolveClient() const {
    const QString text = m_client->text().trimmed();
    bool number = false;
    const qint64 id = text.toLongLong(&number);
    if (number)
        return id > 0 ? id : 0;
    const int row = m_clients ? m_clients->rowOfEmail(text) : -1;
    if (row < 0)
        return 0;
    const qint64 found = m_clients->entryAt(row).client.clientId;
    // A client known by its email only has no id yet.
    return found > 0 ? found : 0;
}

void NewConversationDialog::showError(const QString &message, const QString &source) {
    QLabel *where = source == QLatin1String("client_id") || source == QLatin1String("client")
                        ? m_clientError
                    : source == QLatin1String("subject") ? m_subjectError
                                                         : m_error;
    where->setText(message);
    where->setVisible(true);
    if (where == m_clientError)
        m_client->setFocus();
    else if (where == m_subjectError)
        m_subject->setFocus();
}

void NewConversationDialog::setBusy(bool busy) {
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_client->setReadOnly(busy);
    m_subject->setReadOnly(busy);
}

void NewConversationDialog::submit() {
    for (QLabel *l : {m_clientError, m_subjectError, m_error})
        l->setVisible(false);
    const qint64 clientId = resolveClient();
    bool ok = true;
    if (clientId <= 0) {
        showError(tr("Choose a client of the directory by email or id."),
                  QStringLiteral("client_id"));
        ok = false;
    }
    if (m_subject->text().trimmed().isEmpty()) {
        showError(tr("Enter a subject."), QStringLiteral("subject"));
        if (ok)
            m_subject->setFocus();
        ok = false;
    }
    if (ok)
        Q_EMIT createRequested(clientId, m_subject->text().trimmed());
}
