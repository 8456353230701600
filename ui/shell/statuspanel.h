#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

// The status bar's permanent indicators: connection, enterprise and token. Plain
// setters, so MainWindow and tests can drive it without a network.
class StatusPanel : public QWidget {
    Q_OBJECT
public:
    enum class Connection { Offline, Connecting, Connected, Reconnecting };
    Q_ENUM(Connection)
    enum class Token { None, Valid, Renewing, Expired };
    Q_ENUM(Token)

    explicit StatusPanel(QWidget *parent = nullptr);

    Connection connection() const { return m_connection; }
    void setConnection(Connection state);
    // A transient fault: the client tries again, attempt number attempt, in delayMs.
    void setReconnecting(int attempt, int delayMs);

    qint64 enterpriseId() const { return m_enterpriseId; }
    void setEnterpriseId(qint64 id); // 0: not signed in

    Token token() const { return m_token; }
    void setToken(Token state);

    QString connectionText() const;
    QString tokenText() const;

Q_SIGNALS:
    // The status bar's "Test" button.
    void connectionTestRequested();

private:
    void refresh();

    Connection m_connection = Connection::Offline;
    Token m_token = Token::None;
    qint64 m_enterpriseId = 0;
    int m_attempt = 0;
    int m_delayMs = 0;
    QLabel *m_connectionLabel;
    QLabel *m_enterpriseLabel;
    QLabel *m_tokenLabel;
    QToolButton *m_testButton;
};
