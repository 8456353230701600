#pragma once

#include "net/apierror.h"

#include <QPointer>
#include <QWidget>

class ApiJob;
class ClientDirectory;
class ClientFilterProxy;
class ClientsService;
struct EmailCheck;
struct SignInLink;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class StateLegend;
class TaskRegistry;
class Client;

// The client directory: a table of every client the desk has met, a search field
// that filters as you type (Ctrl+F), and, when what is typed is an email or an id the
// directory does not know, an offer to look it up on the API. A note says what the
// list is (the API cannot list clients) and how far its first fill is. Opens the client
// form (New client takes the email just looked up), the CSV import and the one-time
// sign-in link, and asks the shell for "Assign a pass" with the selected client (button,
// Alt+P, the row's context menu).
class ClientsPage : public QWidget {
    Q_OBJECT
public:
    ClientsPage(ClientsService *service, ClientDirectory *directory, TaskRegistry *tasks,
                QWidget *parent = nullptr);
    ~ClientsPage() override;

    QLineEdit *searchField() const { return m_search; }
    QTableView *view() const { return m_view; }
    ClientFilterProxy *proxy() const { return m_proxy; }
    QString lookupText() const;
    QPushButton *lookupButton() const { return m_lookupButton; }
    QString messageText() const;
    QPushButton *assignPassButton() const { return m_assignButton; }
    // What the page says the directory is (the API cannot list clients).
    QString directoryNoteText() const;
    // "54 clients", "3 of 54 clients" while a filter is on.
    QString countText() const;
    StateLegend *legend() const { return m_legend; }

public Q_SLOTS:
    void focusSearch();
    void newClient();
    void importCsv();
    void refresh();
    // Signed out: the client forms that would lose nothing close; one with changes, a
    // call on its way or a new client's password stays, to be saved once signed in.
    void closeQuietDialogs();
    void openCurrent();
    void lookUp();
    void openSignInLink();
    void copySignInLink();
    // Asks the shell for "Assign a pass" with the selected client.
    void assignPass();
    // The directory's first fill, as it goes (the note says how far); done == total ends it.
    void setFillProgress(int done, int total);

Q_SIGNALS:
    // A dialog this page opened (form, import): for tests and the shell.
    void dialogOpened(QWidget *dialog);
    void assignPassRequested(const QString &email);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void enterTable();
    void onSearchChanged(const QString &text);
    void openClient(const Client &client);
    // Loads idOrEmail from the API (the directory records it) and, with open, opens it.
    void load(const QString &idOrEmail, bool open);
    // A lookup replaces the one before it, which is cancelled (a GET: nothing lost).
    void setLookup(ApiJob *job);
    void onExists(const QString &email, const EmailCheck &check);
    void onLoaded(const Client &client, bool open);
    void onLoadFailed(const ApiError &error);
    void onSignInLink(const SignInLink &link, bool copy);
    void showMessage(const QString &text, bool error = false);
    void showError(const ApiError &error);
    void updateCount();
    void fitGroupColumn();
    QString currentEmail() const;
    void requestSignInLink(bool copy);

    QPointer<ClientsService> m_service;
    ClientDirectory *m_directory;
    QPointer<TaskRegistry> m_tasks;
    ClientFilterProxy *m_proxy = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_count = nullptr;
    QWidget *m_lookupBar = nullptr;
    QLabel *m_lookupLabel = nullptr;
    QPushButton *m_lookupButton = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_linkButton = nullptr;
    QPushButton *m_copyLinkButton = nullptr;
    QPushButton *m_assignButton = nullptr;
    QLabel *m_note = nullptr;
    QString m_noteText;
    StateLegend *m_legend = nullptr;

    QPointer<ApiJob> m_lookup; // exists() or get() in flight, at most one
};
