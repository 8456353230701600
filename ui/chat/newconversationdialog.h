#pragma once

#include <QDialog>

class ClientsModel;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// New conversation: a client of the directory (email, name or id, with completion)
// and a subject. Opened with open(); createRequested() asks the wiring to create it,
// which then closes the dialog, or shows the API's error next to its field.
class NewConversationDialog : public QDialog {
    Q_OBJECT
public:
    NewConversationDialog(ClientsModel *clients, QWidget *parent = nullptr);

    QLineEdit *clientEdit() const { return m_client; }
    QLineEdit *subjectEdit() const { return m_subject; }
    void setClient(const QString &emailOrId);
    // source: "client_id" or "subject" puts the message under that field.
    void showError(const QString &message, const QString &source = {});
    void setBusy(bool busy);
    // The client id the text names, or 0.
    qint64 resolveClient() const;

Q_SIGNALS:
    void createRequested(qint64 clientId, const QString &subject);

private:
    void submit();

    ClientsModel *m_clients;
    QLineEdit *m_client;
    QLabel *m_clientError;
    QLineEdit *m_subject;
    QLabel *m_subjectError;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};
