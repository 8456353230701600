#include "servicetest.h"

#include "admin/boxesservice.h"
#include "admin/boxtagbatchmodel.h"
#include "admin/connectiontest.h"
#include "admin/tagbatchsender.h"
#include "cannedhttpserver.h"
#include "enterprise/enterpriseservice.h"
#include "sandboxcontext.h"
#include "sandboxserver.h"
#include "store/sandboxstore.h"

#include <QTest>

namespace {
using Outcome = TagBatchSender::Outcome;
const QString k1K = QStringLiteral("MifareClassicEV1_1K");

// The outcome of the sender's current batch.
struct Finished {
    bool done = false;
    Outcome outcome = Outcome::Unknown;
    QStringList messages;
};

Finished waitFinished(TagBatchSender &sender) {
    Finished f;
    QSignalSpy spy(&sender, &TagBatchSender::finished);
    if (!spy.wait(20000))
        return f;
    f.done = true;
    f.outcome = spy.first().at(0).value<Outcome>();
    f.messages = spy.first().at(2).toStringList();
    return f;
}

int tagCount(SandboxFixture &fx, const QString &code) {
    return fx.server()
        .context()
        .store()
        .scalar(
            QStringLiteral("SELECT COUNT(*) FROM box_tags WHERE enterprise_id = 20 AND code = ?"),
            {code})
        .toInt();
}

QString rowStateText(const BoxTagBatchModel &m, int row) {
    return QVariant::fromValue(m.index(row, 0)
                                   .data(BoxTagBatchModel::RowStateRole)
                                   .value<BoxTagBatchModel::RowState>())
        .toString();
}

BoxTagBatchModel::RowState rowState(const BoxTagBatchModel &m, int row) {
    return m.index(row, 0).data(BoxTagBatchModel::RowStateRole).value<BoxTagBatchModel::RowState>();
}
} // namespace

// The tag batch sender against the sandbox: a refused batch creates nothing and marks
// the offending code; a batch whose answer is lost is settled without creating
// anything twice; a retried delete is settled the same way. And the connection test.
class TestAdminSend : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { qRegisterMetaType<TagBatchSender::Outcome>(); }

    void duplicateCodeRejectsTheBatch() {
        ApiTestSession s;
        QVERIFY2(s.ok(), qPrintable(s.error));
        BoxesService boxes(&s.api);
        const auto old =
            await(boxes.createTags({{QStringLiteral("D-1"), QStringLiteral("old"), k1K}}));
        QVERIFY_ANSWER(old);
        BoxTagBatchModel model;
        TagBatchSender sender(&boxes, &model);
        model.appendTags({{QStringLiteral("N-1"), QStringLiteral("one"), k1K},
                          {QStringLiteral("D-1"), QStringLiteral("again"), k1K},
                          {QStringLiteral("N-2"), QStringLiteral("two"), k1K}});
        QVERIFY(sender.send());
        QVERIFY(!sender.send()); // one batch at a time
        const Finished f = waitFinished(sender);
        QVERIFY(f.done);
        QCOMPARE(f.outcome, Outcome::Rejected);
        QVERIFY2(f.messages.isEmpty(), qPrintable(f.messages.join(u'\n')));
        QCOMPARE(model.index(1, BoxTagBatchModel::CodeColumn)
                     .data(BoxTagBatchModel::CellStateRole)
                     .value<BoxTagBatchModel::CellState>(),
                 BoxTagBatchModel::CellState::Rejected);
        QCOMPARE(rowState(model, 1), BoxTagBatchModel::RowState::Rejected);
        QCOMPARE(rowState(model, 0), BoxTagBatchModel::RowState::Draft);
        QCOMPARE(rowState(model, 2), BoxTagBatchModel::RowState::Draft);
        QCOMPARE(model.createdCount(), 0);
        QCOMPARE(tagCount(s.fixture, QStringLiteral("N-1")), 0);
        QCOMPARE(tagCount(s.fixture, QStringLiteral("N-2")), 0);
        // Fixed, the batch goes through, each tag once.
        QVERIFY(model.setData(model.index(1, BoxTagBatchModel::CodeColumn), QStringLiteral("D-2")));
        QVERIFY(sender.send());
        QCOMPARE(waitFinished(sender).outcome, Outcome::Created);
        QCOMPARE(model.createdCount(), 3);
        for (const char *code : {"N-1", "D-2", "N-2"})
            QCOMPARE(tagCount(s.fixture, QLatin1String(code)), 1);
        QVERIFY(!sender.send()); // created rows are never sent again
    }

    // The first answer is lost after the server created the batch: the same batch sent
    // again is refused as taken for every code, which settles it as created.
    void lostAnswerIsSettled() {
        ApiTestSession s;
        QVERIFY2(s.ok(), qPrintable(s.error));
        BoxesService boxes(&s.api);
        BoxTagBatchModel model;
        TagBatchSender sender(&boxes, &model);
        model.appendTags({{QStringLiteral("L-1"), QStringLiteral("one"), k1K},
                          {QStringLiteral("L-2"), QStringLiteral("two"), k1K}});
        SandboxServer &server = s.fixture.server();
        int lost = 0;
        int posts = 0;
        connect(&server, &SandboxServer::answerLost, this, [&] {
            ++lost;
            server.setFaultRates({}); // only the first answer is lost
        });
        connect(&server, &SandboxServer::requestHandled, this,
                [&](const QByteArray &method, const QString &path) {
                    posts += method == "POST" && path == QLatin1String("/api/v0/boxes_tags");
                });
        FaultRates rates;
        rates.loseAnswer = 1.0;
        server.setFaultRates(rates);
        QSignalSpy resending(&sender, &TagBatchSender::resending);
        QVERIFY(sender.send());
        const Finished f = waitFinished(sender);
        QVERIFY(f.done);
        QCOMPARE(lost, 1);
        QCOMPARE(resending.size(), 1);
        QCOMPARE(f.outcome, Outcome::FoundCreated);
        QCOMPARE(model.createdCount(), 2);
        QCOMPARE(rowStateText(model, 0), QStringLiteral("Created"));
        QCOMPARE(tagCount(s.fixture, QStringLiteral("L-1")), 1);
        QCOMPARE(tagCount(s.fixture, QStringLiteral("L-2")), 1);
        QVERIFY(posts >= 1);
    }

    // Every answer lost: nothing reported done; the same batch later is settled.
    void everyAnswerLostIsUnknownThenSettled() {
        ApiTestSession s;
        QVERIFY2(s.ok(), qPrintable(s.error));
        BoxesService boxes(&s.api);
        BoxTagBatchModel model;
        TagBatchSender sender(&boxes, &model);
        sender.setMaxResends(1);
        model.appendTags({{QStringLiteral("U-1"), QStringLiteral("one"), k1K}});
        FaultRates rates;
        rates.loseAnswer = 1.0;
        s.fixture.server().setFaultRates(rates);
        QVERIFY(sender.send());
        Finished f = waitFinished(sender);
        QVERIFY(f.done);
        QCOMPARE(f.outcome, Outcome::Unknown);
        QCOMPARE(model.createdCount(), 0);
        QCOMPARE(rowState(model, 0), BoxTagBatchModel::RowState::Draft);
        QVERIFY(model.flags(model.index(0, 0)) & Qt::ItemIsEditable);
        s.fixture.server().setFaultRates({});
        QVERIFY(sender.send());
        f = waitFinished(sender);
        QCOMPARE(f.outcome, Outcome::FoundCreated);
        QCOMPARE(model.createdCount(), 1);
        QCOMPARE(tagCount(s.fixture, QStringLiteral("U-1")), 1);
    }

    // A batch that was taken before (not lost) stays a refusal: no settling without a
    // lost answer.
    void takenWithoutALostAnswerIsARefusal() {
        ApiTestSession s;
        QVERIFY2(s.ok(), qPrintable(s.error));
        BoxesService boxes(&s.api);
        const auto before =
            await(boxes.createTags({{QStringLiteral("T-1"), QStringLiteral("x"), k1K}}));
        QVERIFY_ANSWER(before);
        BoxTagBatchModel model;
        TagBatchSender sender(&boxes, &model);
        model.appendTags({{QStringLiteral("T-1"), QStringLiteral("x"), k1K}});
        QVERIFY(sender.send());
        QCOMPARE(waitFinished(sender).outcome, Outcome::Rejected);
        QCOMPARE(model.createdCount(), 0);
    }

    void lostDeleteAnswerIsSettled() {
        ApiTestSession s;
        QVERIFY2(s.ok(), qPrintable(s.error));
        BoxesService boxes(&s.api);
        const auto made =
            await(boxes.createTags({{QStringLiteral("R-1"), QStringLiteral("x"), k1K},
                                    {QStringLiteral("R-2"), QStringLiteral("y"), k1K}}));
        QVERIFY_ANSWER(made);
        BoxTagBatchModel model;
        TagBatchSender sender(&boxes, &model);
        SandboxServer &server = s.fixture.server();
        connect(&server, &SandboxServer::answerLost, this, [&] { server.setFaultRates({}); });
        FaultRates rates;
        rates.loseAnswer = 1.0;
        server.setFaultRates(rates);
        QSignalSpy deleted(&sender, &TagBatchSender::deleted);
        QSignalSpy failed(&sender, &TagBatchSender::deleteFailed);
        QVERIFY(sender.deleteCodes({QStringLiteral("R-1"), QStringLiteral("R-2")}));
        QVERIFY(deleted.wait(20000));
        QCOMPARE(failed.size(), 0);
        QCOMPARE(deleted.first().at(1).toBool(), true); // gone by the first, lost, delete
        QCOMPARE(tagCount(s.fixture, QStringLiteral("R-1")), 0);
        // A delete of codes of which one is a tag and one is not is a failure, and
        // deletes nothing (all or nothing).
        const auto again =
            await(boxes.createTags({{QStringLiteral("R-3"), QStringLiteral("z"), k1K}}));
        QVERIFY_ANSWER(again);
        QVERIFY(sender.deleteCodes({QStringLiteral("R-3"), QStringLiteral("R-1")}));
        QVERIFY(failed.wait(20000));
        QCOMPARE(tagCount(s.fixture, QStringLiteral("R-3")), 1);
    }

    // A 200 with {"data":{"result":"error"}} is a failure: nothing marked created.
    void resultErrorIsARefusal() {
        CannedHttpServer upstream;
        QVERIFY(upstream.listen());
        upstream.setAnswers({CannedHttpServer::respond(200, R"({"access_token":"t"})"),
                             CannedHttpServer::respond(200, R"({"data":{"result":"error"}})")});
        ApiClient api;
        QVERIFY(api.setBaseUrl(upstream.baseUrl()));
        api.setCredentials(QStringLiteral("k"), QStringLiteral("s"));
        BoxesService boxes(&api);
        BoxTagBatchModel model;
        TagBatchSender sender(&boxes, &model);
        model.appendTags({{QStringLiteral("E-1"), QStringLiteral("x"), k1K}});
        QVERIFY(sender.send());
        const Finished f = waitFinished(sender);
        QCOMPARE(f.outcome, Outcome::Rejected);
        QCOMPARE(f.messages.size(), 1);
        QVERIFY(f.messages.first().contains(QLatin1String("error")));
        QCOMPARE(model.createdCount(), 0);
        QCOMPARE(rowState(model, 0), BoxTagBatchModel::RowState::Draft);
    }

    void settlingRules() {
        const auto taken = [](std::initializer_list<int> items,
                              const char *title = "has_already_been_taken") {
            ApiError e;
            e.httpStatus = 400;
            e.kind = ApiError::Kind::Conflict;
            for (const int i : items)
                e.fieldErrors.append(
                    {QLatin1String(title), QStringLiteral("tags[%1].code").arg(i), QString()});
            return e;
        };
        QVERIFY(TagBatchSender::everyCodeTaken(taken({0, 1, 2}), 3));
        QVERIFY(TagBatchSender::everyCodeTaken(taken({2, 0, 1}), 3));
        QVERIFY(!TagBatchSender::everyCodeTaken(taken({0, 2}), 3)); // one code was free
        QVERIFY(!TagBatchSender::everyCodeTaken(taken({0, 1, 1}), 3));
        QVERIFY(!TagBatchSender::everyCodeTaken(taken({0, 1, 2}, "is_invalid"), 3));
        QVERIFY(TagBatchSender::everyCodeUnknown(taken({0, 1}, "is_invalid"), 2));
        ApiError mixed = taken({0, 1});
        mixed.fieldErrors.append(
            {QStringLiteral("cannot_be_blank"), QStringLiteral("tags[1].description"), QString()});
        QVERIFY(!TagBatchSender::everyCodeTaken(mixed, 2));
        QVERIFY(!TagBatchSender::everyCodeTaken(ApiError(), 0));
        ApiError lost;
        lost.kind = ApiError::Kind::Network;
        QVERIFY(TagBatchSender::isLostAnswer(lost));
        QVERIFY(!TagBatchSender::isLostAnswer(taken({0})));
    }

    void connectionTest() {
        SandboxOptions options;
        options.latencyMs = 120;
        options.tokenTtlSeconds = 900;
        ApiTestSession s(20, options);
        QVERIFY2(s.ok(), qPrintable(s.error));
        EnterpriseService enterprise(&s.api);
        const QDateTime signedIn = s.api.tokenExpiry();
        QVERIFY(signedIn.isValid());
        const qint64 left = QDateTime::currentDateTime().secsTo(signedIn);
        QVERIFY2(left > 890 && left <= 900, qPrintable(QString::number(left)));

        ConnectionTest test(&s.api, &enterprise);
        QSignalSpy finished(&test, &ConnectionTest::finished);
        QVERIFY(test.run(QStringLiteral("hello world")));
        QVERIFY(!test.run()); // one at a time
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        for (const auto check : {ConnectionTest::Check::GetEcho, ConnectionTest::Check::PostEcho}) {
            const ConnectionTest::Result r = test.result(check);
            QVERIFY2(r.ok, qPrintable(r.error));
            QVERIFY(r.answer.contains(QLatin1String("hello world")));
            QVERIFY(r.roundTripMs >= 100); // the sandbox's latency
        }
        QCOMPARE(test.result(ConnectionTest::Check::Enterprise).answer, QStringLiteral("20"));
        QVERIFY(!test.result(ConnectionTest::Check::Groups).answer.isEmpty());
        // Each call slid the token's expiry forward: four calls of 120 ms at least.
        QVERIFY2(signedIn.msecsTo(s.api.tokenExpiry()) >= 4 * 100,
                 qPrintable(QString::number(signedIn.msecsTo(s.api.tokenExpiry()))));
        QCOMPARE(ConnectionTest::remainingText(signedIn, signedIn.addSecs(-125)),
                 ConnectionTest::tr("%1 min %2 s").arg(2).arg(5));
        QCOMPARE(ConnectionTest::remainingText(signedIn, signedIn.addSecs(1)),
                 ConnectionTest::tr("expired"));
        s.api.clearSession();
        QVERIFY(!s.api.tokenExpiry().isValid());
    }

    void connectionTestShowsFailures() {
        CannedHttpServer upstream;
        QVERIFY(upstream.listen());
        upstream.setAnswers({CannedHttpServer::respond(200, R"({"access_token":"t"})"),
                             CannedHttpServer::respond(200, R"({"data":"a proxy said hi"})"),
                             CannedHttpServer::respond(500, R"(<html>oops</html>)", "text/html")});
        ApiClient api;
        QVERIFY(api.setBaseUrl(upstream.baseUrl()));
        api.setCredentials(QStringLiteral("k"), QStringLiteral("s"));
        EnterpriseService enterprise(&api);
        ConnectionTest test(&api, &enterprise);
        QSignalSpy finished(&test, &ConnectionTest::finished);
        QVERIFY(test.run(QStringLiteral("ping")));
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        // An answer that does not repeat the text is not an echo.
        QVERIFY(!test.result(ConnectionTest::Check::GetEcho).ok);
        QVERIFY(!test.result(ConnectionTest::Check::GetEcho).error.isEmpty());
        QVERIFY(!test.result(ConnectionTest::Check::Groups).ok);
        QVERIFY(test.result(ConnectionTest::Check::Groups).done);
        QVERIFY(!api.tokenExpiry().isValid()); // no expires_in: not known
    }
};

QTEST_GUILESS_MAIN(TestAdminSend)
#include "tst_core_adminsend.moc"
