#pragma once

#include <QWidget>

class ActivityFilterProxy;
class ActivityLog;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

// The activity log for the person who reports a problem: the calls of this session,
// filtered by text or failures, copied (the selection, else what is shown) or
// exported to a text file for a support ticket. It never holds a secret, a token, a
// query string or a body (see CallRecord), so what is copied can be pasted anywhere.
class ActivityLogView : public QWidget {
    Q_OBJECT
public:
    explicit ActivityLogView(ActivityLog *log, QWidget *parent = nullptr);

    ActivityFilterProxy *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    // The text Copy puts on the clipboard: the selected calls, else every call shown.
    QString selectionText() const;
    // Writes every call shown; false with *error when the file cannot be written.
    bool exportTo(const QString &path, QString *error = nullptr) const;

private:
    void copy();
    void exportToFile();
    void updateCount();

    ActivityLog *m_log;
    ActivityFilterProxy *m_proxy;
    QLineEdit *m_filter;
    QCheckBox *m_failuresOnly;
    QTableView *m_table;
    QLabel *m_count;
    QLabel *m_status;
    QPushButton *m_copy;
    QPushButton *m_export;
    QPushButton *m_clear;
};
