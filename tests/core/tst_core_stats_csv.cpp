#include "clients/csvreader.h"
#include "stats/csvwriter.h"
#include "stats/statscsvwriter.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

// CsvWriter (RFC 4180, both separators, formula escaping) and the stats layout.
class TestStatsCsv : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cells_data();
    void cells();
    void formulaDetection_data();
    void formulaDetection();
    void byteOrderMark();
    void readsBackThroughCsvReader();
    void defaultsFollowTheLocale();
    void statsTables();
    void writesThreeFiles();
    void unwritableFileIsReported();
};

namespace {
StatsEntry entry(std::optional<qint64> group, qint64 requests) {
    StatsEntry e;
    e.groupId = group;
    e.lastUpdated = QDateTime(QDate(2024, 6, 1), QTime(3, 4, 5), QTimeZone("Europe/Paris"));
    e.totalRequests = requests * 10;
    e.deltaRequests = requests;
    e.totalPasses = 7;
    e.deltaPasses = 2;
    e.totalClients = 40;
    e.deltaClients = 4;
    e.percentageFemaleClients = 12.5;
    e.percentageMaleClients = 37.5;
    e.percentageUnknownClients = 50;
    e.nologinTotal = 3;
    e.averageConversationRating = 4.25;
    e.totalOrders = 9;
    e.tags = {{QStringLiteral("sports"), 82.61}, {QStringLiteral("enfants"), 0}};
    e.orderCategories = {{2, QStringLiteral("Accueil"), 0.28},
                         {21, QStringLiteral("=Repassage;\"Pressing\""), 3.43}};
    return e;
}

QStringList texts(std::initializer_list<const char *> list) {
    QStringList out;
    for (const char *s : list)
        out.append(QString::fromUtf8(s));
    return out;
}

MonthStats month(int y, int m) {
    return MonthStats{m, y, {entry(std::nullopt, 52), entry(373, 0), entry(374, 5)}};
}
} // namespace

void TestStatsCsv::cells_data() {
    QTest::addColumn<QVariantList>("cells");
    QTest::addColumn<QString>("separator");
    QTest::addColumn<bool>("decimalComma");
    QTest::addColumn<QByteArray>("line"); // UTF-8, without the CRLF

    const QVariantList ab{QStringLiteral("a"), QStringLiteral("b")};
    QTest::newRow("plain ;") << ab << ";" << true << QByteArray("a;b");
    QTest::newRow("plain ,") << ab << "," << false << QByteArray("a,b");
    QTest::newRow("semicolon in ; file")
        << QVariantList{QStringLiteral("a;b"), 1} << ";" << true << QByteArray("\"a;b\";1");
    QTest::newRow("semicolon in , file")
        << QVariantList{QStringLiteral("a;b"), 1} << "," << false << QByteArray("a;b,1");
    QTest::newRow("comma in , file") << QVariantList{QStringLiteral("Paris, 15e")} << "," << false
                                     << QByteArray("\"Paris, 15e\"");
    QTest::newRow("comma in ; file")
        << QVariantList{QStringLiteral("Paris, 15e")} << ";" << true << QByteArray("Paris, 15e");
    QTest::newRow("quotes doubled") << QVariantList{QStringLiteral("say \"hi\"")} << ";" << true
                                    << QByteArray("\"say \"\"hi\"\"\"");
    QTest::newRow("LF inside") << QVariantList{QStringLiteral("two\nlines"), QStringLiteral("x")}
                               << ";" << true << QByteArray("\"two\nlines\";x");
    QTest::newRow("CRLF inside") << QVariantList{QStringLiteral("two\r\nlines")} << "," << false
                                 << QByteArray("\"two\r\nlines\"");
    QTest::newRow("non-ASCII") << QVariantList{QStringLiteral("Crèche « été » ✓ 😀")} << ";" << true
                               << QStringLiteral("Crèche « été » ✓ 😀").toUtf8();
    QTest::newRow("formula =") << QVariantList{QStringLiteral("=1+1")} << ";" << true
                               << QByteArray("\"'=1+1\"");
    QTest::newRow("formula + in , file")
        << QVariantList{QStringLiteral("+33 6 12")} << "," << false << QByteArray("\"'+33 6 12\"");
    QTest::newRow("formula -") << QVariantList{QStringLiteral("-2+3")} << ";" << true
                               << QByteArray("\"'-2+3\"");
    QTest::newRow("formula @") << QVariantList{QStringLiteral("@SUM(A1)")} << ";" << true
                               << QByteArray("\"'@SUM(A1)\"");
    QTest::newRow("formula tab") << QVariantList{QStringLiteral("\t=cmd")} << ";" << true
                                 << QByteArray("\"'\t=cmd\"");
    QTest::newRow("formula CR") << QVariantList{QStringLiteral("\r=cmd")} << ";" << true
                                << QByteArray("\"'\r=cmd\"");
    QTest::newRow("formula with quotes and separator")
        << QVariantList{QStringLiteral("=HYPERLINK(\"http://x\";\"y\")")} << ";" << true
        << QByteArray("\"'=HYPERLINK(\"\"http://x\"\";\"\"y\"\")\"");
    QTest::newRow("= later in the cell")
        << QVariantList{QStringLiteral("a=b")} << ";" << true << QByteArray("a=b");
    QTest::newRow("negative number stays a number")
        << QVariantList{qint64(-3), -1.5} << ";" << true << QByteArray("-3;-1,5");
    QTest::newRow("negative as text is escaped")
        << QVariantList{QStringLiteral("-3")} << ";" << true << QByteArray("\"'-3\"");
    QTest::newRow("decimal comma")
        << QVariantList{82.61, 0.0, 100.0, 4.25} << ";" << true << QByteArray("82,61;0;100;4,25");
    QTest::newRow("decimal point")
        << QVariantList{82.61, 3.43} << "," << false << QByteArray("82.61,3.43");
    QTest::newRow("large integer")
        << QVariantList{qint64(1234567890123)} << ";" << true << QByteArray("1234567890123");
    QTest::newRow("empty and null") << QVariantList{QString(), QVariant(), QStringLiteral("x")}
                                    << ";" << true << QByteArray(";;x");
    QTest::newRow("date time") << QVariantList{QDateTime(QDate(2018, 9, 3), QTime(18, 33, 43)),
                                               QDate(2018, 7, 1)}
                               << ";" << true << QByteArray("2018-09-03 18:33:43;2018-07-01");
    QTest::newRow("bool") << QVariantList{true, false} << "," << false << QByteArray("1,0");
}

void TestStatsCsv::cells() {
    QFETCH(QVariantList, cells);
    QFETCH(QString, separator);
    QFETCH(bool, decimalComma);
    QFETCH(QByteArray, line);
    CsvWriter w({separator.at(0), false, decimalComma});
    w.addRow(cells);
    QCOMPARE(w.rowCount(), 1);
    QCOMPARE(w.bytes(), line + "\r\n");
}

void TestStatsCsv::formulaDetection_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("formula");
    for (const char *s : {"=", "+", "-", "@", "\t", "\r", "=A1", "-1"})
        QTest::newRow(s) << QString::fromLatin1(s) << true;
    for (const char *s : {"", "a", " =1", "1-2", "'=1", "\n=1", "é"})
        QTest::newRow(s[0] ? s : "empty") << QString::fromUtf8(s) << false;
}

void TestStatsCsv::formulaDetection() {
    QFETCH(QString, text);
    QFETCH(bool, formula);
    QCOMPARE(CsvWriter::looksLikeFormula(text), formula);
}

void TestStatsCsv::byteOrderMark() {
    CsvWriter with({QLatin1Char(';'), true, true});
    with.addRow({QStringLiteral("é")});
    QCOMPARE(with.bytes(), QByteArray("\xEF\xBB\xBF\xC3\xA9\r\n"));
    CsvWriter without({QLatin1Char(';'), false, true});
    without.addRow({QStringLiteral("é")});
    QCOMPARE(without.bytes(), QByteArray("\xC3\xA9\r\n"));
}

// What the writer quotes, a spreadsheet-style reader splits back into the same cells.
void TestStatsCsv::readsBackThroughCsvReader() {
    const QStringList texts{QStringLiteral("a;b"),        QStringLiteral("Paris, 15e"),
                            QStringLiteral("say \"hi\""), QStringLiteral("two\nlines"),
                            QStringLiteral("Crèche ✓"),   QStringLiteral("")};
    for (const QChar sep : {QLatin1Char(';'), QLatin1Char(',')}) {
        CsvWriter w({sep, true, sep == QLatin1Char(';')});
        QVariantList row;
        for (const QString &t : texts)
            row.append(t);
        w.addRow(row);
        w.addRow({QStringLiteral("=1+1"), qint64(-3)});
        const CsvReader::Result r = CsvReader::parse(w.bytes(), sep);
        QCOMPARE(r.rows.size(), 2);
        QCOMPARE(r.rows.at(0), texts);
        QCOMPARE(r.rows.at(1), (QStringList{QStringLiteral("'=1+1"), QStringLiteral("-3")}));
        QVERIFY(!r.unterminatedQuote);
    }
}

void TestStatsCsv::defaultsFollowTheLocale() {
    const CsvWriter::Options fr = StatsCsvWriter::defaultsFor(QLocale(QLocale::French));
    QCOMPARE(fr.separator, QLatin1Char(';'));
    QVERIFY(fr.decimalComma);
    QVERIFY(fr.byteOrderMark);
    const CsvWriter::Options en = StatsCsvWriter::defaultsFor(QLocale(QLocale::English));
    QCOMPARE(en.separator, QLatin1Char(','));
    QVERIFY(!en.decimalComma);
}

void TestStatsCsv::statsTables() {
    StatsCsvWriter::Options o;
    o.csv = {QLatin1Char(';'), false, true};
    o.groupNames = {{373, QStringLiteral("Hall A")}, {374, QStringLiteral("@Tour B")}};
    const QList<MonthStats> months{month(2024, 4), month(2024, 5)};

    const CsvReader::Result figures =
        CsvReader::parse(StatsCsvWriter::write(StatsCsvWriter::Table::Figures, months, o), u';');
    QCOMPARE(figures.rows.size(), 1 + 2 * 3); // header, then (month, scope)
    const QStringList header = StatsCsvWriter::header(StatsCsvWriter::Table::Figures);
    QCOMPARE(figures.rows.at(0), header);
    for (const QStringList &row : figures.rows)
        QCOMPARE(row.size(), header.size());
    // Enterprise of May: year, month, scope, empty group, then the figures.
    const QStringList may = figures.rows.at(4);
    QCOMPARE(may.mid(0, 5), (QStringList{QStringLiteral("2024"), QStringLiteral("5"),
                                         QStringLiteral("Enterprise"), QString(), QString()}));
    QCOMPARE(may.at(5), QStringLiteral("2024-06-01 03:04:05"));
    QCOMPARE(may.mid(6),
             texts({"520", "52", "7", "2", "40", "4", "12,5", "37,5", "50", "3", "4,25", "9"}));
    QCOMPARE(
        figures.rows.at(5).mid(2, 3),
        (QStringList{QStringLiteral("Group"), QStringLiteral("373"), QStringLiteral("Hall A")}));
    QCOMPARE(figures.rows.at(6).at(4), QStringLiteral("'@Tour B")); // a name, not a formula

    const CsvReader::Result tags =
        CsvReader::parse(StatsCsvWriter::write(StatsCsvWriter::Table::Tags, months, o), u';');
    QCOMPARE(tags.rows.size(), 1 + 2 * 3 * 2);
    QCOMPARE(tags.rows.at(1), texts({"2024", "4", "Enterprise", "", "", "sports", "82,61"}));

    const CsvReader::Result orders =
        CsvReader::parse(StatsCsvWriter::write(StatsCsvWriter::Table::Orders, months, o), u';');
    QCOMPARE(orders.rows.size(), 1 + 2 * 3 * 2);
    QCOMPARE(orders.rows.at(2).mid(5), texts({"21", "'=Repassage;\"Pressing\"", "3,43"}));
}

void TestStatsCsv::writesThreeFiles() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("stats-2024"));
    QCOMPARE(StatsCsvWriter::fileNames(path + QStringLiteral(".CSV")),
             StatsCsvWriter::fileNames(path));
    StatsCsvWriter::Options o;
    o.csv = StatsCsvWriter::defaultsFor(QLocale(QLocale::French));
    QString error;
    QVERIFY2(StatsCsvWriter::writeFiles(path, {month(2024, 5)}, o, &error), qPrintable(error));
    for (const QString &name : StatsCsvWriter::fileNames(path)) {
        QFile f(name);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(name));
        QVERIFY(f.readAll().startsWith("\xEF\xBB\xBF"));
    }
}

void TestStatsCsv::unwritableFileIsReported() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("missing/folder/stats"));
    QString error;
    QVERIFY(!StatsCsvWriter::writeFiles(path, {month(2024, 5)}, {}, &error));
    QVERIFY2(error.contains(QStringLiteral("stats.csv")), qPrintable(error));
    QVERIFY(!QFile::exists(StatsCsvWriter::fileNames(path).at(1)));
}

QTEST_GUILESS_MAIN(TestStatsCsv)
#include "tst_core_stats_csv.moc"
