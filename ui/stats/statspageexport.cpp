// StatsPage's exports: CSV, the PDF report and chart images (split from statspage.cpp
// to keep files short).
#include "statspage.h"

#include "chartpanel.h"
#include "genderchart.h"
#include "orderschart.h"
#include "statsmonthview.h"
#include "statsreport.h"
#include "statstrendsview.h"
#include "tagschart.h"
#include "trendchart.h"

#include "stats/statscsvwriter.h"
#include "stats/statstrendloader.h"
#include "stats/statstrendmodel.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTabWidget>

namespace {
QString defaultFolder() {
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}
} // namespace

ChartPanel *StatsPage::chart(Chart chart) const {
    switch (chart) {
    case Chart::Tags:
        return m_monthView->tagsChart();
    case Chart::Gender:
        return m_monthView->genderChart();
    case Chart::Orders:
        return m_monthView->ordersChart();
    case Chart::RequestsTrend:
        return m_trendsView->charts().at(0);
    case Chart::PassesTrend:
        return m_trendsView->charts().at(1);
    case Chart::ClientsTrend:
        return m_trendsView->charts().at(2);
    }
    return nullptr;
}

bool StatsPage::exportCsv(const QString &path, const CsvWriter::Options &options, QString *error) {
    // The trend's months from the Trends tab, else the month shown.
    QList<MonthStats> months;
    if (m_tabs->currentWidget() == m_trendsView)
        months = m_trendLoader->model()->knownMonths();
    else if (const MonthStats *m = m_monthLoader->model()->stats(m_month))
        months = {*m};
    if (months.isEmpty()) {
        if (error)
            *error = tr("There are no figures to export yet.");
        return false;
    }
    StatsCsvWriter::Options o;
    o.csv = options;
    o.groupNames = m_groupNames;
    return StatsCsvWriter::writeFiles(path, months, o, error);
}

bool StatsPage::exportPdf(const QString &path, QString *error) {
    const StatsTrendModel *model = m_monthLoader->model();
    const MonthStats *month = model->stats(m_month);
    if (!month) {
        if (error)
            *error = tr("There are no figures for this month yet.");
        return false;
    }
    StatsReport::Content c;
    c.month = *month;
    if (const MonthStats *before = model->stats(m_month.previous()))
        c.previous = *before;
    c.scope = scope();
    c.groupNames = m_groupNames;
    c.enterpriseName = m_enterpriseName;
    c.stillMoving = isCurrentMonthShown();
    return StatsReport::writePdf(path, c, error);
}

bool StatsPage::exportChart(Chart which, const QString &path, QString *error) {
    ChartPanel *panel = chart(which);
    const QSize size = panel->isVisible() ? panel->size().expandedTo({640, 400}) : QSize(800, 450);
    // On the page the trend charts share one colour key; a file on its own needs its legend.
    auto *trend = qobject_cast<TrendChart *>(panel);
    if (trend)
        trend->setLegendShown(true);
    const bool ok = path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)
                        ? panel->saveSvg(path, error, size)
                        : panel->savePng(path, error, size);
    if (trend)
        trend->setLegendShown(false);
    return ok;
}

void StatsPage::askAndExportCsv() {
    const QString semicolon = tr("CSV for Excel or LibreOffice in French, semicolons (*.csv)");
    const QString comma = tr("CSV with commas (*.csv)");
    const QString plain = tr("CSV with commas, without byte-order mark (*.csv)");
    const bool french = StatsCsvWriter::defaultsFor(QLocale()).separator == QLatin1Char(';');
    QString filter = french ? semicolon : comma;
    const QString name =
        QStringLiteral("%1/statistiques-%2.csv").arg(defaultFolder(), m_month.isoText());
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the statistics as CSV"), name,
        QStringList{semicolon, comma, plain}.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    CsvWriter::Options o;
    o.separator = filter == semicolon ? QLatin1Char(';') : QLatin1Char(',');
    o.decimalComma = filter == semicolon;
    o.byteOrderMark = filter != plain;
    QString error;
    if (exportCsv(path, o, &error))
        Q_EMIT exported(QFileInfo(StatsCsvWriter::fileNames(path).first()).absolutePath());
    else
        Q_EMIT exportFailed(error);
}

void StatsPage::askAndExportPdf() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the month's report"),
        QStringLiteral("%1/statistiques-%2.pdf").arg(defaultFolder(), m_month.isoText()),
        tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (exportPdf(path, &error))
        Q_EMIT exported(path);
    else
        Q_EMIT exportFailed(error);
}

void StatsPage::askAndExportCharts(bool svg) {
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Folder for the chart images"), defaultFolder());
    if (folder.isEmpty())
        return;
    const bool trends = m_tabs->currentWidget() == m_trendsView;
    const QList<std::pair<Chart, QString>> charts =
        trends
            ? QList<std::pair<Chart, QString>>{{Chart::RequestsTrend, QStringLiteral("requests")},
                                               {Chart::PassesTrend, QStringLiteral("passes")},
                                               {Chart::ClientsTrend, QStringLiteral("clients")}}
            : QList<std::pair<Chart, QString>>{{Chart::Tags, QStringLiteral("tags")},
                                               {Chart::Gender, QStringLiteral("gender")},
                                               {Chart::Orders, QStringLiteral("orders")}};
    for (const auto &[which, name] : charts) {
        const QString path = QDir(folder).filePath(
            QStringLiteral("%1-%2.%3")
                .arg(name, m_month.isoText(), svg ? QStringLiteral("svg") : QStringLiteral("png")));
        QString error;
        if (!exportChart(which, path, &error)) {
            Q_EMIT exportFailed(error);
            return;
        }
    }
    Q_EMIT exported(folder);
}
