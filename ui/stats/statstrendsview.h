#pragma once

#include "stats/yearmonth.h"

#include <QHash>
#include <QList>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;
class StatsTrendLoader;
class StatsTrendModel;
class TrendChart;

// Month over month: delta_requests, delta_passes and delta_clients as line charts (the
// enterprise and each group), and the month-over-month table for the chosen scope with
// each month's state; a failed month is retried alone from here. Says how old what is
// shown is. The loader fills the model; this view only shows it.
class StatsTrendsView : public QWidget {
    Q_OBJECT
public:
    StatsTrendsView(StatsTrendLoader *loader, QWidget *parent = nullptr);

    void setGroupNames(const QHash<qint64, QString> &names);
    void setScope(std::optional<qint64> scope);
    // The months of the trend end with this one.
    void setLastMonth(const YearMonth &month);
    int monthCount() const;
    QList<YearMonth> range() const;
    // Loads the range (from the cache first); refreshAll fetches every month again.
    void load(bool refreshAll = false);

    QList<TrendChart *> charts() const { return m_charts; }
    QTableView *table() const { return m_table; }
    QSpinBox *monthsBox() const { return m_months; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *copyButton() const { return m_copy; }
    QString statusText() const;
    // The colour key shared by the three charts (full names, never cut short).
    QString keyText() const;

public Q_SLOTS:
    void retrySelected();
    void copyTable();

private:
    void redraw();
    void updateStatus();
    void updateRetry();

    StatsTrendLoader *m_loader;
    StatsTrendModel *m_model;
    QHash<qint64, QString> m_groupNames;
    YearMonth m_last;
    QSpinBox *m_months;
    QList<TrendChart *> m_charts;
    QTableView *m_table;
    QPushButton *m_retry;
    QPushButton *m_copy;
    QLabel *m_status;
    QLabel *m_key;
    QTimer m_redraw;
};
