#pragma once

#include <QObject>
#include <QPointer>

class AppServices;
class MainWindow;
class PassAssigner;
class PassStockFeeder;
class PassesPage;

// The passes room in the shell: the stock of passes (PassStockFeeder) reloaded each
// time a session starts, pass assignment on the local data file (PassAssigner), and
// the Passes page, built when first shown, on the shell's refresh (F5). Other rooms ask
// for an assignment to a client through the shell (MainWindow::assignPassRequested).
class PassesWiring : public QObject {
    Q_OBJECT
public:
    PassesWiring(AppServices *services, MainWindow *window);

    // The page, built now if it was not yet.
    PassesPage *passesPage() const;
    PassStockFeeder *stock() const { return m_stock; }
    PassAssigner *assigner() const { return m_assigner; }

private:
    QPointer<MainWindow> m_window;
    PassStockFeeder *m_stock;
    PassAssigner *m_assigner;
};
