#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

// The month's clients who have never signed in (nologin_clients), for the enterprise
// or a group: a list of emails, from which a client opens (in the Clients room) or a
// one-time sign-in link is copied to send them.
class NoLoginView : public QWidget {
    Q_OBJECT
public:
    explicit NoLoginView(QWidget *parent = nullptr);

    // total: the API's count (it may exceed the emails listed).
    void setClients(const QStringList &emails, qint64 total);
    QStringList emails() const { return m_emails; }
    QString currentEmail() const;
    void setCurrentEmail(const QString &email);
    void setMessage(const QString &text);
    QString message() const;
    QListWidget *list() const { return m_list; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *copyLinkButton() const { return m_copyLink; }

Q_SIGNALS:
    void openClientRequested(const QString &email);
    void copySignInLinkRequested(const QString &email);

private:
    void updateButtons();

    QStringList m_emails;
    QLabel *m_summary;
    QListWidget *m_list;
    QPushButton *m_open;
    QPushButton *m_copyLink;
    QLabel *m_message;
};
