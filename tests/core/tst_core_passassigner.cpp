#include "clients/clientsservice.h"
#include "net/apiclient.h"
#include "passes/passassigner.h"
#include "passes/passesservice.h"
#include "sandboxfixture.h"
#include "sandboxserver.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Pass assignment that never assigns twice: reference stored before the call, reused
// after a lost answer or a restart, "already taken" read back as done.
class TestPassAssigner : public QObject {
    Q_OBJECT
private:
    struct World {
        std::unique_ptr<SandboxFixture> fixture;
        std::unique_ptr<ApiClient> api;
        std::unique_ptr<PassesService> passes;
        std::unique_ptr<ClientsService> clients;
        QString token;
        qint64 stockId = 0;
    };

    static bool setUp(World &w, double loseAnswerRate = 0) {
        SandboxOptions o;
        o.loseAnswerRate = loseAnswerRate;
        w.fixture = std::make_unique<SandboxFixture>(o);
        if (!w.fixture->ok())
            return false;
        for (int i = 0; i < 20 && w.token.isEmpty(); ++i)
            w.token = w.fixture->token(20);
        w.api = std::make_unique<ApiClient>();
        w.api->setBaseUrl(w.fixture->baseUrl());
        w.api->setCredentials(u"demo-20-key"_s, u"demo-20-secret"_s);
        w.api->setRetryPolicy(10, 10, 5000);
        w.passes = std::make_unique<PassesService>(w.api.get());
        w.clients = std::make_unique<ClientsService>(w.api.get());
        for (int i = 0; i < 20 && !w.api->hasToken(); ++i) {
            QSignalSpy done(w.api->authenticate(), &ApiReply::finished);
            done.wait(5000);
        }
        // A stock with passes left and far from expiry.
        const QJsonArray stocks = stockList(w);
        for (const QJsonValue &v : stocks) {
            const QJsonObject s = v.toObject();
            if (s.value(u"total_available"_s).toInt() > 2
                && QDateTime::fromString(s.value(u"expiration_date"_s).toString(),
                                         u"yyyy-MM-dd HH:mm:ss"_s)
                       > QDateTime::currentDateTime().addDays(2))
                w.stockId = s.value(u"stock_id"_s).toInteger();
        }
        return w.api->hasToken() && w.stockId > 0;
    }
    static QJsonArray stockList(World &w) {
        for (int i = 0; i < 20; ++i) {
            const HttpResult r = w.fixture->get(u"/oneapi/v0/stockofpasses"_s, w.token);
            if (r.status == 200)
                return r.data().toArray();
        }
        return {};
    }
    static int used(World &w) {
        for (const QJsonValue &v : stockList(w)) {
            if (v.toObject().value(u"stock_id"_s).toInteger() == w.stockId)
                return v.toObject().value(u"total_used"_s).toInt();
        }
        return -1;
    }
    static QString newClient(World &w, const QString &email) {
        const QJsonObject body{{u"email"_s, email},          {u"first_name"_s, u"Hélène"_s},
                               {u"last_name"_s, u"Passe"_s}, {u"phone_prefix"_s, u"+33"_s},
                               {u"phone"_s, u"612345678"_s}, {u"address"_s, u"2 rue H"_s},
                               {u"zip_code"_s, u"75011"_s},  {u"city"_s, u"Paris"_s},
                               {u"country"_s, u"FR"_s},      {u"cgu"_s, true},
                               {u"optin"_s, false}};
        for (int i = 0; i < 20; ++i) {
            const HttpResult r = w.fixture->postJson(u"/oneapi/v0/clients"_s, body, w.token);
            if (r.status == 200 || r.firstError().startsWith(u"has_already_been_taken"_s))
                return email;
        }
        return {};
    }

private Q_SLOTS:
    void assignOnce() {
        World w;
        QVERIFY(setUp(w));
        const QString email = newClient(w, u"helene@example.fr"_s);
        QVERIFY(!email.isEmpty());
        QTemporaryDir dir;
        const int before = used(w);
        PassAssigner assigner(w.passes.get(), w.clients.get(), dir.filePath(u"local.sqlite"_s));
        QVERIFY2(assigner.isOpen(), qPrintable(assigner.lastError()));
        QSignalSpy assigned(&assigner, &PassAssigner::assigned);
        QSignalSpy sending(&assigner, &PassAssigner::sending);
        QVERIFY(assigner.assign(email, w.stockId));
        QVERIFY(!assigner.assign(email, w.stockId)); // busy: no second call
        QVERIFY(assigned.wait(10000));
        QVERIFY(sending.at(0).at(2).toString().startsWith(u"JBO-"_s));
        QVERIFY(assigned.at(0).at(2).toDateTime().isValid());
        QCOMPARE(assigned.at(0).at(4).toBool(), false);
        QCOMPARE(assigner.pendingCount(), 0);
        QCOMPARE(used(w), before + 1);
    }

    // The app dies after sending: the answer reaches nobody. A new assigner on the same
    // file finds the pending reference, resends it, and reads the client back.
    void killedAfterSendingThenRetried() {
        World w;
        QVERIFY(setUp(w));
        const QString email = newClient(w, u"relance@example.fr"_s);
        QTemporaryDir dir;
        const QString db = dir.filePath(u"local.sqlite"_s);
        const int before = used(w);
        QString reference;
        {
            auto first = std::make_unique<PassAssigner>(w.passes.get(), w.clients.get(), db);
            QSignalSpy answered(w.passes.get(), &PassesService::passAssigned);
            connect(first.get(), &PassAssigner::sending, this,
                    [&](const QString &, qint64, const QString &ref) { reference = ref; });
            QVERIFY(first->assign(email, w.stockId));
            first.reset();                 // killed before the answer
            QVERIFY(answered.wait(10000)); // the server did assign
        }
        QCOMPARE(used(w), before + 1);

        PassAssigner second(w.passes.get(), w.clients.get(), db);
        QCOMPARE(second.pendingReference(email, w.stockId), reference);
        QSignalSpy assigned(&second, &PassAssigner::assigned);
        QVERIFY(second.assign(email, w.stockId));
        QVERIFY(assigned.wait(10000));
        QCOMPARE(assigned.at(0).at(3).toString(), reference);
        QCOMPARE(assigned.at(0).at(4).toBool(), true); // already assigned: read back
        QVERIFY(assigned.at(0).at(2).toDateTime() > QDateTime::currentDateTime());
        QCOMPARE(second.pendingCount(), 0);
        QCOMPARE(used(w), before + 1); // one pass, not two
    }

    // The fault the reference guards against, once and for sure: the server assigns,
    // then its answer is lost (--lose-answer-rate 1 for that call). The retry with the
    // stored reference is refused as already taken and read back: one pass, not two.
    void lostAnswerThenRetried() {
        World w;
        QVERIFY(setUp(w));
        const QString email = newClient(w, u"reponse.perdue@example.fr"_s);
        QVERIFY(!email.isEmpty());
        QTemporaryDir dir;
        const int before = used(w);
        PassAssigner assigner(w.passes.get(), w.clients.get(), dir.filePath(u"lost.sqlite"_s));
        QSignalSpy assigned(&assigner, &PassAssigner::assigned);
        QSignalSpy failed(&assigner, &PassAssigner::failed);
        FaultRates lose;
        lose.loseAnswer = 1.0;
        w.fixture->server().setFaultRates(lose);
        QVERIFY(assigner.assign(email, w.stockId));
        QVERIFY(failed.wait(20000));
        QVERIFY(failed.at(0).at(3).toBool()); // the reference is kept for the retry
        w.fixture->server().setFaultRates({});
        QCOMPARE(used(w), before + 1); // the server did assign

        QVERIFY(assigner.assign(email, w.stockId));
        QVERIFY(assigned.wait(20000));
        QCOMPARE(assigned.at(0).at(4).toBool(), true); // already assigned: read back
        QCOMPARE(used(w), before + 1);                 // one pass, not two
    }

    // Answers lost at random (the sandbox does the work, then closes the connection
    // without answering): retrying until it succeeds still takes exactly one pass.
    void lostAnswersRetried() {
        World w;
        QVERIFY(setUp(w, 0.4));
        const QString email = newClient(w, u"perdue@example.fr"_s);
        QVERIFY(!email.isEmpty());
        QTemporaryDir dir;
        const int before = used(w);
        QVERIFY(before >= 0);
        bool done = false;
        for (int attempt = 0; attempt < 40 && !done; ++attempt) {
            PassAssigner assigner(w.passes.get(), w.clients.get(), dir.filePath(u"l.sqlite"_s));
            QSignalSpy assigned(&assigner, &PassAssigner::assigned);
            QSignalSpy failed(&assigner, &PassAssigner::failed);
            QVERIFY(assigner.assign(email, w.stockId));
            QTRY_VERIFY_WITH_TIMEOUT(assigned.size() + failed.size() == 1, 20000);
            if (!failed.isEmpty())
                QVERIFY(failed.at(0).at(3).toBool()); // the reference is kept
            done = !assigned.isEmpty();
        }
        QVERIFY(done);
        int after = -1;
        for (int i = 0; i < 20 && after < 0; ++i)
            after = used(w);
        QCOMPARE(after, before + 1);
    }
};

QTEST_GUILESS_MAIN(TestPassAssigner)
#include "tst_core_passassigner.moc"
