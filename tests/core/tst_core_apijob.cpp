#include "servicetest.h"

#include "clients/client.h"
#include "clients/clientsservice.h"
#include "net/apijob.h"

#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

// The handle of one call (net/apijob.h): continuations in attach order and only while
// their context lives, the outcome always from the event loop, failures nobody
// handled reported once through ApiClient::unhandledFailure (never a cancellation),
// and the job gone after finished(). Most of it on jobs run by hand; the last test
// runs a real call against the sandbox.
class TestApiJob : public QObject {
    Q_OBJECT
private:
    // Waits (QSignalSpy::wait) until job has emitted finished(); false after timeoutMs.
    static bool waitFinished(ApiJob *job, int timeoutMs = 5000) {
        QSignalSpy finished(job, &ApiJob::finished);
        return finished.wait(timeoutMs);
    }

    static ApiError notFound() {
        ApiError e;
        e.kind = ApiError::Kind::NotFound;
        e.httpStatus = 404;
        e.message = u"not here"_s;
        return e;
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<ApiError>(); }

    void continuationsRunInAttachOrder_data() {
        QTest::addColumn<bool>("succeed");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("success") << true
                                 << QStringList{u"finished 1"_s, u"result 2"_s, u"then ok"_s,
                                                u"finished 3"_s, u"signal"_s};
        QTest::newRow("failure") << false
                                 << QStringList{u"finished 1"_s, u"failure 2"_s, u"then failed"_s,
                                                u"finished 3"_s, u"signal"_s};
    }

    void continuationsRunInAttachOrder() {
        QFETCH(bool, succeed);
        QFETCH(QStringList, expected);
        ApiClient api;
        QObject owner;
        QObject context;
        QStringList order;
        auto *job = new Job<int>(&api, &owner);
        job->onFinished(&context, [&] { order.append(u"finished 1"_s); });
        if (succeed)
            job->onResult(&context, [&](int v) { order.append(u"result %1"_s.arg(v)); });
        else
            job->onFailure(&context, [&](const ApiError &) { order.append(u"failure 2"_s); });
        job->then(
            &context, [&](int) { order.append(u"then ok"_s); },
            [&](const ApiError &) { order.append(u"then failed"_s); });
        job->onFinished(&context, [&] { order.append(u"finished 3"_s); });
        connect(job, &ApiJob::finished, &context, [&] { order.append(u"signal"_s); });
        if (succeed)
            job->succeed(2);
        else
            job->fail(notFound());
        QVERIFY(waitFinished(job));
        QCOMPARE(order, expected);
    }

    // Even an outcome known at once (a refusal, a cancel) is delivered later, so that
    // attaching after the call always works and nothing runs inside the caller's call.
    void outcomeNeverInsideTheCall() {
        ApiClient api;
        QObject owner;
        QObject context;
        auto *job = new Job<QString>(&api, &owner);
        int ran = 0;
        job->onResult(&context, [&](const QString &) { ++ran; });
        job->succeed(u"done"_s);
        QVERIFY(job->isFinished());
        QVERIFY(job->ok());
        QCOMPARE(ran, 0);
        QString got;
        job->onResult(&context, [&](const QString &v) { got = v; }); // attached after
        QVERIFY(waitFinished(job));
        QCOMPARE(ran, 1);
        QCOMPARE(got, u"done"_s);

        // A second outcome is ignored.
        auto *twice = new Job<int>(&api, &owner);
        int failures = 0;
        twice->then(
            &context, [&](int v) { ran = v; }, [&](const ApiError &) { ++failures; });
        twice->succeed(7);
        twice->fail(notFound());
        twice->succeed(8);
        QVERIFY(waitFinished(twice));
        QCOMPARE(ran, 7);
        QCOMPARE(failures, 0);
    }

    void deadContextDoesNotRunAndItsFailureIsUnhandled() {
        ApiClient api;
        QSignalSpy unhandled(&api, &ApiClient::unhandledFailure);
        QObject owner;
        auto context = std::make_unique<QObject>();
        auto *job = new Job<int>(&api, &owner);
        job->setDescription(u"GET /oneapi/v0/somewhere"_s);
        int ran = 0;
        job->then(
            context.get(), [&](int) { ++ran; }, [&](const ApiError &) { ++ran; });
        job->onFinished(context.get(), [&] { ++ran; });
        context.reset(); // the view that asked is gone
        job->fail(notFound());
        QVERIFY(waitFinished(job));
        QCOMPARE(ran, 0);
        QCOMPARE(unhandled.size(), 1);
        QCOMPARE(unhandled.at(0).at(0).value<ApiError>().kind, ApiError::Kind::NotFound);
        QCOMPARE(unhandled.at(0).at(1).toString(), u"GET /oneapi/v0/somewhere"_s);
    }

    void handledFailureIsNotReported() {
        ApiClient api;
        QSignalSpy unhandled(&api, &ApiClient::unhandledFailure);
        QObject owner;
        QObject context;
        QObject gone;
        auto *job = new Job<int>(&api, &owner);
        ApiError seen;
        job->onFailure(&context, [&](const ApiError &e) { seen = e; });
        job->fail(notFound());
        QVERIFY(waitFinished(job));
        QCOMPARE(seen.kind, ApiError::Kind::NotFound);
        QCOMPARE(unhandled.size(), 0);

        // Shown another way by the caller (e.g. a task's row): not reported either.
        auto *quiet = new Job<int>(&api, &owner);
        quiet->setFailureHandled();
        quiet->fail(notFound());
        QVERIFY(waitFinished(quiet));
        QCOMPARE(unhandled.size(), 0);

        // onFinished alone does not look at the failure: reported.
        auto *finishedOnly = new Job<int>(&api, &owner);
        int ended = 0;
        finishedOnly->onFinished(&context, [&] { ++ended; });
        finishedOnly->fail(notFound());
        QVERIFY(waitFinished(finishedOnly));
        QCOMPARE(ended, 1);
        QCOMPARE(unhandled.size(), 1);
    }

    void cancelledIsNeverUnhandled() {
        ApiClient api;
        QSignalSpy unhandled(&api, &ApiClient::unhandledFailure);
        QObject owner;
        QObject context;
        auto *job = new Job<int>(&api, &owner);
        int stopped = 0;
        job->setCanceller([&] { ++stopped; });
        int ended = 0;
        job->onFinished(&context, [&] { ++ended; });
        job->cancel();
        QCOMPARE(stopped, 1);
        QVERIFY(job->isFinished());
        QCOMPARE(job->error().kind, ApiError::Kind::Cancelled);
        job->cancel(); // harmless once finished
        QCOMPARE(stopped, 1);
        QVERIFY(waitFinished(job));
        QCOMPARE(ended, 1);
        QCOMPARE(unhandled.size(), 0);
    }

    void deletesItselfAfterFinished() {
        ApiClient api;
        QObject owner;
        auto *job = new Job<int>(&api, &owner);
        QSignalSpy finished(job, &ApiJob::finished);
        QSignalSpy destroyed(job, &QObject::destroyed);
        job->succeed(1);
        QVERIFY(destroyed.wait(5000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(owner.findChildren<ApiJob *>().size(), 0);
    }

    // A continuation may delete what owns the job (a page closing its service): the
    // job goes with it, the continuations after it do not run, and nothing crashes.
    void continuationDeletingTheOwner() {
        ApiClient api;
        auto owner = std::make_unique<QObject>();
        QObject context;
        auto *job = new Job<int>(&api, owner.get());
        QSignalSpy destroyed(job, &QObject::destroyed);
        int later = 0;
        job->onResult(&context, [&](int) { owner.reset(); });
        job->onFinished(&context, [&] { ++later; });
        job->succeed(1);
        QVERIFY(destroyed.wait(5000));
        QCOMPARE(later, 0);
    }

    // A real call whose caller went away: the observers (the directory...) still hear
    // the answer through the service's signal; a failure goes to the shell.
    void realCallWithDeadCaller() {
        ApiTestSession s;
        QVERIFY2(s.ok(), qPrintable(s.error));
        ClientsService service(&s.api);
        QSignalSpy unhandled(&s.api, &ApiClient::unhandledFailure);
        QSignalSpy loaded(&service, &ClientsService::clientLoaded);
        {
            QObject page;
            service.get(40301)->onResult(&page, [](const Client &) { QFAIL("caller is gone"); });
            service.get(u"nobody.at.all@example.test"_s)->onFailure(&page, [](const ApiError &) {
                QFAIL("caller is gone");
            });
        }
        QVERIFY(unhandled.wait(20000));
        QCOMPARE(unhandled.size(), 1);
        QCOMPARE(unhandled.at(0).at(0).value<ApiError>().kind, ApiError::Kind::NotFound);
        QVERIFY2(unhandled.at(0).at(1).toString().startsWith(u"GET /oneapi/v0/clients/"_s),
                 qPrintable(unhandled.at(0).at(1).toString()));
        QVERIFY(!loaded.isEmpty() || loaded.wait(20000));
        QCOMPARE(loaded.at(0).at(0).value<Client>().clientId, 40301);
    }
};

QTEST_GUILESS_MAIN(TestApiJob)
#include "tst_core_apijob.moc"
