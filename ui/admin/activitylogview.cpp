#include "activitylogview.h"

#include "markdelegate.h"

#include "net/activityfilterproxy.h"
#include "net/activitylog.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

ActivityLogView::ActivityLogView(ActivityLog *log, QWidget *parent)
    : QWidget(parent)
    , m_log(log)
    , m_proxy(new ActivityFilterProxy(this)) {
    setObjectName(QStringLiteral("activityLogView"));
    m_proxy->setSourceModel(log);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The last %n API call(s) of this session, for a support "
                                "ticket. No password, key secret, token, query string or "
                                "message content is ever kept here.",
                                nullptr, log->capacity()),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *filters = new QHBoxLayout;
    auto *filterLabel = new QLabel(tr("F&ilter:"), this);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("activityFilter"));
    m_filter->setAccessibleName(tr("Filter the calls"));
    m_filter->setPlaceholderText(tr("Path, method, status or error"));
    m_filter->setClearButtonEnabled(true);
    filterLabel->setBuddy(m_filter);
    m_failuresOnly = new QCheckBox(tr("Failures &only"), this);
    m_failuresOnly->setObjectName(QStringLiteral("activityFailuresOnly"));
    m_failuresOnly->setAccessibleName(tr("Show only the failed calls"));
    filters->addWidget(filterLabel);
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_failuresOnly);
    layout->addLayout(filters);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("activityTable"));
    m_table->setAccessibleName(tr("API calls of this session"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new MarkDelegate(&MarkDelegate::activityMark, m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ActivityLog::TimeColumn, Qt::DescendingOrder);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    QHeaderView *header = m_table->horizontalHeader();
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    header->setSectionResizeMode(QHeaderView::Interactive);
    // Wide enough for the whole time and the failure icon beside it.
    m_table->setColumnWidth(
        ActivityLog::TimeColumn,
        fontMetrics().horizontalAdvance(QStringLiteral("2026-12-31 23:59:59.999")) + 3 * em);
    m_table->setColumnWidth(ActivityLog::MethodColumn, 6 * em);
    m_table->setColumnWidth(ActivityLog::PathColumn, 22 * em);
    m_table->setColumnWidth(ActivityLog::StatusColumn, 4 * em);
    m_table->setColumnWidth(ActivityLog::DurationColumn, 6 * em);
    m_table->setColumnWidth(ActivityLog::RetriesColumn, 6 * em);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    header->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    auto *buttons = new QHBoxLayout;
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("activityCount"));
    m_copy = new QPushButton(tr("&Copy"), this);
    m_copy->setObjectName(QStringLiteral("activityCopy"));
    m_copy->setAccessibleName(tr("Copy the selected calls, or every call shown"));
    m_export = new QPushButton(tr("E&xport…"), this);
    m_export->setObjectName(QStringLiteral("activityExport"));
    m_export->setAccessibleName(tr("Export the calls shown to a text file"));
    m_clear = new QPushButton(tr("C&lear"), this);
    m_clear->setObjectName(QStringLiteral("activityClear"));
    m_clear->setAccessibleName(tr("Clear the activity log"));
    buttons->addWidget(m_count, 1);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_export);
    buttons->addWidget(m_clear);
    layout->addLayout(buttons);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("activityStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &ActivityFilterProxy::setText);
    connect(m_failuresOnly, &QCheckBox::toggled, m_proxy, &ActivityFilterProxy::setFailuresOnly);
    connect(m_copy, &QPushButton::clicked, this, &ActivityLogView::copy);
    connect(m_export, &QPushButton::clicked, this, &ActivityLogView::exportToFile);
    connect(m_clear, &QPushButton::clicked, m_log, &ActivityLog::clear);
    auto *copyKey =
        new QShortcut(QKeySequence::Copy, m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(copyKey, &QShortcut::activated, this, &ActivityLogView::copy);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &ActivityLogView::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ActivityLogView::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ActivityLogView::updateCount);
    updateCount();
}

void ActivityLogView::updateCount() {
    m_count->setText(
        tr("%1 of %n call(s) shown", nullptr, m_log->rowCount()).arg(m_proxy->rowCount()));
}

QString ActivityLogView::selectionText() const {
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    return ActivityLog::toText(ActivityLog::recordsOf(m_proxy, selected));
}

void ActivityLogView::copy() {
    QApplication::clipboard()->setText(selectionText());
    const int rows = int(m_table->selectionModel()->selectedRows().size());
    m_status->setText(rows > 0 ? tr("%n selected call(s) copied.", nullptr, rows)
                               : tr("%n call(s) copied.", nullptr, m_proxy->rowCount()));
}

bool ActivityLogView::exportTo(const QString &path, QString *error) const {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.write(ActivityLog::toText(ActivityLog::recordsOf(m_proxy)).toUtf8());
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void ActivityLogView::exportToFile() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the activity log"),
        QDir::home().filePath(QStringLiteral("jobbers-activity.txt")), tr("Text files (*.txt)"));
    if (path.isEmpty())
        return;
    QString error;
    if (exportTo(path, &error))
        m_status->setText(tr("%n call(s) exported to %1.", nullptr, m_proxy->rowCount())
                              .arg(QDir::toNativeSeparators(path)));
    else
        m_status->setText(tr("The log could not be written to %1: %2")
                              .arg(QDir::toNativeSeparators(path), error));
}
