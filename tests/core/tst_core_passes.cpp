#include "servicetest.h"

#include "clients/clientdraft.h"
#include "clients/clientsservice.h"
#include "passes/invoicerequest.h"
#include "passes/passesservice.h"

#include <QTest>

namespace {
// Creates a client to assign passes to; empty on failure.
QString newClient(ApiClient &api, const QString &email) {
    ClientsService clients(&api);
    ClientDraft d;
    d.email = email;
    d.firstName = QStringLiteral("Louis");
    d.lastName = QStringLiteral("Bernard");
    d.phonePrefix = QStringLiteral("+33");
    d.phone = QStringLiteral("611223344");
    d.address = QStringLiteral("4 place d'Italie");
    d.zipCode = QStringLiteral("75013");
    d.city = QStringLiteral("Paris");
    d.country = QStringLiteral("FR");
    d.cgu = true;
    const auto created = await(clients.create(d));
    return created.ok() ? created->client.email : QString();
}

std::optional<PassStock> usableStock(const QList<PassStock> &stocks) {
    for (const PassStock &s : stocks) {
        if (s.isUsable())
            return s;
    }
    return std::nullopt;
}
} // namespace

// PassesService against the sandbox: stock, assignment (and its duplicate
// protection), invoice (501).
class TestPasses : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void stock();
    void assignExtendsTheSubscription();
    void reusedReferenceIsAConflict();
    void unusableStockIsRefused();
    void invoiceIsNotImplemented();
    void missingReferenceFailsBeforeSending();
};

void TestPasses::stock() {
    ApiTestSession s;
    QVERIFY2(s.ok(), qPrintable(s.error));
    PassesService service(&s.api);
    const auto a = await(service.stock());
    QVERIFY_ANSWER(a);
    const QList<PassStock> stocks = *a;
    QVERIFY2(!stocks.isEmpty(), "the demo data has stocks of passes");
    for (const PassStock &stock : stocks) {
        QVERIFY(stock.stockId > 0);
        QVERIFY(stock.durationType != PassStock::DurationType::Unknown);
        QVERIFY(stock.duration > 0);
        QVERIFY(stock.totalAvailable >= 0);
        QCOMPARE(stock.totalAvailable + stock.totalUsed, stock.totalUnits);
    }
    QVERIFY(usableStock(stocks));
}

void TestPasses::assignExtendsTheSubscription() {
    ApiTestSession s;
    QVERIFY2(s.ok(), qPrintable(s.error));
    PassesService service(&s.api);
    const QString email = newClient(s.api, QStringLiteral("pass.one@example.test"));
    QVERIFY(!email.isEmpty());
    const auto stocks = await(service.stock());
    QVERIFY_ANSWER(stocks);
    const std::optional<PassStock> stock = usableStock(*stocks);
    QVERIFY(stock);

    const QString reference = PassAssignment::newPaymentReference();
    const auto assigned = await(service.assign(email, stock->stockId, reference));
    QVERIFY_ANSWER(assigned);
    const PassAssignment a = *assigned;
    QCOMPARE(a.email, email);
    QCOMPARE(a.paymentReference, reference);
    QVERIFY(a.endSubscriptionDate.isValid());
    QCOMPARE(a.endSubscriptionDate.time(), QTime(23, 59, 59));
    QCOMPARE(a.endSubscriptionDate, stock->extend(QDateTime()));

    ClientsService clients(&s.api);
    const auto client = await(clients.get(email));
    QVERIFY_ANSWER(client);
    QCOMPARE(client->endSubscriptionDate, a.endSubscriptionDate);

    // The stock lost one unit.
    const auto after = await(service.stock());
    QVERIFY_ANSWER(after);
    for (const PassStock &st : *after) {
        if (st.stockId == stock->stockId)
            QCOMPARE(st.totalAvailable, stock->totalAvailable - 1);
    }
}

void TestPasses::reusedReferenceIsAConflict() {
    ApiTestSession s;
    QVERIFY2(s.ok(), qPrintable(s.error));
    PassesService service(&s.api);
    const QString email = newClient(s.api, QStringLiteral("pass.twice@example.test"));
    QVERIFY(!email.isEmpty());
    const auto stocks = await(service.stock());
    QVERIFY_ANSWER(stocks);
    const std::optional<PassStock> stock = usableStock(*stocks);
    QVERIFY(stock);

    PassAssignment request;
    request.email = email;
    request.stockId = stock->stockId;
    request.paymentReference = PassAssignment::newPaymentReference();
    const auto first = await(service.assign(request));
    QVERIFY_ANSWER(first);

    // A retry of the same assignment (e.g. after a lost answer): reported distinctly,
    // and the caller re-reads the client, who got one pass only.
    const auto second = await(service.assign(request));
    QVERIFY(second.done && !second.ok());
    QCOMPARE(second.error.kind, ApiError::Kind::Conflict);
    QVERIFY(second.error.hasTitle(QStringLiteral("has_already_been_taken")));
    ClientsService clients(&s.api);
    const auto client = await(clients.get(email));
    QVERIFY_ANSWER(client);
    QCOMPARE(client->endSubscriptionDate, first->endSubscriptionDate);
}

void TestPasses::unusableStockIsRefused() {
    ApiTestSession s;
    QVERIFY2(s.ok(), qPrintable(s.error));
    PassesService service(&s.api);
    const auto stocks = await(service.stock());
    QVERIFY_ANSWER(stocks);
    std::optional<PassStock> unusable;
    for (const PassStock &st : *stocks) {
        if (!st.isUsable())
            unusable = st;
    }
    if (!unusable)
        QSKIP("the demo data has no expired or exhausted stock");
    const QString email = newClient(s.api, QStringLiteral("pass.none@example.test"));
    QVERIFY(!email.isEmpty());
    const auto a =
        await(service.assign(email, unusable->stockId, PassAssignment::newPaymentReference()));
    QVERIFY(a.done && !a.ok());
    QCOMPARE(a.error.kind, ApiError::Kind::Validation);
    QVERIFY(a.error.hasTitle(QStringLiteral("is_invalid")));
}

void TestPasses::invoiceIsNotImplemented() {
    ApiTestSession s;
    QVERIFY2(s.ok(), qPrintable(s.error));
    PassesService service(&s.api);
    InvoiceRequest request;
    request.paymentReference = QStringLiteral("bo-invoice-1");
    request.firstName = QStringLiteral("Louis");
    request.lastName = QStringLiteral("Bernard");
    request.address = QStringLiteral("4 place d'Italie");
    request.zipCode = QStringLiteral("75013");
    request.city = QStringLiteral("Paris");
    request.country = QStringLiteral("FR");
    const auto a = await(service.invoice(request));
    QVERIFY(a.done && !a.ok());
    QCOMPARE(a.error.kind, ApiError::Kind::NotImplemented);
    QCOMPARE(a.error.httpStatus, 501);
    QVERIFY(!a.error.message.isEmpty());
}

void TestPasses::missingReferenceFailsBeforeSending() {
    ApiTestSession s;
    QVERIFY2(s.ok(), qPrintable(s.error));
    PassesService service(&s.api);
    const auto a = await(service.assign(QStringLiteral("x@example.test"), 52, QString()));
    QVERIFY(a.done && !a.ok());
    QCOMPARE(a.error.kind, ApiError::Kind::Validation);
    QVERIFY(a.error.fieldError(QStringLiteral("payment_reference")));
}

QTEST_GUILESS_MAIN(TestPasses)
#include "tst_core_passes.moc"
