#include "clients/clientsmodel.h"
#include "clients/clientsservice.h"
#include "net/apiclient.h"
#include "net/apireply.h"
#include "passes/passassigner.h"
#include "passes/passespage.h"
#include "passes/passesservice.h"
#include "passes/passstockfeeder.h"
#include "passes/passstockmodel.h"
#include "sandboxcontext.h"
#include "sandboxfixture.h"
#include "sandboxserver.h"
#include "storage/localstore.h"
#include "store/sandboxstore.h"

#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

// The Passes page against the sandbox over loopback: the seeded stock with expired and
// expiring stocks standing out, an assignment showing the new end date, and an
// assignment whose page dies in flight, retried from a new page on the same LocalStore
// file: the same reference is sent again and no second pass is taken.
class TestUiPasses : public QObject {
    Q_OBJECT
private:
    struct World {
        SandboxFixture fixture;
        ApiClient api;
        std::unique_ptr<PassesService> passes;
        std::unique_ptr<ClientsService> clients;
        std::unique_ptr<PassStockFeeder> stock;
        ClientsModel directory;
        QTemporaryDir dir;
    };
    static bool setUp(World &w) {
        if (!w.fixture.ok())
            return false;
        w.api.setBaseUrl(w.fixture.baseUrl());
        w.api.setCredentials(u"demo-20-key"_s, u"demo-20-secret"_s);
        QSignalSpy authenticated(w.api.authenticate(), &ApiReply::finished);
        authenticated.wait(5000);
        w.passes = std::make_unique<PassesService>(&w.api);
        w.clients = std::make_unique<ClientsService>(&w.api);
        w.stock = std::make_unique<PassStockFeeder>(w.passes.get());
        return w.api.hasToken();
    }
    static QString newClient(World &w, const QString &email) {
        const QJsonObject body{{u"email"_s, email},
                               {u"first_name"_s, u"Léon"_s},
                               {u"last_name"_s, u"Passeur"_s},
                               {u"phone_prefix"_s, u"+33"_s},
                               {u"phone"_s, u"612345678"_s},
                               {u"address"_s, u"2 rue H"_s},
                               {u"zip_code"_s, u"75011"_s},
                               {u"city"_s, u"Paris"_s},
                               {u"country"_s, u"FR"_s},
                               {u"cgu"_s, true},
                               {u"optin"_s, false}};
        const HttpResult r = w.fixture.postJson(u"/oneapi/v0/clients"_s, body, w.fixture.token(20));
        return r.status == 200 ? email : QString();
    }
    // Server side, from the sandbox's own store.
    static int used(World &w, qint64 stockId) {
        return w.fixture.server()
            .context()
            .store()
            .scalar(u"SELECT total_used FROM stocks WHERE id = ?"_s, {stockId})
            .toInt();
    }
    static int rowOf(PassStockModel *model, const QString &description) {
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, PassStockModel::Description).data().toString() == description)
                return r;
        }
        return -1;
    }
    static bool loadStock(PassesPage &page) {
        page.refresh();
        return QTest::qWaitFor([&] { return page.model()->rowCount() >= 4; }, 10000);
    }
    static qint64 longLivedStock(PassesPage &page) {
        const int row = rowOf(page.model(), u"Pass annuel"_s);
        return row < 0 ? 0 : page.model()->stockAt(row).stockId;
    }

    // Presses Assign and accepts the confirmation that follows.
    static bool assignConfirmed(PassesPage &page) {
        QTest::mouseClick(page.assignButton(), Qt::LeftButton);
        QMessageBox *box = page.confirmation();
        if (!box || !box->isVisible())
            return false;
        auto *accept = box->findChild<QPushButton *>(u"confirmAssign"_s);
        if (!accept)
            return false;
        accept->click();
        return true;
    }
    // What the directory holds after a look-up of the client newClient() made.
    static DirectoryEntry detailedEntry(const QString &email) {
        DirectoryEntry e;
        e.client.email = email;
        e.client.firstName = u"Léon"_s;
        e.client.lastName = u"Passeur"_s;
        e.detailed = true;
        return e;
    }

private Q_SLOTS:
    void stockHighlightedAndAssigned() {
        World w;
        QVERIFY(setUp(w));
        LocalStore store;
        QVERIFY(store.open(w.dir.filePath(u"local.sqlite"_s)));
        PassAssigner assigner(w.passes.get(), w.clients.get(), &store);
        PassesPage page(w.stock.get(), &assigner, w.passes.get(), &w.directory);
        page.resize(1100, 650);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(loadStock(page));
        PassStockModel *model = page.model();
        const int expired = rowOf(model, u"Pass annuel (ancienne offre)"_s);
        const int expiring = rowOf(model, u"Pass découverte 1 mois"_s);
        const int fine = rowOf(model, u"Pass annuel"_s);
        QVERIFY(expired >= 0 && expiring >= 0 && fine >= 0);
        auto state = [model](int row) {
            return model->index(row, 0)
                .data(PassStockModel::StateRole)
                .value<PassStockModel::State>();
        };
        QCOMPARE(state(expired), PassStockModel::State::Expired);
        QCOMPARE(state(expiring), PassStockModel::State::ExpiringSoon);
        QCOMPARE(state(fine), PassStockModel::State::Ok);
        const auto look = [&](int row) {
            return model->index(row, 0).data(ItemStateRole).value<ItemState>();
        };
        QCOMPARE(look(expired), ItemState::Expired);
        QCOMPARE(look(expiring), ItemState::ExpiringSoon);
        QCOMPARE(look(fine), ItemState::Normal);

        const QString email = newClient(w, u"leon.passeur@example.fr"_s);
        QVERIFY(!email.isEmpty());
        const qint64 stockId = longLivedStock(page);
        const int before = used(w, stockId);
        page.emailField()->setText(email);
        page.stockCombo()->setCurrentIndex(page.stockCombo()->findData(stockId));
        QVERIFY(page.stockCombo()->currentIndex() >= 0);
        const qint64 left = model->stockAt(model->rowOfStock(stockId)).totalAvailable;
        QSignalSpy assigned(&assigner, &PassAssigner::assigned);
        QSignalSpy reloaded(w.stock.get(), &PassStockFeeder::stocksChanged);
        QVERIFY(assignConfirmed(page));
        QVERIFY(assigned.wait(10000));
        const QDateTime end = assigned.at(0).at(2).toDateTime();
        QVERIFY(end > QDateTime::currentDateTime().addDays(360));
        QVERIFY2(page.resultText().contains(QLocale().toString(end.date(), QLocale::LongFormat)),
                 qPrintable(page.resultText()));
        QCOMPARE(used(w, stockId), before + 1);
        QCOMPARE(assigner.pendingCount(), 0);
        // The table follows: the stock is reloaded from core after an assignment.
        QVERIFY(!reloaded.isEmpty() || reloaded.wait(10000));
        QCOMPARE(model->stockAt(model->rowOfStock(stockId)).totalAvailable, left - 1);
        QVERIFY2(page.stockCombo()->currentText().contains(QString::number(left - 1)),
                 qPrintable(page.stockCombo()->currentText()));
    }

    void pageKilledMidFlightThenRetried() {
        World w;
        QVERIFY(setUp(w));
        const QString file = w.dir.filePath(u"local.sqlite"_s);
        const QString email = newClient(w, u"relance.page@example.fr"_s);
        QVERIFY(!email.isEmpty());
        qint64 stockId = 0;
        int before = 0;
        QString reference;
        {
            auto store = std::make_unique<LocalStore>();
            QVERIFY(store->open(file));
            auto assigner =
                std::make_unique<PassAssigner>(w.passes.get(), w.clients.get(), store.get());
            auto page = std::make_unique<PassesPage>(w.stock.get(), assigner.get(), w.passes.get(),
                                                     &w.directory);
            page->show();
            QVERIFY(loadStock(*page));
            stockId = longLivedStock(*page);
            before = used(w, stockId);
            page->emailField()->setText(email);
            page->stockCombo()->setCurrentIndex(page->stockCombo()->findData(stockId));
            QSignalSpy sending(assigner.get(), &PassAssigner::sending);
            QSignalSpy answered(w.passes.get(), &PassesService::passAssigned);
            QVERIFY(assignConfirmed(*page));
            QCOMPARE(sending.size(), 1);
            reference = sending.at(0).at(2).toString();
            // The app dies with the request in flight: nobody hears the answer.
            page.reset();
            assigner.reset();
            store.reset();
            QVERIFY(answered.wait(10000)); // the server did assign
        }
        QCOMPARE(used(w, stockId), before + 1);

        // Next start: same file, new page. The pending reference is sent again.
        LocalStore store;
        QVERIFY(store.open(file));
        PassAssigner assigner(w.passes.get(), w.clients.get(), &store);
        QCOMPARE(assigner.pendingReference(email, stockId), reference);
        PassesPage page(w.stock.get(), &assigner, w.passes.get(), &w.directory);
        page.show();
        QVERIFY(loadStock(page));
        page.emailField()->setText(email);
        page.stockCombo()->setCurrentIndex(page.stockCombo()->findData(stockId));
        QSignalSpy sending(&assigner, &PassAssigner::sending);
        QSignalSpy assigned(&assigner, &PassAssigner::assigned);
        QVERIFY(assignConfirmed(page));
        QVERIFY(assigned.wait(10000));
        QCOMPARE(sending.at(0).at(2).toString(), reference);
        QCOMPARE(assigned.at(0).at(4).toBool(), true); // recognised as already assigned
        QVERIFY2(page.resultText().contains(reference), qPrintable(page.resultText()));
        QCOMPARE(used(w, stockId), before + 1); // one pass, not two
        QCOMPARE(assigner.pendingCount(), 0);
    }

    // Nothing is assigned by accident: Enter in the email field moves on, the
    // confirmation names the client, stock, price and new end with Cancel as default,
    // a typed reference is sent and shown, and the same stock again warns first.
    void assignAsksFirstAndWarnsOnRepeat() {
        World w;
        QVERIFY(setUp(w));
        LocalStore store;
        QVERIFY(store.open(w.dir.filePath(u"local.sqlite"_s)));
        PassAssigner assigner(w.passes.get(), w.clients.get(), &store);
        const QString email = newClient(w, u"leon.confirme@example.fr"_s);
        QVERIFY(!email.isEmpty());
        w.directory.upsert(detailedEntry(email));
        PassesPage page(w.stock.get(), &assigner, w.passes.get(), &w.directory);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(loadStock(page));
        const qint64 stockId = longLivedStock(page);
        const int before = used(w, stockId);
        page.stockCombo()->setCurrentIndex(page.stockCombo()->findData(stockId));
        QSignalSpy sending(&assigner, &PassAssigner::sending);

        // Enter (twice) in the email field: no question, nothing sent, focus moves on.
        page.emailField()->setFocus();
        QTest::keyClicks(page.emailField(), email);
        QTest::keyClick(page.emailField(), Qt::Key_Return);
        QTest::keyClick(page.emailField(), Qt::Key_Return);
        QVERIFY(!page.confirmation());
        QCOMPARE(sending.size(), 0);

        // The confirmation: every fact named, Cancel is the default, Enter cancels.
        QTest::mouseClick(page.assignButton(), Qt::LeftButton);
        QMessageBox *box = page.confirmation();
        QVERIFY(box && box->isVisible());
        QVERIFY(!page.assignButton()->isEnabled());
        const PassStock stock = page.model()->stockAt(page.model()->rowOfStock(stockId));
        const QString text = box->text();
        QVERIFY2(text.contains(u"Léon Passeur"_s) && text.contains(email), qPrintable(text));
        QVERIFY2(text.contains(stock.description), qPrintable(text));
        QVERIFY2(text.contains(QLocale().toCurrencyString(stock.price, u"€"_s)), qPrintable(text));
        const QString endDate =
            QLocale().toString(stock.extend(QDateTime()).date(), QLocale::LongFormat);
        QVERIFY2(text.contains(endDate), qPrintable(text));
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
        auto *accept = box->findChild<QPushButton *>(u"confirmAssign"_s);
        QVERIFY(accept && accept->text().contains(u'&'));
        QTest::keyClick(box, Qt::Key_Return);
        QTRY_VERIFY(!page.confirmation());
        QCOMPARE(sending.size(), 0);
        QVERIFY(page.assignButton()->isEnabled());

        // Accepted with a typed reference: that reference is sent and shown.
        page.referenceField()->setText(u"CAISSE-2026-0042"_s);
        QSignalSpy assigned(&assigner, &PassAssigner::assigned);
        QVERIFY(assignConfirmed(page));
        QCOMPARE(sending.size(), 1);
        QCOMPARE(sending.at(0).at(2).toString(), u"CAISSE-2026-0042"_s);
        QVERIFY(!page.assignButton()->isEnabled()); // in flight
        QVERIFY(assigned.wait(10000));
        QVERIFY(page.assignButton()->isEnabled());
        QVERIFY2(page.resultText().contains(u"CAISSE-2026-0042"_s), qPrintable(page.resultText()));
        QCOMPARE(used(w, stockId), before + 1);

        // The same again at once: a warning first, and cancelling it sends nothing.
        QTest::mouseClick(page.assignButton(), Qt::LeftButton);
        box = page.confirmation();
        QVERIFY(box && box->isVisible());
        QCOMPARE(box->icon(), QMessageBox::Warning);
        QVERIFY2(box->text().contains(email), qPrintable(box->text()));
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
        QTest::keyClick(box, Qt::Key_Escape);
        QTRY_VERIFY(!page.confirmation());
        QCOMPARE(sending.size(), 1);

        // Accepting the warning only leads to the ordinary confirmation (a second,
        // explicit step); accepting that one assigns the second pass.
        QTest::mouseClick(page.assignButton(), Qt::LeftButton);
        box = page.confirmation();
        QVERIFY(box);
        box->findChild<QPushButton *>(u"confirmAssign"_s)->click();
        QCOMPARE(sending.size(), 1);
        box = page.confirmation();
        QVERIFY(box && box->isVisible());
        QCOMPARE(box->icon(), QMessageBox::Question);
        box->findChild<QPushButton *>(u"confirmAssign"_s)->click();
        QCOMPARE(sending.size(), 2);
        QVERIFY(sending.at(1).at(2).toString().startsWith(u"JBO-"_s)); // made up this time
        QVERIFY(assigned.wait(10000));
        QCOMPARE(used(w, stockId), before + 2);
    }
};

QTEST_MAIN(TestUiPasses)
#include "tst_ui_passes.moc"
