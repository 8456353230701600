#pragma once

#include "clients/client.h"
#include "enterprise/group.h"
#include "net/apierror.h"

#include <QDialog>
#include <QHash>
#include <QMessageBox>
#include <QPointer>
#include <QVariantMap>

class ClientRecordPanel;
class ClientsService;
struct CreatedClient;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QWidget;

// Creates a client or edits one; an existing client's record (id, group, dates, state)
// is shown above the fields, and an inactive client opens read-only. Assign a pass
// closes the record and asks the shell for the Passes page. Fields are checked by ClientValidator
// before anything is sent; the server's field errors land under the field they name, the same way.
// Never modal on a network wait: it is opened with open() and stays usable while a request runs.
// After a create, the generated password is shown once with a Copy button. Closing it does not stop
// a call on its way (a create may have acted already): its answer then reaches nobody here, and a
// failure is shown by the shell as one that nobody handled.
class ClientFormDialog : public QDialog {
    Q_OBJECT
public:
    // Create mode.
    ClientFormDialog(ClientsService *service, const QList<Group> &groups,
                     QWidget *parent = nullptr);
    // Edit mode.
    ClientFormDialog(ClientsService *service, const QList<Group> &groups, const Client &client,
                     QWidget *parent = nullptr);

    bool isCreate() const { return m_create; }
    // An inactive client opens read-only: nothing to save, nothing to deactivate.
    bool isReadOnly() const { return m_readOnly; }
    // Create mode: the email the staff just looked up, typed for them. Not a change of
    // theirs: Esc still closes at once.
    void prefillEmail(const QString &email);
    ClientRecordPanel *recordPanel() const { return m_record; }
    QPushButton *assignPassButton() const { return m_assignButton; }
    // The form's fields with API names, normalized.
    QVariantMap fields() const;
    // The error shown under a field ("" when none), for tests and accessibility.
    QString fieldErrorText(const QString &field) const;
    QString generalErrorText() const;
    QString shownPassword() const;
    bool isBusy() const { return m_sending; }
    // Whether a field differs from what the form opened with.
    bool isChanged() const;
    // Nothing would be lost by closing it now: no change, no call on its way, no new
    // client's password on show.
    bool canCloseQuietly() const;
    // The "discard the changes?" question, while it is open.
    QMessageBox *discardQuestion() const { return m_discardQuestion; }

public Q_SLOTS:
    void save();
    void deactivate();
    // Closes the form and asks the shell for "Assign a pass" with this client.
    void assignPass();
    void reject() override;

Q_SIGNALS:
    void saved(const Client &client);
    void deactivated(const QString &email);
    void assignPassRequested(const QString &email);

private:
    void build(const QList<Group> &groups);
    void addField(const QString &field, const QString &label, QWidget *editor);
    void fill(const Client &client);
    void showErrors(const QList<ApiFieldError> &errors, const QString &general = {});
    void clearErrors();
    void setBusy(bool busy);
    void setReadOnly();
    void onFailed(const ApiError &error);
    void onCreated(const CreatedClient &created);
    void onUpdated(const Client &client);
    void onDeactivated();
    void showPassword(const Client &client, const QString &password);

    QPointer<ClientsService> m_service;
    bool m_create = true;
    Client m_client;
    bool m_sending = false; // a create, update or deactivate is on its way
    bool m_readOnly = false;
    QList<qint64> m_groupIds;
    QVariantMap m_initialFields;
    QPointer<QMessageBox> m_discardQuestion;

    QStackedWidget *m_pages = nullptr;
    QLabel *m_generalError = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_firstName = nullptr;
    QLineEdit *m_lastName = nullptr;
    QComboBox *m_gender = nullptr;
    QLineEdit *m_phonePrefix = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_zip = nullptr;
    QLineEdit *m_city = nullptr;
    QComboBox *m_country = nullptr;
    QComboBox *m_group = nullptr;
    QCheckBox *m_optin = nullptr;
    QCheckBox *m_cgu = nullptr;
    QHash<QString, QLabel *> m_errorLabels;
    QHash<QString, QWidget *> m_editors;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_deactivateButton = nullptr;
    QPushButton *m_assignButton = nullptr;
    ClientRecordPanel *m_record = nullptr;
    class ClientPasswordPage *m_passwordPage = nullptr;
    class QFormLayout *m_form = nullptr;
};
