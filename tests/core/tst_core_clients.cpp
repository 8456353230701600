#include "servicetest.h"

#include "clients/clientdraft.h"
#include "clients/clientsservice.h"
#include "clients/clientupdate.h"

#include "sandboxserver.h"

#include <QRegularExpression>
#include <QTest>

namespace {
ClientDraft draft(const QString &email) {
    ClientDraft d;
    d.email = email;
    d.groupId = 373;
    d.firstName = QStringLiteral("Zoé");
    d.lastName = QStringLiteral("Martin");
    d.phonePrefix = QStringLiteral("+33");
    d.phone = QStringLiteral("612345678");
    d.address = QStringLiteral("32 rue des Volontaires");
    d.zipCode = QStringLiteral("75015");
    d.city = QStringLiteral("Paris");
    d.country = QStringLiteral("FR");
    d.cgu = true;
    d.optin = false;
    d.gender = Client::Gender::Female;
    return d;
}
} // namespace

// ClientsService against the sandbox: exists, get, create, update, deactivate, login.
class TestClients : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void createThenReadByIdAndEmail();
    void existsUnknownAndKnown();
    void emailWithPlusInPath();
    void createErrorsNameTheField();
    void updateIsPartial();
    void deactivate();
    void loginUrl();
    void unknownAndForeignClients();
    void emptyInputFailsQueued();
    void createSettledAfterLostAnswer();
    void createSettledKeepsOthersClient();
};

void TestClients::createThenReadByIdAndEmail() {
    ApiTestSession s;
    QVERIFY2(s.ok(), qPrintable(s.error));
    ClientsService service(&s.api);
    const auto created = await(service.create(draft(QStringLiteral("zoe.martin@example.test"))));
    QVERIFY_ANSWER(created);
    const Client c = created->client;
    QVERIFY(c.clientId > 0);
    QCOMPARE(c.email, QStringLiteral("zoe.martin@example.test"));
    QCOMPARE(c.firstName, QStringLiteral("Zoé"));
    QCOMPARE(c.gender, Client::Gender::Female);
    QCOMPARE(c.groupId, std::optional<qint64>(373));
    QVERIFY(c.active);
    QVERIFY(c.cgu);
    QVERIFY(c.registeringDate.isValid());
    QVERIFY(!c.lastLoginDate.isValid());
    QVERIFY(!created->password.isEmpty()); // the generated password

    const auto byId = await(service.get(c.clientId));
    QVERIFY_ANSWER(byId);
    QCOMPARE(*byId, c);
    const auto byEmail = await(service.get(c.email));
    QVERIFY_ANSWER(byEmail);
    QCOMPARE(byEmail->clientId, c.clientId);
}

void TestClients::existsUnknownAndKnown() {
    ApiTestSession s;
    QVERIFY2(s.ok(), qPrintable(s.error));
    ClientsService service(&s.api);
    const QString email = QStringLiteral("nobody.yet@example.test");
    // Observers hear which email was checked; the caller has its own answer.
    QSignalSpy observed(&service, &ClientsService::existsChecked);
    auto check = await(service.exists(email));
    QVERIFY_ANSWER(check);
    QCOMPARE(observed.size(), 1);
    QCOMPARE(observed.at(0).at(0).toString(), email);
    QCOMPARE(observed.at(0).at(1).value<EmailCheck>(), *check);
    QVERIFY(!check->exists);
    QVERIFY_ANSWER(await(service.create(draft(email))));
    check = await(service.exists(email));
    QVERIFY_ANSWER(check);
    QVERIFY(check->exists);
    QVERIFY(check->clientActive);
    QVERIFY(!check->attachedToAnotherEnterprise);
}

void TestClients::emailWithPlusInPath() {
    ApiTestSession s;
    QVERIFY2(s.ok(), qPrintable(s.error));
    ClientsService service(&s.api);
    const QString email = QStringLiteral("ana+bo@example.test");
    QVERIFY_ANSWER(await(service.create(draft(email))));
    const auto got = await(service.get(email));
    QVERIFY_ANSWER(got);
    QCOMPARE(got->email, email);
    const auto check = await(service.exists(email));
    QVERIFY_ANSWER(check);
    QVERIFY(check->exists);
}

void TestClients::createErrorsNameTheField() {
    ApiTestSession s;
    QVERIFY2(s.ok(), qPrintable(s.error));
    ClientsService service(&s.api);
    const QString email = QStringLiteral("twice@example.test");
    QVERIFY_ANSWER(await(service.create(draft(email))));

    auto again = await(service.create(draft(email)));
    QVERIFY(again.done && !again.ok());
    QCOMPARE(again.error.kind, ApiError::Kind::Conflict);
    QVERIFY(again.error.fieldError(QStringLiteral("email")));
    QCOMPARE(again.error.fieldError(QStringLiteral("email"))->title,
             QStringLiteral("has_already_been_taken"));

    ClientDraft noCgu = draft(QStringLiteral("nocgu@example.test"));
    noCgu.cgu = false;
    auto refused = await(service.create(noCgu));
    QVERIFY(refused.done && !refused.ok());
    QCOMPARE(refused.error.kind, ApiError::Kind::Validation);
    QVERIFY(refused.error.fieldError(QStringLiteral("cgu")));
    QCOMPARE(refused.error.fieldError(QStringLiteral("cgu"))->title,
             QStringLiteral("must_be_accepted"));

    ClientDraft badCountry = draft(QStringLiteral("country@example.test"));
    badCountry.country = QStringLiteral("XX");
    badCountry.firstName.clear();
    refused = await(service.create(badCountry));
    QVERIFY(refused.done && !refused.ok());
    QVERIFY(refused.error.fieldError(QStringLiteral("country")));
    QVERIFY(refused.error.fieldError(QStringLiteral("first_name")));
}

void TestClients::updateIsPartial() {
    ApiTestSession s;
    QVERIFY2(s.ok(), qPrintable(s.error));
    ClientsService service(&s.api);
    const auto created = await(service.create(draft(QStringLiteral("partial@example.test"))));
    QVERIFY_ANSWER(created);
    const Client before = created->client;

    ClientUpdate u;
    u.city = QStringLiteral("Lyon");
    u.zipCode = QStringLiteral("69001");
    u.groupId = 374;
    const auto updated = await(service.update(QString::number(before.clientId), u));
    QVERIFY_ANSWER(updated);
    Client expected = before;
    expected.city = QStringLiteral("Lyon");
    expected.zipCode = QStringLiteral("69001");
    expected.groupId = 374;
    QCOMPARE(*updated, expected);

    // By email, and computed from two versions of the client as a form would.
    Client edited = expected;
    edited.phone = QStringLiteral("698765432");
    edited.optin = true;
    const ClientUpdate diff = ClientUpdate::between(expected, edited);
    QCOMPARE(diff.toJson().size(), 2);
    const auto again = await(service.update(before.email, diff));
    QVERIFY_ANSWER(again);
    QCOMPARE(*again, edited);
}

void TestClients::deactivate() {
    ApiTestSession s;
    QVERIFY2(s.ok(), qPrintable(s.error));
    ClientsService service(&s.api);
    const auto created = await(service.create(draft(QStringLiteral("leaving@example.test"))));
    QVERIFY_ANSWER(created);
    const QString email = created->client.email;
    const auto gone = await(service.deactivate(email));
    QVERIFY_ANSWER(gone);
    QCOMPARE(gone->idOrEmail, email);
    QVERIFY(gone->leavingDate.isValid());
    QVERIFY(qAbs(gone->leavingDate.secsTo(QDateTime::currentDateTime())) < 120);

    const auto read = await(service.get(email));
    QVERIFY_ANSWER(read);
    QVERIFY(!read->active);

    const auto twice = await(service.deactivate(email));
    QVERIFY(twice.done && !twice.ok());
    QCOMPARE(twice.error.kind, ApiError::Kind::Validation);
    QVERIFY(twice.error.hasTitle(QStringLiteral("is_invalid")));
}

void TestClients::loginUrl() {
    ApiTestSession s;
    QVERIFY2(s.ok(), qPrintable(s.error));
    ClientsService service(&s.api);
    const auto created = await(service.create(draft(QStringLiteral("login@example.test"))));
    QVERIFY_ANSWER(created);
    const QString id = QString::number(created->client.clientId);
    const auto login = await(service.loginUrl(id));
    QVERIFY_ANSWER(login);
    QCOMPARE(login->idOrEmail, id);
    const QUrl url = login->url;
    QCOMPARE(url.host(), s.fixture.baseUrl().host());
    QCOMPARE(url.port(), s.fixture.baseUrl().port());
    QVERIFY2(url.path().startsWith(QStringLiteral("/oneappweb")), qPrintable(url.toString()));
    const QString token = QUrlQuery(url).queryItemValue(QStringLiteral("token"));
    QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(token).hasMatch(),
             qPrintable(token));
}

void TestClients::unknownAndForeignClients() {
    ApiTestSession s;
    QVERIFY2(s.ok(), qPrintable(s.error));
    ClientsService service(&s.api);
    auto missing = await(service.get(QStringLiteral("nobody@example.test")));
    QVERIFY(missing.done && !missing.ok());
    QCOMPARE(missing.error.kind, ApiError::Kind::NotFound);

    // A client of enterprise 280, asked for by enterprise 20.
    ApiClient other;
    QString error;
    QVERIFY2(signIn(other, s.fixture.baseUrl(), 280, &error), qPrintable(error));
    ClientsService otherService(&other);
    ClientDraft d = draft(QStringLiteral("rive.gauche@example.test"));
    d.groupId = 375;
    const auto created = await(otherService.create(d));
    QVERIFY_ANSWER(created);
    const auto foreign = await(service.get(created->client.clientId));
    QVERIFY(foreign.done && !foreign.ok());
    QCOMPARE(foreign.error.kind, ApiError::Kind::Forbidden);
}

void TestClients::emptyInputFailsQueued() {
    ApiTestSession s;
    QVERIFY2(s.ok(), qPrintable(s.error));
    ClientsService service(&s.api);
    QList<ApiError> failures;
    QObject context;
    Job<Client> *job = service.get(QString());
    QSignalSpy finished(job, &ApiJob::finished);
    job->onFailure(&context, [&](const ApiError &error) { failures.append(error); });
    // Never inside the call: the caller attaches its continuations first.
    QCOMPARE(failures.size(), 0);
    QVERIFY(finished.wait(5000));
    QCOMPARE(failures.size(), 1);
    QCOMPARE(failures.at(0).kind, ApiError::Kind::Validation);
    QVERIFY(failures.at(0).fieldError(QStringLiteral("client")));
}

QTEST_GUILESS_MAIN(TestClients)
#include "tst_core_clients.moc"

// The fault creation guards against: the server makes the client, then its answer is
// lost (--lose-answer-rate 1 for that call). createSettled() reads the email back and
// reports the client as made, once; a plain create() would leave the user with a
// network error and a second press would meet "already taken".
void TestClients::createSettledAfterLostAnswer() {
    ApiTestSession s;
    QVERIFY2(s.ok(), qPrintable(s.error));
    ClientsService service(&s.api);
    const QString email = QStringLiteral("perdue.en.route@example.test");
    FaultRates lose;
    lose.loseAnswer = 1.0;
    s.fixture.server().setFaultRates(lose);
    Job<CreatedClient> *job = service.createSettled(draft(email));
    // Only the creation loses its answer: the read-back goes through.
    connect(&s.fixture.server(), &SandboxServer::answerLost, this,
            [&s] { s.fixture.server().setFaultRates({}); });
    const auto created = await(job);
    QVERIFY_ANSWER(created);
    QVERIFY(created->answerLost);
    QVERIFY(created->password.isEmpty());
    QCOMPARE(created->client.email, email);
    const auto check = await(service.exists(email));
    QVERIFY_ANSWER(check);
    QVERIFY(check->exists);
}

// A lost answer for an email that another client holds (different names) is not taken
// for ours: the original network error comes back.
void TestClients::createSettledKeepsOthersClient() {
    ApiTestSession s;
    QVERIFY2(s.ok(), qPrintable(s.error));
    ClientsService service(&s.api);
    const QString email = QStringLiteral("deja.la@example.test");
    ClientDraft other = draft(email);
    other.firstName = QStringLiteral("Autre");
    QVERIFY_ANSWER(await(service.create(other)));
    FaultRates lose;
    lose.loseAnswer = 1.0;
    s.fixture.server().setFaultRates(lose);
    Job<CreatedClient> *job = service.createSettled(draft(email));
    connect(&s.fixture.server(), &SandboxServer::answerLost, this,
            [&s] { s.fixture.server().setFaultRates({}); });
    const auto created = await(job);
    QVERIFY(!created.ok());
    QCOMPARE(created.error.kind, ApiError::Kind::Network);
}
