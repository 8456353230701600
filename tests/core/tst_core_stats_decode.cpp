#include "net/jsondecode.h"
#include "stats/statsentry.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

// The reference's own example answer of GET /oneapi/v0/stats (kept as it is printed in
// data/stats-reference-example.json), decoded as the client decodes an answer.
class TestStatsDecode : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void exampleAsPrintedIsNotJson();
    void exampleDecodes();
    void truncatedExampleFailsCleanly_data();
    void truncatedExampleFailsCleanly();
    void toJsonReadsBack();

private:
    QByteArray m_printed;
    QByteArray m_json; // the example without its trailing comma
};

namespace {
// What a client does with a body: JSON, then the "data" envelope, then the entries.
std::optional<QList<StatsEntry>> decodeBody(const QByteArray &body, QString *why) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (doc.isNull()) {
        *why = error.errorString();
        return std::nullopt;
    }
    return JsonDecode::list<StatsEntry>(doc.object().value(QStringLiteral("data")),
                                        QStringLiteral("stats"), why);
}
} // namespace

void TestStatsDecode::initTestCase() {
    QFile f(QStringLiteral(JOBBERS_TEST_DATA "/stats-reference-example.json"));
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
    m_printed = f.readAll().trimmed();
    // "…}, ] }": the comma after the last entry is the only thing wrong with it.
    static const QRegularExpression trailing(QStringLiteral(",\\s*\\]\\s*\\}$"));
    QString text = QString::fromUtf8(m_printed);
    QVERIFY(text.contains(trailing));
    text.replace(trailing, QStringLiteral("]}"));
    m_json = text.toUtf8();
}

void TestStatsDecode::exampleAsPrintedIsNotJson() {
    QString why;
    QVERIFY(!decodeBody(m_printed, &why));
    QVERIFY(!why.isEmpty());
}

void TestStatsDecode::exampleDecodes() {
    QString why;
    const std::optional<QList<StatsEntry>> entries = decodeBody(m_json, &why);
    QVERIFY2(entries, qPrintable(why));
    QCOMPARE(entries->size(), 3);
    const StatsEntry &e = entries->at(0);
    QVERIFY(e.isEnterprise());
    QCOMPARE(e.lastUpdated,
             QDateTime(QDate(2018, 9, 3), QTime(18, 33, 43), JsonDecode::serverTimeZone()));
    QCOMPARE(e.totalRequests, 52);
    QCOMPARE(e.deltaRequests, 52);
    QCOMPARE(e.totalPasses, 0);
    QCOMPARE(e.totalClients, 10);
    QCOMPARE(e.deltaClients, 10);
    QCOMPARE(e.percentageFemaleClients, 0.0);
    QCOMPARE(e.percentageMaleClients, 20.0);
    QCOMPARE(e.percentageUnknownClients, 80.0);
    QCOMPARE(e.nologinTotal, 10);
    QCOMPARE(e.nologinEmails.size(), 10);
    QCOMPARE(e.nologinEmails.first(), QStringLiteral("client+1@clients.jobbers.com"));
    QCOMPARE(e.nologinEmails.last(), QStringLiteral("oriol.marti+14@gmail.com"));
    QCOMPARE(e.tags.size(), 21);
    QCOMPARE(e.tags.at(4).tagName, QStringLiteral("services_individus"));
    QCOMPARE(e.tags.at(4).percent, 82.61);
    double sum = 0;
    for (const StatsEntry::TagShare &t : e.tags)
        sum += t.percent;
    QCOMPARE(sum, 82.61 + 4.35 + 8.7 + 4.35);
    QCOMPARE(e.averageConversationRating, 0.0);
    QCOMPARE(e.totalOrders, 0);
    QCOMPARE(e.orderCategories.size(), 2);
    QCOMPARE(e.orderCategories.at(0).categoryId, 2); // "2", a string in the example
    QCOMPARE(e.orderCategories.at(1).categoryName, QStringLiteral("Repassage-MyPressing"));
    QCOMPARE(e.orderCategories.at(1).percent, 3.43);

    QCOMPARE(entries->at(1).groupId, std::optional<qint64>(373));
    QCOMPARE(entries->at(1).totalPasses, 1);
    QCOMPARE(entries->at(1).deltaPasses, 1);
    QVERIFY(entries->at(1).nologinEmails.isEmpty());
    QVERIFY(entries->at(1).orderCategories.isEmpty());
    QCOMPARE(entries->at(2).groupId, std::optional<qint64>(374));
}

void TestStatsDecode::truncatedExampleFailsCleanly_data() {
    QTest::addColumn<double>("share"); // of the bytes kept
    for (double share : {0.0, 0.01, 0.25, 0.5, 0.75, 0.99})
        QTest::addRow("%d %%", int(share * 100)) << share;
    QTest::newRow("last byte missing") << -1.0;
}

void TestStatsDecode::truncatedExampleFailsCleanly() {
    QFETCH(double, share);
    const qsizetype keep = share < 0 ? m_json.size() - 1 : qsizetype(double(m_json.size()) * share);
    QString why;
    QVERIFY(!decodeBody(m_json.left(keep), &why));
    QVERIFY(!why.isEmpty());
}

// The cache keeps entries as toJson() writes them: the decoder gives back the same.
void TestStatsDecode::toJsonReadsBack() {
    QString why;
    const std::optional<QList<StatsEntry>> entries = decodeBody(m_json, &why);
    QVERIFY2(entries, qPrintable(why));
    for (const StatsEntry &e : *entries) {
        const std::optional<StatsEntry> back = StatsEntry::fromJson(e.toJson(), &why);
        QVERIFY2(back, qPrintable(why));
        QCOMPARE(*back, e);
    }
}

QTEST_GUILESS_MAIN(TestStatsDecode)
#include "tst_core_stats_decode.moc"
