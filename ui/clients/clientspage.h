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

// The client directory: a table of every client the app has seen, a search field
// that filters as you type (Ctrl+F), and, when what is typed is an email or an id the
// directory does not know, an offer to look it up on the API. Opens the client form,
// the CSV import and the one-time sign-in link.
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
    // "54 clients", "3 of 54 clients" while a filter is on.
    QString countText() const;
    StateLegend *legend() const { return m_legend; }

public Q_SLOTS:
    void focusSearch();
    void newClient();
    void importCsv();
    void refresh();
    void openCurrent();
    void lookUp();
    void openSignInLink();
    void copySignInLink();

Q_SIGNALS:
    // A dialog this page opened (form, import): for tests and the shell.
    void dialogOpened(QWidget *dialog);

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
    StateLegend *m_legend = nullptr;

    QPointer<ApiJob> m_lookup; // exists() or get() in flight, at most one
};
