#pragma once

#include "stats/csvwriter.h"
#include "stats/monthstats.h"
#include "stats/yearmonth.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <optional>

class ChartPanel;
class ClientsService;
class NoLoginView;
class QComboBox;
class QLabel;
class QSpinBox;
class QTabWidget;
class QTableView;
class QToolButton;
class StatsGroupsModel;
class StatsMonthView;
class StatsTrendLoader;
class StatsTrendsView;

// The Stats room's page. A month (default: the last complete one; the current month is
// marked as still moving) and the enterprise or one of its groups; four tabs: the month
// at a glance (figure cards, charts), the groups side by side, the trends, and the
// clients who never signed in (open one in the Clients room, copy a sign-in link).
// Exports CSV (three tables), the month as a one-page PDF, and charts as PNG or SVG.
// Loaders from core fill the models (monthLoader: the month and the one before it;
// trendLoader: the trend, loaded when its tab is first shown).
class StatsPage : public QWidget {
    Q_OBJECT
public:
    enum class Tab { Month, Groups, Trends, NeverSignedIn };
    enum class Chart { Tags, Gender, Orders, RequestsTrend, PassesTrend, ClientsTrend };

    // clients: for sign-in links (may be null: the button then says it cannot).
    StatsPage(StatsTrendLoader *monthLoader, StatsTrendLoader *trendLoader, ClientsService *clients,
              QWidget *parent = nullptr);
    ~StatsPage() override;

    YearMonth month() const { return m_month; }
    void setMonth(const YearMonth &month);
    std::optional<qint64> scope() const;
    void setScope(std::optional<qint64> scope);
    void setGroupNames(const QHash<qint64, QString> &names);
    void setEnterpriseName(const QString &name) { m_enterpriseName = name; }
    void setCurrentTab(Tab tab);

    // Files, without dialogs (the Export menu asks for the path, then calls these).
    bool exportCsv(const QString &path, const CsvWriter::Options &options,
                   QString *error = nullptr);
    bool exportPdf(const QString &path, QString *error = nullptr);
    bool exportChart(Chart chart, const QString &path, QString *error = nullptr);
    ChartPanel *chart(Chart chart) const;

    StatsMonthView *monthView() const { return m_monthView; }
    StatsTrendsView *trendsView() const { return m_trendsView; }
    NoLoginView *noLoginView() const { return m_noLogin; }
    QTableView *groupsTable() const { return m_groupsTable; }
    QComboBox *monthBox() const { return m_monthBox; }
    QSpinBox *yearBox() const { return m_yearBox; }
    QComboBox *scopeBox() const { return m_scopeBox; }
    QTabWidget *tabs() const { return m_tabs; }
    QToolButton *exportButton() const { return m_export; }
    QString statusText() const;
    bool isCurrentMonthShown() const;

public Q_SLOTS:
    // F5: the month (and the trend, once opened) fetched again, cache or not.
    void refresh();
    // The month (and the trend, once opened) again, from the cache first.
    void reload();
    void copySignInLink(const QString &email);

Q_SIGNALS:
    // The Clients room opens it; this page knows nothing of it.
    void openClientRequested(const QString &email);
    // A file was written (path), or could not be (error): for the shell's status bar.
    void exported(const QString &path);
    void exportFailed(const QString &error);

private:
    void buildExportMenu();
    void onPickerChanged();
    void updateMonthBoxLabels();
    void onMonthData();
    void updateScopes();
    void showScope();
    void updateStatus();
    void askAndExportCsv();
    void askAndExportPdf();
    void askAndExportCharts(bool svg);

    StatsTrendLoader *m_monthLoader;
    StatsTrendLoader *m_trendLoader;
    QPointer<ClientsService> m_clients;
    StatsGroupsModel *m_groups;
    QHash<qint64, QString> m_groupNames;
    QString m_enterpriseName;
    YearMonth m_month;
    bool m_trendsLoaded = false;
    QComboBox *m_monthBox;
    QSpinBox *m_yearBox;
    QComboBox *m_scopeBox;
    QLabel *m_moving;
    QLabel *m_status;
    QToolButton *m_export;
    QTabWidget *m_tabs;
    StatsMonthView *m_monthView;
    QTableView *m_groupsTable;
    StatsTrendsView *m_trendsView;
    NoLoginView *m_noLogin;
};
