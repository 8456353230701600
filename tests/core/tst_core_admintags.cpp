#include "admin/boxtagbatchmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

namespace {
using Model = BoxTagBatchModel;

QString cell(const Model &m, int row, int column) {
    return m.index(row, column).data().toString();
}

Model::CellState state(const Model &m, int row, int column) {
    return m.index(row, column).data(Model::CellStateRole).value<Model::CellState>();
}

Model::RowState rowState(const Model &m, int row) {
    return m.index(row, 0).data(Model::RowStateRole).value<Model::RowState>();
}

QString reason(const Model &m, int row, int column) {
    return m.index(row, column).data(Model::ReasonRole).toString();
}

// An error as the sandbox sends it for a batch whose second tag exists already.
ApiError takenAt(int item, const QString &code) {
    ApiError e;
    e.kind = ApiError::Kind::Conflict;
    e.httpStatus = 400;
    e.fieldErrors.append({QStringLiteral("has_already_been_taken"),
                          QStringLiteral("tags[%1].code").arg(item),
                          QStringLiteral("code %1 is already a tag of this enterprise").arg(code)});
    return e;
}

const QString k1K = QStringLiteral("MifareClassicEV1_1K");
} // namespace

// The tag batch table: typing, pasting spreadsheet cells, CSV files, the marks of a
// refused batch. The model tester is attached before the model is fed.
class TestAdminTags : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() {
        m_model = new Model(this);
        m_tester = new QAbstractItemModelTester(
            m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    }
    void cleanup() {
        delete m_tester;
        delete m_model;
    }

    void technologyList() {
        QVERIFY(Model::technologyTypes().contains(k1K));
        QCOMPARE(Model::defaultTechnologyType(), k1K);
    }

    void typing() {
        Model &m = *m_model;
        QCOMPARE(m.appendEmptyRow(), 0);
        QCOMPARE(m.appendEmptyRow(), 1);
        QCOMPARE(cell(m, 0, Model::TechnologyColumn), k1K);
        QVERIFY(m.batch().isEmpty()); // a technology type alone is not a tag
        QVERIFY(!m.validate());       // nothing to send
        QVERIFY(m.setData(m.index(0, Model::CodeColumn), QStringLiteral(" 2223 ")));
        QVERIFY(m.setData(m.index(0, Model::DescriptionColumn), QStringLiteral("two")));
        // Free text for the technology type.
        QVERIFY(m.setData(m.index(0, Model::TechnologyColumn), QStringLiteral("HomeMadeNFC")));
        QCOMPARE(m.batch(), (QList<BoxTag>{{QStringLiteral("2223"), QStringLiteral("two"),
                                            QStringLiteral("HomeMadeNFC")}}));
        QVERIFY(m.validate());
        QCOMPARE(m.batchRows(), QList<int>{0});
    }

    void missingAndTwiceAreMarked() {
        Model &m = *m_model;
        m.appendTags({{QStringLiteral("1"), QStringLiteral("one"), k1K},
                      {QStringLiteral("2"), QString(), k1K},
                      {QStringLiteral("1"), QStringLiteral("again"), QString()}});
        QVERIFY(!m.validate());
        QCOMPARE(state(m, 0, Model::CodeColumn), Model::CellState::Invalid);
        QVERIFY(reason(m, 0, Model::CodeColumn).contains(QLatin1String("3")));
        QCOMPARE(state(m, 2, Model::CodeColumn), Model::CellState::Invalid);
        QVERIFY(reason(m, 2, Model::CodeColumn).contains(QLatin1String("1")));
        QCOMPARE(state(m, 1, Model::DescriptionColumn), Model::CellState::Missing);
        QCOMPARE(state(m, 2, Model::TechnologyColumn), Model::CellState::Missing);
        QCOMPARE(state(m, 1, Model::CodeColumn), Model::CellState::Normal);
        // Tooltips carry the reason for people.
        QCOMPARE(m.index(1, Model::DescriptionColumn).data(Qt::ToolTipRole).toString(),
                 reason(m, 1, Model::DescriptionColumn));
        // Editing a cell answers its mark; the fixed batch validates.
        QVERIFY(m.setData(m.index(1, Model::DescriptionColumn), QStringLiteral("two")));
        QCOMPARE(state(m, 1, Model::DescriptionColumn), Model::CellState::Normal);
        QVERIFY(m.setData(m.index(2, Model::CodeColumn), QStringLiteral("3")));
        QVERIFY(m.setData(m.index(2, Model::TechnologyColumn), k1K));
        QVERIFY(m.validate());
        QCOMPARE(state(m, 0, Model::CodeColumn), Model::CellState::Normal);
    }

    void pastePositional() {
        Model &m = *m_model;
        m.appendTags({{QStringLiteral("A"), QStringLiteral("a"), k1K}});
        // Two columns of three lines pasted at row 0, column Code: row 0 overwritten, two
        // rows added, their technology type the default.
        const QString cells =
            QStringLiteral("100\tfirst\r\n101\tsecond\r\n102\t\"third,\nwith a line\"\r\n");
        QCOMPARE(m.pasteCells(m.index(0, Model::CodeColumn), cells), 3);
        QCOMPARE(m.rowCount(), 3);
        QCOMPARE(cell(m, 0, Model::CodeColumn), QStringLiteral("100"));
        QCOMPARE(cell(m, 0, Model::TechnologyColumn), k1K);
        QCOMPARE(cell(m, 2, Model::DescriptionColumn), QStringLiteral("third,\nwith a line"));
        QCOMPARE(cell(m, 2, Model::TechnologyColumn), k1K);
        // One column pasted on Description: codes untouched, extra cells dropped.
        QCOMPARE(m.pasteCells(m.index(1, Model::TechnologyColumn),
                              QStringLiteral("NTAG213\tignored\nNTAG215")),
                 2);
        QCOMPARE(cell(m, 1, Model::TechnologyColumn), QStringLiteral("NTAG213"));
        QCOMPARE(cell(m, 2, Model::TechnologyColumn), QStringLiteral("NTAG215"));
        QCOMPARE(cell(m, 1, Model::CodeColumn), QStringLiteral("101"));
        QCOMPARE(m.columnCount(), 3);
    }

    void pasteWithHeader() {
        Model &m = *m_model;
        // Columns in another order, named: placed by name, from column 0 whatever the
        // cell pasted on.
        const QString cells = QStringLiteral("Technology type\tCode\tNotes\tDescription\n"
                                             "NTAG216\t7\tx\tseven\n");
        QCOMPARE(m.pasteCells({}, cells), 1);
        QCOMPARE(m.batch(), (QList<BoxTag>{{QStringLiteral("7"), QStringLiteral("seven"),
                                            QStringLiteral("NTAG216")}}));
    }

    void pasteNothingChangesNothing() {
        Model &m = *m_model;
        m.appendTags({{QStringLiteral("A"), QStringLiteral("a"), k1K}});
        QString error;
        QCOMPARE(m.pasteCells(m.index(0, 0), QStringLiteral("\n \t \n"), &error), -1);
        QVERIFY(!error.isEmpty());
        QCOMPARE(m.pasteCells(m.index(0, 0), QStringLiteral("\"open"), &error), -1);
        QVERIFY(error.contains(QLatin1Char('"')));
        QCOMPARE(m.rowCount(), 1);
        QCOMPARE(cell(m, 0, 0), QStringLiteral("A"));
    }

    void csvFiles_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QList<BoxTag>>("tags");
        QTest::newRow("French header, semicolons, BOM, CRLF")
            << QByteArray("\xEF\xBB\xBF"
                          "Code;Libell\xC3\xA9;Technologie\r\n"
                          "3001;Entr\xC3\xA9"
                          "e;MifareClassicEV1_1K\r\n"
                          "3002;\"Cave; sous-sol\";NTAG213\r\n\r\n")
            << QList<BoxTag>{{QStringLiteral("3001"), QStringLiteral("Entrée"), k1K},
                             {QStringLiteral("3002"), QStringLiteral("Cave; sous-sol"),
                              QStringLiteral("NTAG213")}};
        QTest::newRow("no header, commas")
            << QByteArray("4001,hall,MifareClassicEV1_1K\n4002,lift,MifareClassicEV1_4K\n")
            << QList<BoxTag>{{QStringLiteral("4001"), QStringLiteral("hall"), k1K},
                             {QStringLiteral("4002"), QStringLiteral("lift"),
                              QStringLiteral("MifareClassicEV1_4K")}};
        QTest::newRow("Windows-1252")
            << QByteArray("code;description;technologyType\n5001;R\xE9serve;NTAG215\n")
            << QList<BoxTag>{
                   {QStringLiteral("5001"), QStringLiteral("Réserve"), QStringLiteral("NTAG215")}};
        QTest::newRow("tab separated, codes only")
            << QByteArray("code\n6001\n6002\n")
            << QList<BoxTag>{{QStringLiteral("6001"), QString(), k1K},
                             {QStringLiteral("6002"), QString(), k1K}};
        QTest::newRow("tab separated export")
            << QByteArray("description\tcode\nbureau, 2e\t7001\n")
            << QList<BoxTag>{{QStringLiteral("7001"), QStringLiteral("bureau, 2e"), k1K}};
    }

    void csvFiles() {
        QFETCH(QByteArray, bytes);
        QFETCH(QList<BoxTag>, tags);
        QString error;
        QCOMPARE(m_model->importCsv(bytes, &error), int(tags.size()));
        QVERIFY(error.isEmpty());
        QCOMPARE(m_model->batch(), tags);
    }

    void badCsvChangesNothing_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("header only") << QByteArray("code;description;technologyType\r\n");
        QTest::newRow("unterminated quote") << QByteArray("8001;\"never closed\n8002;b;c\n");
    }

    void badCsvChangesNothing() {
        QFETCH(QByteArray, bytes);
        m_model->appendTags({{QStringLiteral("A"), QStringLiteral("a"), k1K}});
        QString error;
        QCOMPARE(m_model->importCsv(bytes, &error), -1);
        QVERIFY(!error.isEmpty());
        QCOMPARE(m_model->rowCount(), 1);
    }

    void rejectedBatchMarksOnlyTheOffendingCode() {
        Model &m = *m_model;
        m.appendTags({{QStringLiteral("11"), QStringLiteral("a"), k1K}});
        m.appendEmptyRow(); // not sent: the batch's indexes skip it
        m.appendTags({{QStringLiteral("12"), QStringLiteral("b"), k1K},
                      {QStringLiteral("13"), QStringLiteral("c"), k1K}});
        QVERIFY(m.validate());
        const QList<int> rows = m.batchRows();
        QCOMPARE(rows, (QList<int>{0, 2, 3}));
        m.setSending(rows, true);
        QCOMPARE(rowState(m, 2), Model::RowState::Sending);
        QVERIFY(!(m.flags(m.index(2, 0)) & Qt::ItemIsEditable));
        QVERIFY(!m.removeRows(2, 1)); // its answer is still to come
        QVERIFY(!m.removeRows(1, 1)); // nor may the rows sent move
        QVERIFY(!m.insertRows(0, 1));
        QCOMPARE(m.appendEmptyRow(), 4); // the end is free
        QVERIFY(m.removeRows(4, 1));
        // tags[1] is the row 2 (code 12).
        const QStringList unplaced = m.markRejected(rows, takenAt(1, QStringLiteral("12")));
        QVERIFY(unplaced.isEmpty());
        QCOMPARE(state(m, 2, Model::CodeColumn), Model::CellState::Rejected);
        QVERIFY(reason(m, 2, Model::CodeColumn).contains(QLatin1String("already")));
        QCOMPARE(rowState(m, 2), Model::RowState::Rejected);
        for (const int r : {0, 3}) {
            QCOMPARE(rowState(m, r), Model::RowState::Draft); // nothing reported as done
            QCOMPARE(state(m, r, Model::CodeColumn), Model::CellState::Normal);
        }
        QCOMPARE(m.createdCount(), 0);
        QVERIFY(m.flags(m.index(2, 0)) & Qt::ItemIsEditable);
        // Fixing the code clears the mark and the row's refusal.
        QVERIFY(m.setData(m.index(2, Model::CodeColumn), QStringLiteral("12b")));
        QCOMPARE(state(m, 2, Model::CodeColumn), Model::CellState::Normal);
        QCOMPARE(rowState(m, 2), Model::RowState::Draft);
    }

    void rejectionThatNamesNoRow() {
        Model &m = *m_model;
        m.appendTags({{QStringLiteral("21"), QStringLiteral("a"), k1K},
                      {QStringLiteral("22"), QStringLiteral("b"), k1K}});
        const QList<int> rows = m.batchRows();
        // A 200 with {"result":"error"}: no errors[] at all.
        ApiError resultError;
        resultError.kind = ApiError::Kind::Server;
        resultError.httpStatus = 200;
        resultError.message = QStringLiteral("The server reported that the operation failed");
        QCOMPARE(m.markRejected(rows, resultError), QStringList{resultError.message});
        // A server that names the code itself, and one entry that names nothing here.
        ApiError byCode;
        byCode.kind = ApiError::Kind::Validation;
        byCode.fieldErrors = {{QStringLiteral("is_invalid"), QStringLiteral("22"), QString()},
                              {QStringLiteral("is_invalid"), QStringLiteral("tags"),
                               QStringLiteral("too many tags")}};
        QCOMPARE(m.markRejected(rows, byCode), QStringList{QStringLiteral("too many tags")});
        QCOMPARE(state(m, 1, Model::CodeColumn), Model::CellState::Rejected);
        QCOMPARE(state(m, 0, Model::CodeColumn), Model::CellState::Normal);
        QCOMPARE(m.createdCount(), 0);
    }

    void createdRowsAreLocked() {
        Model &m = *m_model;
        m.appendTags({{QStringLiteral("31"), QStringLiteral("a"), k1K},
                      {QStringLiteral("32"), QStringLiteral("b"), k1K}});
        m.markCreated({0});
        QCOMPARE(m.createdCount(), 1);
        QCOMPARE(rowState(m, 0), Model::RowState::Created);
        QVERIFY(!m.setData(m.index(0, Model::CodeColumn), QStringLiteral("x")));
        QCOMPARE(m.batchRows(), QList<int>{1}); // never sent twice
        // A paste over a created row goes to the end instead.
        QCOMPARE(m.pasteCells(m.index(0, 0), QStringLiteral("33\tc")), 1);
        QCOMPARE(m.rowCount(), 3);
        QCOMPARE(cell(m, 0, 0), QStringLiteral("31"));
        QCOMPARE(cell(m, 2, 0), QStringLiteral("33"));
        m.removeCreatedRows();
        QCOMPARE(m.rowCount(), 2);
        QCOMPARE(cell(m, 0, 0), QStringLiteral("32"));
    }

    void codesOfASelection() {
        Model &m = *m_model;
        m.appendTags({{QStringLiteral(" 41 "), QStringLiteral("a"), k1K},
                      {QString(), QStringLiteral("b"), k1K},
                      {QStringLiteral("43"), QStringLiteral("c"), k1K},
                      {QStringLiteral("41"), QStringLiteral("d"), k1K}});
        const QModelIndexList selection{m.index(3, 1), m.index(0, 0), m.index(0, 2), m.index(1, 0),
                                        m.index(2, 1)};
        QCOMPARE(m.codesAt(selection), (QStringList{QStringLiteral("41"), QStringLiteral("43")}));
    }

private:
    Model *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

QTEST_GUILESS_MAIN(TestAdminTags)
#include "tst_core_admintags.moc"
