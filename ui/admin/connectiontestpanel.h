#pragma once

#include "admin/connectiontest.h"

#include <QWidget>

#include <array>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

// The connection test, in the Admin page and in its own dialog (settings, status bar):
// the server, GET and POST echo with their round-trip times and answers, the enterprise
// and its groups, and the token's remaining validity, counted down each second and
// pushed forward by each call (the server's sliding renewal).
class ConnectionTestPanel : public QWidget {
    Q_OBJECT
public:
    explicit ConnectionTestPanel(ConnectionTest *test, QWidget *parent = nullptr);

    void run();
    QString resultText(ConnectionTest::Check check) const;
    QString tokenText() const;

private:
    void showResult(ConnectionTest::Check check);
    void updateToken();

    ConnectionTest *m_test;
    QLabel *m_server;
    QLineEdit *m_text;
    QPushButton *m_run;
    std::array<QLabel *, ConnectionTest::CheckCount> m_results{};
    QLabel *m_token;
    QLabel *m_status;
    QTimer *m_tick;
};
