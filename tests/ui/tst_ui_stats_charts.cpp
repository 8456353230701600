#include "stats/chartstyle.h"
#include "stats/genderchart.h"
#include "stats/orderschart.h"
#include "stats/statsreport.h"
#include "stats/tablecopy.h"
#include "stats/tagschart.h"
#include "stats/trendchart.h"

#include "net/jsondecode.h"
#include "stats/statsgroupsmodel.h"
#include "stats/statstagnames.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The statistics charts, drawn offscreen: something is drawn (or an honest sentence
// when there is nothing to draw), exact values in tooltips, light and dark palettes,
// PNG and SVG export; the one-page PDF report turned into an image; tables copied as
// tab-separated text.
class TestUiStatsCharts : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void tagsChartDrawsSortedBars();
    void emptyMonthsSayWhy();
    void tooltipsGiveExactValues();
    void darkPaletteStaysReadable();
    void trendChartBreaksAtMissingMonths();
    void exportsPngAndSvg();
    void tableCopiesAsTabSeparated();
    void pdfReportIsOnePage_data();
    void pdfReportIsOnePage();

private:
    QTemporaryDir m_dir;
};

namespace {
// The reference's example figures for the enterprise (tags and categories included).
StatsEntry exampleEntry(std::optional<qint64> group = std::nullopt) {
    StatsEntry e;
    e.groupId = group;
    e.lastUpdated = QDateTime(QDate(2024, 6, 1), QTime(2, 0), JsonDecode::serverTimeZone());
    e.totalRequests = 520;
    e.deltaRequests = 52;
    e.totalPasses = 12;
    e.deltaPasses = 3;
    e.totalClients = 40;
    e.deltaClients = 10;
    e.percentageFemaleClients = 12.5;
    e.percentageMaleClients = 20;
    e.percentageUnknownClients = 67.5;
    e.nologinTotal = 10;
    e.averageConversationRating = 4.25;
    e.totalOrders = 14;
    const QStringList tags = StatsTagNames::knownTags();
    for (const QString &t : tags)
        e.tags.append({t, 0});
    e.tags[4].percent = 82.61;
    e.tags[6].percent = 4.35;
    e.tags[11].percent = 8.7;
    e.tags[18].percent = 4.35;
    e.orderCategories = {{2, u"Accueil"_s, 0.28}, {21, u"Repassage-MyPressing"_s, 3.43}};
    return e;
}

MonthStats exampleMonth(int y, int m, int groups = 2) {
    MonthStats s{m, y, {exampleEntry()}};
    for (int g = 0; g < groups; ++g) {
        StatsEntry e = exampleEntry(373 + g);
        e.deltaRequests = 10 + 3 * g + m;
        s.entries.append(e);
    }
    s.entries[0].deltaRequests = 40 + m;
    return s;
}

// Not blank: several colours, and a fair share of pixels that are not the background.
bool looksDrawn(const QImage &image, QString *why) {
    if (image.isNull()) {
        *why = u"null image"_s;
        return false;
    }
    const QImage img = image.convertToFormat(QImage::Format_RGB32);
    const QRgb background = img.pixel(0, 0);
    QSet<QRgb> colours;
    qint64 inked = 0;
    for (int y = 0; y < img.height(); y += 2) {
        for (int x = 0; x < img.width(); x += 2) {
            const QRgb p = img.pixel(x, y);
            colours.insert(p);
            inked += p != background ? 1 : 0;
        }
    }
    const double share = double(inked) / double((img.width() / 2) * (img.height() / 2));
    *why = u"%1 colours, %2 % inked"_s.arg(colours.size()).arg(share * 100, 0, 'f', 2);
    return colours.size() > 8 && share > 0.01;
}

// How often colour c (within a tolerance) appears in image.
int countColour(const QImage &image, const QColor &c) {
    const QImage img = image.convertToFormat(QImage::Format_RGB32);
    int n = 0;
    for (int y = 0; y < img.height(); ++y) {
        for (int x = 0; x < img.width(); ++x) {
            const QColor p = QColor::fromRgb(img.pixel(x, y));
            n += qAbs(p.red() - c.red()) + qAbs(p.green() - c.green()) + qAbs(p.blue() - c.blue())
                         < 30
                     ? 1
                     : 0;
        }
    }
    return n;
}

double luminance(const QColor &c) {
    const auto channel = [](double v) {
        v /= 255.0;
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue());
}

// WCAG contrast ratio.
double contrast(const QColor &a, const QColor &b) {
    const double la = luminance(a), lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QPalette darkPalette() {
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2B2B2B));
    p.setColor(QPalette::Base, QColor(0x1E1E1E));
    p.setColor(QPalette::Text, QColor(0xE8E8E8));
    p.setColor(QPalette::WindowText, QColor(0xE8E8E8));
    p.setColor(QPalette::PlaceholderText, QColor(0xA0A0A0));
    return p;
}

QPalette lightPalette() {
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xEFEFEF));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Text, Qt::black);
    p.setColor(QPalette::WindowText, Qt::black);
    p.setColor(QPalette::PlaceholderText, QColor(0x707070));
    return p;
}

// Shown offscreen at a fixed size, laid out.
template<typename W> void showAt(W &w, QSize size = {640, 420}) {
    w.resize(size);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
}
} // namespace

void TestUiStatsCharts::initTestCase() {
    QVERIFY(m_dir.isValid());
    QLocale::setDefault(QLocale(QLocale::English));
}

void TestUiStatsCharts::tagsChartDrawsSortedBars() {
    TagsChart chart;
    chart.setPalette(lightPalette());
    chart.setTags(exampleEntry().tags);
    showAt(chart);
    QVERIFY(!chart.isShowingEmptyState());
    QCOMPARE(chart.shownLabels().size(), 21);
    QCOMPARE(chart.shownLabels().first(), StatsTagNames::label(u"services_individus"_s));
    QCOMPARE(chart.shownLabels().at(1), StatsTagNames::label(u"anniversaire"_s));
    chart.setHideZeros(true);
    QCOMPARE(chart.shownLabels().size(), 4);
    const QImage image = chart.view()->grab().toImage();
    QString why;
    QVERIFY2(looksDrawn(image, &why), qPrintable(why));
    // The bars are there, in the series colour.
    QVERIFY(countColour(image, ChartStyle::seriesColor(0, chart.palette())) > 500);
}

void TestUiStatsCharts::emptyMonthsSayWhy() {
    StatsEntry empty;
    empty.tags = exampleEntry().tags;
    for (auto &t : empty.tags)
        t.percent = 0;
    TagsChart tags;
    tags.setTags(empty.tags);
    QVERIFY(tags.isShowingEmptyState());
    QVERIFY(tags.emptyText().contains(u"tagged"_s));
    tags.setHideZeros(true);
    QVERIFY(tags.isShowingEmptyState());
    showAt(tags);
    QString why;
    // The sentence is drawn: ink, but far less than a chart, and no axis.
    const QImage image = tags.grab().toImage();
    QVERIFY(!looksDrawn(image, &why));
    QVERIFY2(why.contains(u" colours"_s) && !why.endsWith(u" 0.00 % inked"_s), qPrintable(why));

    GenderChart gender;
    gender.setEntry(empty);
    QVERIFY(gender.isShowingEmptyState());
    OrdersChart orders;
    orders.setEntry(empty);
    QVERIFY(orders.isShowingEmptyState());
    StatsEntry uncategorised;
    uncategorised.totalOrders = 3;
    orders.setEntry(uncategorised);
    QVERIFY2(orders.emptyText().contains(u"3 order"_s), qPrintable(orders.emptyText()));
    TrendChart trend(StatsFigures::Figure::Requests);
    trend.setData(YearMonth::range({2024, 1}, {2024, 6}), {}, {});
    QVERIFY(trend.isShowingEmptyState());
    // And back to a chart once there is something to draw.
    tags.setTags(exampleEntry().tags);
    QVERIFY(!tags.isShowingEmptyState());
    gender.setEntry(exampleEntry());
    QVERIFY(!gender.isShowingEmptyState());
    QCOMPARE(gender.sliceCount(), 3);
}

void TestUiStatsCharts::tooltipsGiveExactValues() {
    TagsChart tags;
    tags.setTags(exampleEntry().tags);
    QCOMPARE(tags.toolTipAt(0), u"Personal services: 82.61 % of the month's conversations"_s);
    QCOMPARE(tags.toolTipAt(99), QString());
    GenderChart gender;
    gender.setEntry(exampleEntry());
    // (Plurals are the translations' business: "5 client(s)" without one.)
    QVERIFY2(gender.toolTipAt(0).startsWith(u"Women: 12.50 % (5 client"_s),
             qPrintable(gender.toolTipAt(0)));
    QVERIFY2(gender.toolTipAt(2).startsWith(u"Unknown: 67.50 % (27 client"_s),
             qPrintable(gender.toolTipAt(2)));
    OrdersChart orders;
    orders.setEntry(exampleEntry());
    QCOMPARE(orders.barCount(), 2);
    QCOMPARE(orders.toolTipAt(0), u"Repassage-MyPressing: 3.43 % of the orders"_s);
    TrendChart trend(StatsFigures::Figure::Requests);
    trend.setData(YearMonth::range({2024, 3}, {2024, 5}),
                  {exampleMonth(2024, 3), exampleMonth(2024, 5)}, {{373, u"Hall A"_s}});
    QCOMPARE(trend.lineCount(), 3);
    QCOMPARE(trend.toolTipFor(1, {2024, 5}), u"Hall A, May 2024: 15 requests"_s);
    QCOMPARE(trend.toolTipFor(0, {2024, 4}), QString()); // not loaded
}

void TestUiStatsCharts::darkPaletteStaysReadable() {
    for (const QPalette &palette : {lightPalette(), darkPalette()}) {
        TagsChart chart;
        chart.setPalette(palette);
        chart.setTags(exampleEntry().tags);
        showAt(chart);
        const QColor base = palette.color(QPalette::Base);
        QCOMPARE(chart.chart()->backgroundBrush().color(), base);
        QVERIFY(contrast(chart.chart()->titleBrush().color(), base) >= 7.0);
        const QList<QAbstractAxis *> axes = chart.chart()->axes();
        for (const QAbstractAxis *axis : axes)
            QVERIFY(contrast(axis->labelsBrush().color(), base) >= 7.0);
        // Every series colour stands out from the background (WCAG 3:1 for graphics).
        for (int i = 0; i < 7; ++i)
            QVERIFY2(contrast(ChartStyle::seriesColor(i, palette), base) >= 3.0,
                     qPrintable(ChartStyle::seriesColor(i, palette).name()));
        const QImage image = chart.view()->grab().toImage();
        QCOMPARE(QColor(image.pixel(2, 2)), base);
        QVERIFY(countColour(image, ChartStyle::seriesColor(0, palette)) > 500);
    }
    // Switching palette on a live chart restyles it.
    TagsChart chart;
    chart.setTags(exampleEntry().tags);
    chart.setPalette(darkPalette());
    QCOMPARE(chart.chart()->backgroundBrush().color(), darkPalette().color(QPalette::Base));
}

void TestUiStatsCharts::trendChartBreaksAtMissingMonths() {
    TrendChart trend(StatsFigures::Figure::Requests);
    // March and June known, April and May missing: two pieces per line.
    trend.setData(YearMonth::range({2024, 3}, {2024, 6}),
                  {exampleMonth(2024, 3), exampleMonth(2024, 6)}, {});
    QCOMPARE(trend.lineCount(), 3);
    QCOMPARE(trend.chart()->series().size(), 6);
    trend.setData(YearMonth::range({2024, 3}, {2024, 6}),
                  {exampleMonth(2024, 3), exampleMonth(2024, 4), exampleMonth(2024, 5),
                   exampleMonth(2024, 6)},
                  {});
    QCOMPARE(trend.chart()->series().size(), 3);
    showAt(trend);
    QString why;
    QVERIFY2(looksDrawn(trend.view()->grab().toImage(), &why), qPrintable(why));
}

void TestUiStatsCharts::exportsPngAndSvg() {
    GenderChart chart;
    chart.setEntry(exampleEntry());
    const QString png = m_dir.filePath(u"gender.png"_s);
    const QString svg = m_dir.filePath(u"gender.svg"_s);
    QString error;
    QVERIFY2(chart.savePng(png, &error, {600, 400}), qPrintable(error));
    QVERIFY2(chart.saveSvg(svg, &error, {600, 400}), qPrintable(error));
    QImage image(png);
    QCOMPARE(image.size(), QSize(1200, 800)); // twice the size asked, for sharp prints
    QString why;
    QVERIFY2(looksDrawn(image, &why), qPrintable(why));
    QVERIFY(countColour(image, ChartStyle::seriesColor(0, chart.palette())) > 1000);
    QFile f(svg);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QVERIFY(text.contains("<svg"));
    QVERIFY(text.contains("Women")); // the slice labels, as text
    QVERIFY(!chart.savePng(m_dir.filePath(u"no/such/folder/x.png"_s), &error));
    QVERIFY(!error.isEmpty());

    // With JOBBERS_SCREENSHOTS=DIR: each chart in both palettes, as exported.
    const QString out = qEnvironmentVariable("JOBBERS_SCREENSHOTS");
    if (out.isEmpty())
        return;
    QVERIFY(QDir().mkpath(out));
    for (const bool dark : {false, true}) {
        const QPalette palette = dark ? darkPalette() : lightPalette();
        const QString suffix = dark ? u"-dark.png"_s : u"-light.png"_s;
        GenderChart g;
        g.setPalette(palette);
        g.setEntry(exampleEntry());
        QVERIFY(g.savePng(out + u"/chart-gender"_s + suffix, &error, {340, 230}));
        OrdersChart o;
        o.setPalette(palette);
        o.setEntry(exampleEntry());
        QVERIFY(o.savePng(out + u"/chart-orders"_s + suffix, &error, {460, 230}));
        TagsChart t;
        t.setPalette(palette);
        t.setTags(exampleEntry().tags);
        QVERIFY(t.savePng(out + u"/chart-tags"_s + suffix, &error, {560, 520}));
        TrendChart r(StatsFigures::Figure::Requests);
        r.setPalette(palette);
        r.setData(YearMonth::range({2023, 6}, {2024, 5}),
                  {exampleMonth(2023, 6), exampleMonth(2023, 7), exampleMonth(2023, 9),
                   exampleMonth(2023, 10), exampleMonth(2024, 1), exampleMonth(2024, 5)},
                  {{373, u"Hall A"_s}});
        QVERIFY(r.savePng(out + u"/chart-trend"_s + suffix, &error, {560, 320}));
    }
}

void TestUiStatsCharts::tableCopiesAsTabSeparated() {
    QLocale::setDefault(QLocale(QLocale::French));
    StatsGroupsModel model;
    model.setGroupNames({{373, u"Hall\tA\nnord"_s}});
    MonthStats m = exampleMonth(2024, 5, 1);
    m.entries[0].totalClients = 12345;
    model.setMonth(m);
    const QStringList lines = TableCopy::tabSeparated(&model).split(u'\n');
    QCOMPARE(lines.size(), 4); // header, two rows, the final line break
    QCOMPARE(lines.at(0).split(u'\t').size(), int(StatsGroupsModel::ColumnCount));
    const QStringList enterprise = lines.at(1).split(u'\t');
    QCOMPARE(enterprise.at(StatsGroupsModel::TotalClients), u"12345"_s); // no narrow space
    QCOMPARE(enterprise.at(StatsGroupsModel::Rating), u"4,25"_s);
    QCOMPARE(enterprise.at(StatsGroupsModel::Women), u"12,5"_s);
    QCOMPARE(lines.at(2).split(u'\t').at(0), u"Hall A nord"_s);

    QTableView view;
    view.setModel(&model);
    view.selectionModel()->select(model.index(1, StatsGroupsModel::Requests),
                                  QItemSelectionModel::Select);
    TableCopy::copyToClipboard(&view);
    QCOMPARE(QApplication::clipboard()->text(),
             model.headerData(StatsGroupsModel::Requests, Qt::Horizontal).toString() + u"\n"_s
                 + QString::number(m.entries.at(1).deltaRequests) + u"\n"_s);
    QLocale::setDefault(QLocale(QLocale::English));
}

void TestUiStatsCharts::pdfReportIsOnePage_data() {
    QTest::addColumn<bool>("enterprise");
    QTest::newRow("enterprise with groups") << true;
    QTest::newRow("one group") << false;
}

// The report as a PDF, then turned into an image by poppler's pdftoppm: one page, drawn.
// With JOBBERS_SCREENSHOTS=DIR the image is kept there.
void TestUiStatsCharts::pdfReportIsOnePage() {
    QFETCH(bool, enterprise);
    const QString pdftoppm = QStandardPaths::findExecutable(u"pdftoppm"_s);
    if (pdftoppm.isEmpty())
        QSKIP("pdftoppm (poppler-utils) is not installed");
    StatsReport::Content c;
    c.month = exampleMonth(2024, 5, 6);
    c.previous = exampleMonth(2024, 4, 6);
    c.groupNames = {{373, u"Hall A"_s}, {374, u"Tour B"_s}};
    c.enterpriseName = u"Conciergerie Démo"_s;
    c.scope = enterprise ? std::nullopt : std::optional<qint64>(374);
    const QString pdf = m_dir.filePath(u"report.pdf"_s);
    QString error;
    QVERIFY2(StatsReport::writePdf(pdf, c, &error), qPrintable(error));
    QProcess p;
    p.start(pdftoppm, {u"-png"_s, u"-r"_s, u"60"_s, pdf, m_dir.filePath(u"report"_s)});
    QSignalSpy finished(&p, &QProcess::finished);
    QVERIFY(finished.wait(30000));
    QCOMPARE(p.exitCode(), 0);
    const QStringList pages = QDir(m_dir.path()).entryList({u"report*.png"_s});
    QCOMPARE(pages.size(), 1);
    const QImage image(m_dir.filePath(pages.first()));
    QVERIFY(image.height() > image.width()); // A4 portrait
    QString why;
    QVERIFY2(looksDrawn(image, &why), qPrintable(why));
    const QString out = qEnvironmentVariable("JOBBERS_SCREENSHOTS");
    if (!out.isEmpty()) {
        QVERIFY(QDir().mkpath(out));
        QProcess big;
        big.start(pdftoppm,
                  {u"-png"_s, u"-r"_s, u"110"_s, u"-singlefile"_s, pdf,
                   out + u"/stats-report-"_s + (enterprise ? u"enterprise"_s : u"group"_s)});
        QSignalSpy done(&big, &QProcess::finished);
        QVERIFY(done.wait(30000));
    }
    QFile::remove(m_dir.filePath(pages.first()));
}

QTEST_MAIN(TestUiStatsCharts)
#include "tst_ui_stats_charts.moc"
