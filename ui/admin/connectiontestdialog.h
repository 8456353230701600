#pragma once

#include <QDialog>

class ConnectionTest;
class ConnectionTestPanel;

// The connection test on its own, from the settings or the status bar: runs at once,
// stays open (not modal) while the user looks.
class ConnectionTestDialog : public QDialog {
    Q_OBJECT
public:
    ConnectionTestDialog(ConnectionTest *test, QWidget *parent = nullptr);
    ConnectionTestPanel *panel() const { return m_panel; }

private:
    ConnectionTestPanel *m_panel;
};
