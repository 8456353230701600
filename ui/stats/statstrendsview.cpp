#include "statstrendsview.h"

#include "chartstyle.h"
#include "tablecopy.h"
#include "trendchart.h"

#include "stats/statsage.h"
#include "stats/statstrendloader.h"
#include "stats/statstrendmodel.h"

#include <QAction>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

StatsTrendsView::StatsTrendsView(StatsTrendLoader *loader, QWidget *parent)
    : QWidget(parent)
    , m_loader(loader)
    , m_model(loader->model())
    , m_months(new QSpinBox(this))
    , m_table(new QTableView(this))
    , m_retry(new QPushButton(tr("R&etry month"), this))
    , m_copy(new QPushButton(tr("Copy t&able"), this))
    , m_status(new QLabel(this))
    , m_key(new QLabel(this)) {
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    auto *monthsLabel = new QLabel(tr("Mont&hs shown:"), this);
    monthsLabel->setBuddy(m_months);
    m_months->setRange(2, 36);
    m_months->setValue(12);
    m_months->setAccessibleName(tr("Number of months shown"));
    bar->addWidget(monthsLabel);
    bar->addWidget(m_months);
    bar->addWidget(m_status, 1);
    m_status->setWordWrap(true);
    layout->addLayout(bar);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("statsTrendsSplitter"));
    auto *chartsBox = new QWidget(splitter);
    auto *grid = new QGridLayout(chartsBox);
    grid->setContentsMargins(0, 0, 0, 0);
    const StatsFigures::Figure figures[] = {StatsFigures::Figure::Requests,
                                            StatsFigures::Figure::Passes,
                                            StatsFigures::Figure::Clients};
    // Two by two: the three charts and their one colour key (a legend per chart would
    // repeat it three times and cut long group names short).
    for (int i = 0; i < 3; ++i) {
        auto *chart = new TrendChart(figures[i], chartsBox);
        chart->setLegendShown(false);
        m_charts.append(chart);
        grid->addWidget(chart, i / 2, i % 2);
    }
    m_key->setParent(chartsBox);
    m_key->setWordWrap(true);
    m_key->setTextFormat(Qt::RichText);
    m_key->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_key->setAccessibleName(tr("Colour key of the trend charts"));
    grid->addWidget(m_key, 1, 1);
    auto *tableBox = new QWidget(splitter);
    auto *tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Month over month"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    tableLayout->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    m_retry->setAccessibleName(tr("Load the selected month again"));
    m_copy->setAccessibleName(tr("Copy the month-over-month table for a spreadsheet"));
    buttons->addWidget(m_retry);
    buttons->addWidget(m_copy);
    buttons->addStretch(1);
    tableLayout->addLayout(buttons);
    splitter->addWidget(chartsBox);
    splitter->addWidget(tableBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    auto *copy = new QAction(this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(copy);
    connect(copy, &QAction::triggered, this, &StatsTrendsView::copyTable);
    connect(m_copy, &QPushButton::clicked, this, &StatsTrendsView::copyTable);
    connect(m_retry, &QPushButton::clicked, this, &StatsTrendsView::retrySelected);
    connect(m_months, &QSpinBox::valueChanged, this, [this] { load(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &StatsTrendsView::updateRetry);
    // Months arrive one by one: while they do, the charts are redrawn at most every
    // 250 ms (21 lines on three charts are not redrawn twelve times); at the end, at once.
    m_redraw.setSingleShot(true);
    connect(&m_redraw, &QTimer::timeout, this, &StatsTrendsView::redraw);
    const auto queueRedraw = [this] {
        updateStatus();
        updateRetry();
        if (!m_redraw.isActive())
            m_redraw.start(m_loader->isRunning() ? 250 : 0);
    };
    connect(m_model, &QAbstractItemModel::dataChanged, this, queueRedraw);
    connect(m_model, &QAbstractItemModel::modelReset, this, queueRedraw);
    connect(m_loader, &StatsTrendLoader::finished, this, [this] { m_redraw.start(0); });
    connect(m_loader, &StatsTrendLoader::progress, this, &StatsTrendsView::updateStatus);
    connect(m_loader, &StatsTrendLoader::finished, this, &StatsTrendsView::updateStatus);
    updateRetry();
    updateStatus();
}

void StatsTrendsView::setGroupNames(const QHash<qint64, QString> &names) {
    m_groupNames = names;
    redraw();
}

void StatsTrendsView::setScope(std::optional<qint64> scope) {
    m_model->setScope(scope);
}

void StatsTrendsView::setLastMonth(const YearMonth &month) {
    m_last = month;
}

int StatsTrendsView::monthCount() const {
    return m_months->value();
}

QList<YearMonth> StatsTrendsView::range() const {
    return StatsTrendLoader::lastMonths(m_months->value(),
                                        m_last.isValid() ? m_last : m_loader->currentMonth());
}

void StatsTrendsView::load(bool refreshAll) {
    m_loader->load(range(), refreshAll);
}

void StatsTrendsView::redraw() {
    m_redraw.stop();
    const QList<YearMonth> months = m_model->range();
    const QList<MonthStats> known = m_model->knownMonths();
    for (TrendChart *chart : std::as_const(m_charts))
        chart->setData(months, known, m_groupNames);
    const TrendChart *first = m_charts.first();
    QStringList lines;
    const QList<std::optional<qint64>> scopes = first->scopes();
    for (int i = 0; i < scopes.size(); ++i)
        lines << QStringLiteral("<span style=\"color:%1\">&#9632;</span>&nbsp;%2")
                     .arg(ChartStyle::seriesColor(i, palette()).name(),
                          first->scopeName(scopes.at(i)).toHtmlEscaped());
    m_key->setText(lines.join(QStringLiteral("<br>")));
}

QString StatsTrendsView::keyText() const {
    return m_key->text();
}

QString StatsTrendsView::statusText() const {
    return m_status->text();
}

void StatsTrendsView::updateStatus() {
    QStringList parts;
    const int rows = m_model->rowCount();
    const int loading =
        m_model->count(StatsTrendModel::MonthState::Loading)
        + (m_loader->isRunning() ? m_model->count(StatsTrendModel::MonthState::Waiting) : 0);
    const int failed = m_model->count(StatsTrendModel::MonthState::Failed);
    const int cached = m_model->count(StatsTrendModel::MonthState::Cached);
    if (rows > 0 && m_model->knownMonths().isEmpty() && loading == 0 && failed == 0)
        parts << tr("Nothing loaded yet.");
    if (cached > 0 || m_model->oldestFetch().isValid())
        parts << tr("Oldest figures shown fetched %1.").arg(StatsAge::ago(m_model->oldestFetch()));
    if (cached > 0)
        parts << tr("%n month(s) from this computer.", nullptr, cached);
    if (loading > 0)
        parts << tr("Refreshing %n month(s)…", nullptr, loading);
    if (failed > 0)
        parts << tr("%n month(s) could not be loaded: select and retry.", nullptr, failed);
    m_status->setText(parts.join(QLatin1Char(' ')));
}

void StatsTrendsView::updateRetry() {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    bool anyFailed = false;
    for (const QModelIndex &i : rows)
        anyFailed = anyFailed
                    || i.data(StatsTrendModel::StateRole).toInt()
                           == int(StatsTrendModel::MonthState::Failed);
    m_retry->setEnabled(anyFailed);
}

void StatsTrendsView::retrySelected() {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &i : rows) {
        if (i.data(StatsTrendModel::StateRole).toInt() == int(StatsTrendModel::MonthState::Failed))
            m_loader->retry(i.data(StatsTrendModel::PeriodRole).value<YearMonth>());
    }
}

void StatsTrendsView::copyTable() {
    TableCopy::copyToClipboard(m_table);
}
