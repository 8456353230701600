#pragma once

#include <QWidget>

class QPushButton;

// What the window shows while nobody is signed in, instead of the sections: no client
// stays visible behind the sign-in dialog, and if the dialog is closed the way back is
// here (and in File > Sign in).
class SignedOutPage : public QWidget {
    Q_OBJECT
public:
    explicit SignedOutPage(QWidget *parent = nullptr);

    QPushButton *signInButton() const { return m_signIn; }

Q_SIGNALS:
    void signInRequested();

private:
    QPushButton *m_signIn;
};
