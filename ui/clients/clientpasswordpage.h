#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

// The client form's last page after a create: the password the API generated, shown
// this once with a Copy button (or, when the answer was lost, why it cannot be).
class ClientPasswordPage : public QWidget {
    Q_OBJECT
public:
    explicit ClientPasswordPage(QWidget *parent = nullptr);

    // An empty password: the create was read back after a lost answer.
    void showPassword(const QString &email, const QString &password);
    QString password() const;

private:
    QLabel *m_createdLabel = nullptr;
    QLineEdit *m_password = nullptr;
};
