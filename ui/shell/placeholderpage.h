#pragma once

#include <QWidget>

class QIcon;

// What a section shows until its feature page is plugged in with MainWindow::setPage.
class PlaceholderPage : public QWidget {
    Q_OBJECT
public:
    PlaceholderPage(const QIcon &icon, const QString &title, QWidget *parent = nullptr);
};
