#include "statspage.h"

#include "chartpanel.h"
#include "genderchart.h"
#include "nologinview.h"
#include "orderschart.h"
#include "statsmonthview.h"
#include "statsreport.h"
#include "statstrendsview.h"
#include "tablecopy.h"
#include "tagschart.h"
#include "trendchart.h"

#include "clients/autologinpolicy.h"
#include "clients/clientsservice.h"
#include "net/apiclient.h"
#include "stats/statsage.h"
#include "stats/statscsvwriter.h"
#include "stats/statsgroupsmodel.h"
#include "stats/statstrendloader.h"
#include "stats/statstrendmodel.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

StatsPage::StatsPage(StatsTrendLoader *monthLoader, StatsTrendLoader *trendLoader,
                     ClientsService *clients, QWidget *parent)
    : QWidget(parent)
    , m_monthLoader(monthLoader)
    , m_trendLoader(trendLoader)
    , m_clients(clients)
    , m_groups(new StatsGroupsModel(this))
    , m_monthBox(new QComboBox(this))
    , m_yearBox(new QSpinBox(this))
    , m_scopeBox(new QComboBox(this))
    , m_moving(new QLabel(this))
    , m_status(new QLabel(this))
    , m_export(new QToolButton(this))
    , m_tabs(new QTabWidget(this))
    , m_monthView(new StatsMonthView(this))
    , m_groupsTable(new QTableView(this))
    , m_trendsView(new StatsTrendsView(trendLoader, this))
    , m_noLogin(new NoLoginView(this)) {
    setObjectName(QStringLiteral("statsPage"));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    auto *monthLabel = new QLabel(tr("Mo&nth:"), this);
    monthLabel->setBuddy(m_monthBox);
    m_monthBox->setAccessibleName(tr("Month"));
    for (int m = 1; m <= 12; ++m)
        m_monthBox->addItem(QString(), m);
    auto *yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_yearBox);
    m_yearBox->setAccessibleName(tr("Year"));
    m_yearBox->setRange(2015, m_monthLoader->currentMonth().year);
    m_yearBox->setGroupSeparatorShown(false);
    auto *scopeLabel = new QLabel(tr("Enterprise or &group:"), this);
    scopeLabel->setBuddy(m_scopeBox);
    m_scopeBox->setAccessibleName(tr("Enterprise or group"));
    m_scopeBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_export->setText(tr("E&xport"));
    m_export->setAccessibleName(tr("Export the statistics"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    m_export->setToolButtonStyle(Qt::ToolButtonTextOnly);
    buildExportMenu();
    bar->addWidget(monthLabel);
    bar->addWidget(m_monthBox);
    bar->addWidget(yearLabel);
    bar->addWidget(m_yearBox);
    bar->addSpacing(12);
    bar->addWidget(scopeLabel);
    bar->addWidget(m_scopeBox);
    bar->addWidget(m_moving, 1);
    bar->addWidget(m_export);
    layout->addLayout(bar);
    m_status->setWordWrap(true);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_status);
    m_moving->setWordWrap(true);

    m_groups->setSource(m_monthLoader->model());
    m_groupsTable->setModel(m_groups);
    m_groupsTable->setAccessibleName(tr("Enterprise and groups side by side"));
    m_groupsTable->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_groupsTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_groupsTable->setAlternatingRowColors(true);
    m_groupsTable->setSortingEnabled(false);
    m_groupsTable->verticalHeader()->hide();
    m_groupsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *groupsTab = new QWidget(this);
    auto *groupsLayout = new QVBoxLayout(groupsTab);
    groupsLayout->addWidget(m_groupsTable, 1);
    auto *copyGroups = new QPushButton(tr("&Copy table"), groupsTab);
    copyGroups->setAccessibleName(tr("Copy the groups table for a spreadsheet"));
    auto *copyRow = new QHBoxLayout;
    copyRow->addWidget(copyGroups);
    copyRow->addStretch(1);
    groupsLayout->addLayout(copyRow);
    auto *copy = new QAction(this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    m_groupsTable->addAction(copy);
    const auto copyTable = [this] { TableCopy::copyToClipboard(m_groupsTable); };
    connect(copy, &QAction::triggered, this, copyTable);
    connect(copyGroups, &QPushButton::clicked, this, copyTable);

    m_tabs->addTab(m_monthView, tr("&Month"));
    m_tabs->addTab(groupsTab, tr("Grou&ps"));
    m_tabs->addTab(m_trendsView, tr("&Trends"));
    m_tabs->addTab(m_noLogin, tr("Never &signed in"));
    layout->addWidget(m_tabs, 1);

    connect(m_monthBox, &QComboBox::currentIndexChanged, this, &StatsPage::onPickerChanged);
    connect(m_yearBox, &QSpinBox::valueChanged, this, &StatsPage::onPickerChanged);
    connect(m_scopeBox, &QComboBox::currentIndexChanged, this, &StatsPage::showScope);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_trendsView && !m_trendsLoaded) {
            m_trendsLoaded = true;
            m_trendsView->load();
        }
    });
    const StatsTrendModel *monthModel = m_monthLoader->model();
    connect(monthModel, &QAbstractItemModel::dataChanged, this, &StatsPage::onMonthData);
    connect(monthModel, &QAbstractItemModel::modelReset, this, &StatsPage::onMonthData);
    connect(m_noLogin, &NoLoginView::openClientRequested, this, &StatsPage::openClientRequested);
    connect(m_noLogin, &NoLoginView::copySignInLinkRequested, this, &StatsPage::copySignInLink);

    // The last complete month: the current one is still moving.
    setMonth(m_monthLoader->currentMonth().previous());
}

StatsPage::~StatsPage() = default;

void StatsPage::buildExportMenu() {
    auto *menu = new QMenu(m_export);
    menu->addAction(tr("&CSV files for a spreadsheet…"), this, &StatsPage::askAndExportCsv);
    menu->addAction(tr("&PDF report of the month…"), this, &StatsPage::askAndExportPdf);
    menu->addAction(tr("Charts as P&NG images…"), this, [this] { askAndExportCharts(false); });
    menu->addAction(tr("Charts as &SVG drawings…"), this, [this] { askAndExportCharts(true); });
    m_export->setMenu(menu);
}

void StatsPage::setMonth(const YearMonth &month) {
    const QSignalBlocker a(m_monthBox), b(m_yearBox);
    m_yearBox->setValue(month.year);
    m_monthBox->setCurrentIndex(month.month - 1);
    updateMonthBoxLabels();
    onPickerChanged();
}

bool StatsPage::isCurrentMonthShown() const {
    return m_month == m_monthLoader->currentMonth();
}

void StatsPage::updateMonthBoxLabels() {
    const QLocale locale;
    const YearMonth current = m_monthLoader->currentMonth();
    for (int m = 1; m <= 12; ++m) {
        QString name = locale.standaloneMonthName(m);
        if (!name.isEmpty())
            name[0] = name.at(0).toUpper();
        if (m_yearBox->value() == current.year && m == current.month)
            name = tr("%1 (in progress)").arg(name);
        m_monthBox->setItemText(m - 1, name);
    }
}

void StatsPage::onPickerChanged() {
    updateMonthBoxLabels();
    const YearMonth picked{m_yearBox->value(), m_monthBox->currentIndex() + 1};
    if (picked == m_month && m_monthLoader->model()->rowCount() > 0)
        return;
    m_month = picked;
    m_moving->setText(
        isCurrentMonthShown() ? tr("Month in progress: its figures will still change.")
        : picked > m_monthLoader->currentMonth() ? tr("This month has not started yet.")
                                                 : QString());
    m_monthLoader->load({picked.previous(), picked});
    m_trendsView->setLastMonth(picked);
    if (m_trendsLoaded)
        m_trendsView->load();
}

void StatsPage::reload() {
    m_monthLoader->load({m_month.previous(), m_month});
    if (m_trendsLoaded)
        m_trendsView->load();
}

void StatsPage::refresh() {
    m_monthLoader->load({m_month.previous(), m_month}, true);
    if (m_trendsLoaded)
        m_trendsView->load(true);
}

std::optional<qint64> StatsPage::scope() const {
    const QVariant v = m_scopeBox->currentData();
    if (!v.isValid() || v.toLongLong() == 0)
        return std::nullopt;
    return v.toLongLong();
}

void StatsPage::setScope(std::optional<qint64> scope) {
    const int i = m_scopeBox->findData(scope ? *scope : qint64(0));
    if (i >= 0)
        m_scopeBox->setCurrentIndex(i);
}

void StatsPage::setGroupNames(const QHash<qint64, QString> &names) {
    m_groupNames = names;
    m_groups->setGroupNames(names);
    m_trendsView->setGroupNames(names);
    updateScopes();
}

void StatsPage::setCurrentTab(Tab tab) {
    m_tabs->setCurrentIndex(int(tab));
}

void StatsPage::onMonthData() {
    updateScopes();
    showScope();
    updateStatus();
}

void StatsPage::updateScopes() {
    const MonthStats *month = m_monthLoader->model()->stats(m_month);
    const std::optional<qint64> keep = scope();
    const QSignalBlocker block(m_scopeBox);
    QList<std::optional<qint64>> scopes{std::nullopt};
    if (month) {
        for (const StatsEntry &e : month->entries) {
            if (e.groupId)
                scopes.append(e.groupId);
        }
    }
    m_scopeBox->clear();
    for (const std::optional<qint64> &s : scopes)
        m_scopeBox->addItem(StatsReport::scopeName(s, m_groupNames), s ? *s : qint64(0));
    const int i = m_scopeBox->findData(keep ? *keep : qint64(0));
    m_scopeBox->setCurrentIndex(qMax(0, i));
}

void StatsPage::showScope() {
    const StatsTrendModel *model = m_monthLoader->model();
    const MonthStats *month = model->stats(m_month);
    const MonthStats *before = model->stats(m_month.previous());
    m_monthView->showMonth(month, before, scope());
    const StatsEntry *e = month ? month->entry(scope()) : nullptr;
    m_noLogin->setClients(e ? e->nologinEmails : QStringList(), e ? e->nologinTotal : 0);
    m_trendsView->setScope(scope());
}

QString StatsPage::statusText() const {
    return m_status->text();
}

void StatsPage::updateStatus() {
    const StatsTrendModel *model = m_monthLoader->model();
    const MonthStats *month = model->stats(m_month);
    const QLocale locale;
    QStringList parts;
    const StatsTrendModel::MonthState state = model->stateOf(m_month);
    if (month && month->lastUpdated().isValid())
        parts << tr("Figures calculated on %1 at %2.")
                     .arg(locale.toString(month->lastUpdated().toLocalTime().date(),
                                          QLocale::LongFormat),
                          locale.toString(month->lastUpdated().toLocalTime().time(),
                                          QLocale::ShortFormat));
    const int row = model->rowOf(m_month);
    const QDateTime fetched =
        row >= 0 ? model->index(row, 0).data(StatsTrendModel::FetchedAtRole).toDateTime()
                 : QDateTime();
    if (fetched.isValid())
        parts << tr("Fetched %1%2.")
                     .arg(StatsAge::ago(fetched), state == StatsTrendModel::MonthState::Cached
                                                      ? tr(", kept on this computer")
                                                      : QString());
    if (state == StatsTrendModel::MonthState::Loading)
        parts << tr("Loading…");
    if (state == StatsTrendModel::MonthState::Failed)
        parts << tr("This month could not be loaded: %1 (press F5 to try again).")
                     .arg(model->index(row, 0).data(StatsTrendModel::ErrorRole).toString());
    m_status->setText(parts.join(QLatin1Char(' ')));
}

void StatsPage::copySignInLink(const QString &email) {
    if (!m_clients) {
        m_noLogin->setMessage(tr("Sign-in links cannot be made here."));
        return;
    }
    m_noLogin->setMessage(tr("Asking for a sign-in link for %1…").arg(email));
    m_clients->loginUrl(email)->then(
        this,
        [this](const SignInLink &link) {
            QString reason;
            if (!m_clients
                || !AutologinPolicy::isAllowed(link.url, m_clients->apiClient()->baseUrl(),
                                               &reason)) {
                m_noLogin->setMessage(reason);
                return;
            }
            QGuiApplication::clipboard()->setText(link.url.toString());
            m_noLogin->setMessage(tr("A one-time sign-in link for %1 was copied; it works "
                                     "once, within an hour.")
                                      .arg(link.idOrEmail));
        },
        [this](const ApiError &error) { m_noLogin->setMessage(error.message); });
}
