#include "admin/activitylogview.h"
#include "admin/adminpage.h"
#include "admin/adminwiring.h"
#include "admin/boxtagspanel.h"
#include "admin/clientlocationspanel.h"
#include "admin/connectiontestdialog.h"
#include "admin/connectiontestpanel.h"
#include "admin/tagbatchview.h"
#include "admin/webhookspanel.h"
#include "shell/appservices.h"
#include "shell/mainwindow.h"
#include "shell/statuspanel.h"

#include "admin/boxtagbatchmodel.h"
#include "admin/clientlocationlinks.h"
#include "admin/ownwebhooks.h"
#include "admin/webhooklistmodel.h"
#include "net/activitylog.h"
#include "net/apiclient.h"
#include "net/apireply.h"
#include "sandboxcontext.h"
#include "sandboxfixture.h"
#include "sandboxserver.h"
#include "storage/localstore.h"
#include "store/sandboxstore.h"
#include "tasks/taskregistry.h"
#include "ui.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCompleter>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
// The app's Admin section on a sandbox: window, wiring, a signed-in client.
struct World {
    SandboxFixture fixture;
    QTemporaryDir dir;
    ApiClient api;
    TaskRegistry tasks;
    std::unique_ptr<AppServices> services;
    std::unique_ptr<MainWindow> window;
    AdminWiring *wiring = nullptr;
    AdminPage *page = nullptr;
    int calls = 0; // requests the sandbox handled

    bool setUp(QString *error) {
        if (!fixture.ok()) {
            *error = fixture.error();
            return false;
        }
        QObject::connect(&fixture.server(), &SandboxServer::requestHandled, [this] { ++calls; });
        services = std::make_unique<AppServices>(&api, &tasks, dir.filePath(u"local.sqlite"_s));
        window = std::make_unique<MainWindow>(&tasks);
        wiring = new AdminWiring(services.get(), window.get());
        api.setBaseUrl(fixture.baseUrl());
        api.setCredentials(u"demo-20-key"_s, u"demo-20-secret"_s);
        api.setRetryPolicy(2, 50, 2000);
        ApiReply *r = api.authenticate();
        QSignalSpy done(r, &ApiReply::finished);
        done.wait(10000);
        if (!api.hasToken()) {
            *error = u"sign-in failed"_s;
            return false;
        }
        window->resize(1100, 720);
        window->show();
        window->setCurrentSection(MainWindow::Section::Admin);
        page = qobject_cast<AdminPage *>(window->page(MainWindow::Section::Admin));
        if (!page || page != wiring->page()) {
            *error = u"the Admin page was not built when shown"_s;
            return false;
        }
        if (!QTest::qWaitForWindowExposed(window.get())) {
            *error = u"window not exposed"_s;
            return false;
        }
        // The calls the section makes on its own (who is signed in, both webhook lists)
        // are over before a test starts: faults then hit only the test's own calls.
        if (!QTest::qWaitFor([this] { return wiring->activityLog()->rowCount() >= 4; }, 10000)) {
            *error = u"the section's first calls did not end"_s;
            return false;
        }
        return true;
    }
    int count(const QString &sql, const QVariantList &binds = {}) {
        return fixture.server().context().store().scalar(sql, binds).toInt();
    }
};

QMessageBox *openMessageBox() {
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible())
            return box;
    }
    return nullptr;
}

bool clickDestructive(QMessageBox *box) {
    for (QAbstractButton *b : box->buttons()) {
        if (box->buttonRole(b) == QMessageBox::DestructiveRole) {
            b->click();
            return true;
        }
    }
    return false;
}

template<typename Pred> bool waitUntil(Pred pred, int timeoutMs = 10000) {
    return QTest::qWaitFor(pred, timeoutMs);
}

QLabel *label(QWidget *root, const char *name) {
    return root->findChild<QLabel *>(QLatin1String(name));
}

QPushButton *button(QWidget *root, const char *name) {
    return root->findChild<QPushButton *>(QLatin1String(name));
}

const QString k1K = u"MifareClassicEV1_1K"_s;
} // namespace

// The Administration section, offscreen, against the sandbox: webhooks created and
// deleted (the app's own never offered), a refused tag batch marked, a lost answer
// settled without a duplicate, client locations with a bad UUID refused before sending,
// the connection test from the status bar, and the activity log without secrets.
class TestUiAdmin : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void webhookCreateAndDelete();
    void ownWebhookIsNotOfferedForDeletion();
    void tagBatchWithADuplicateIsRejected();
    void tagBatchWithALostAnswerIsSettled();
    void clientLocationLinkAndUnlink();
    void connectionTestFromTheStatusBar();
    void activityLogHoldsTheCallsAndNoSecret();
    void keyboardAndNames_data();
    void keyboardAndNames();
    void grabScreens();
};

void TestUiAdmin::webhookCreateAndDelete() {
    World w;
    QString error;
    QVERIFY2(w.setUp(&error), qPrintable(error));
    WebhooksPanel *panel = w.page->messageWebhooksPanel();
    w.page->setCurrentTab(AdminPage::Tab::MessageWebhooks);
    QLineEdit *target = panel->targetField();
    QLabel *note = label(panel, "webhookTargetNote");

    // Refused before sending: not http(s), a password in it.
    const int before = w.calls;
    for (const QString &bad : {u"ftp://hooks.example.com/cb"_s,
                               u"https://ops:s3cret@hooks.example.com/cb"_s, u"/relative"_s}) {
        target->setText(bad);
        QVERIFY(note->isVisible());
        QVERIFY(!panel->addWebhook());
    }
    QCOMPARE(w.calls, before);
    // Plain http to a host that is not local: a warning, not a refusal.
    target->setText(u"http://hooks.example.com/jobbers"_s);
    QVERIFY(note->isVisible());
    QVERIFY(note->text().contains(u"hooks.example.com"_s));
    // Port 9 (discard): nothing listens, deliveries fail quietly in the background.
    const QString url = u"http://127.0.0.1:9/jobbers/callback"_s;
    target->setText(url);
    QVERIFY(!note->isVisible());
    QTest::mouseClick(button(panel, "webhookAdd"), Qt::LeftButton);
    QTableView *table = panel->table();
    QVERIFY(waitUntil([&] { return table->model()->rowCount() == 1; }));
    QCOMPARE(table->model()->index(0, WebhookListModel::UrlColumn).data().toString(), url);
    QCOMPARE(w.count(u"SELECT COUNT(*) FROM message_webhooks WHERE url = ?"_s, {url}), 1);
    QVERIFY(target->text().isEmpty());

    // Delete, confirmed.
    QPushButton *del = button(panel, "webhookDelete");
    QVERIFY(!del->isEnabled()); // nothing selected
    table->selectRow(0);
    QVERIFY(del->isEnabled());
    QTest::mouseClick(del, Qt::LeftButton);
    QMessageBox *box = nullptr;
    QVERIFY(waitUntil([&] { return (box = openMessageBox()) != nullptr; }));
    // Cancel first: nothing happens.
    box->button(QMessageBox::Cancel)->click();
    QVERIFY(waitUntil([] { return openMessageBox() == nullptr; }));
    QCOMPARE(w.count(u"SELECT COUNT(*) FROM message_webhooks WHERE url = ?"_s, {url}), 1);
    QTest::mouseClick(del, Qt::LeftButton);
    QVERIFY(waitUntil([&] { return (box = openMessageBox()) != nullptr; }));
    QVERIFY(box->text().contains(url));
    QVERIFY(clickDestructive(box));
    QVERIFY(waitUntil([&] { return table->model()->rowCount() == 0; }));
    QCOMPARE(w.count(u"SELECT COUNT(*) FROM message_webhooks"_s), 0);

    // The box webhooks list works the same way.
    WebhooksPanel *boxes = w.page->boxWebhooksPanel();
    boxes->targetField()->setText(u"https://boxes.example.com/events"_s);
    QVERIFY(boxes->addWebhook());
    QVERIFY(waitUntil([&] { return boxes->table()->model()->rowCount() == 1; }));
    // The create answer has no enterprise and nothing else is listed.
    QVERIFY(boxes->table()
                ->model()
                ->index(0, WebhookListModel::EnterpriseColumn)
                .data()
                .toString()
                .isEmpty());
    w.page->refresh();
    QVERIFY(waitUntil([&] {
        return boxes->table()->model()->index(0, WebhookListModel::EnterpriseColumn).data()
               == u"20"_s;
    }));
}

void TestUiAdmin::ownWebhookIsNotOfferedForDeletion() {
    World w;
    QString error;
    QVERIFY2(w.setUp(&error), qPrintable(error));
    const QUrl own(u"https://desk.example.com/jobbers/live"_s);
    // The chat room's declaration, as it will make it.
    w.wiring->ownWebhooks()->declare(OwnWebhooks::Kind::Message, own, u"Live updates"_s);
    WebhooksPanel *panel = w.page->messageWebhooksPanel();
    panel->targetField()->setText(own.toString());
    QVERIFY(panel->addWebhook());
    QVERIFY(waitUntil([&] { return panel->table()->model()->rowCount() == 1; }));
    panel->targetField()->setText(u"https://other.example.com/cb"_s);
    QVERIFY(panel->addWebhook());
    QTableView *table = panel->table();
    QVERIFY(waitUntil([&] { return table->model()->rowCount() == 2; }));
    QCOMPARE(table->model()->index(0, 0).data(WebhookListModel::OwnRole).toBool(), true);
    QVERIFY(table->model()
                ->index(0, WebhookListModel::UseColumn)
                .data()
                .toString()
                .contains(u"Live updates"_s));
    table->selectRow(0);
    QVERIFY(!button(panel, "webhookDelete")->isEnabled());
    panel->deleteSelected(); // even asked directly: no confirmation, nothing sent
    QVERIFY(openMessageBox() == nullptr);
    auto *model = qobject_cast<WebhookListModel *>(table->model());
    QVERIFY(model->remove(model->entry(0).id) == nullptr);
    table->selectRow(1);
    QVERIFY(button(panel, "webhookDelete")->isEnabled());
    QCOMPARE(w.count(u"SELECT COUNT(*) FROM message_webhooks"_s), 2);
}

void TestUiAdmin::tagBatchWithADuplicateIsRejected() {
    World w;
    QString error;
    QVERIFY2(w.setUp(&error), qPrintable(error));
    w.page->setCurrentTab(AdminPage::Tab::BoxTags);
    BoxTagsPanel *panel = w.page->boxTagsPanel();
    // A tag that exists already.
    const QJsonObject existing{{u"tags"_s, QJsonArray{QJsonObject{{u"code"_s, u"9002"_s},
                                                                  {u"description"_s, u"old"_s},
                                                                  {u"technologyType"_s, k1K}}}}};
    QCOMPARE(w.fixture.postJson(u"/api/v0/boxes_tags"_s, existing, w.fixture.token(20)).status,
             200);
    // Spreadsheet cells pasted into the table (its first, empty row).
    panel->table()->setCurrentIndex(panel->model()->index(0, 0));
    QVERIFY(panel->table()->pasteText(u"9001\tHall\n9002\tCave\n9003\tLift\n"_s));
    QCOMPARE(panel->model()->rowCount(), 3);
    QTest::mouseClick(button(panel, "tagSend"), Qt::LeftButton);
    QSignalSpy finished(panel->sender(), &TagBatchSender::finished);
    QVERIFY(finished.wait(10000));
    BoxTagBatchModel *m = panel->model();
    QCOMPARE(
        m->index(1, 0).data(BoxTagBatchModel::CellStateRole).value<BoxTagBatchModel::CellState>(),
        BoxTagBatchModel::CellState::Rejected);
    QVERIFY(!m->index(1, 0).data(Qt::ToolTipRole).toString().isEmpty());
    for (const int row : {0, 2}) {
        QCOMPARE(m->index(row, 0)
                     .data(BoxTagBatchModel::RowStateRole)
                     .value<BoxTagBatchModel::RowState>(),
                 BoxTagBatchModel::RowState::Draft);
        QCOMPARE(m->index(row, 0)
                     .data(BoxTagBatchModel::CellStateRole)
                     .value<BoxTagBatchModel::CellState>(),
                 BoxTagBatchModel::CellState::Normal);
    }
    QCOMPARE(w.count(u"SELECT COUNT(*) FROM box_tags WHERE code IN ('9001', '9003')"_s), 0);
    QVERIFY(panel->statusText().contains(u"no tag was created"_s));

    // A refused paste changes nothing and says why.
    QVERIFY(!panel->table()->pasteText(u"\n\n"_s));
    QCOMPARE(m->rowCount(), 3);
    QVERIFY(!panel->statusText().isEmpty());
}

// The first answer is lost after the server created the batch; the panel settles it by
// sending the same batch again: every code taken, so created, once.
void TestUiAdmin::tagBatchWithALostAnswerIsSettled() {
    World w;
    QString error;
    QVERIFY2(w.setUp(&error), qPrintable(error));
    BoxTagsPanel *panel = w.page->boxTagsPanel();
    SandboxServer &server = w.fixture.server();
    int lost = 0;
    int posts = 0;
    connect(&server, &SandboxServer::answerLost, this,
            [&](const QByteArray &method, const QString &path) {
                lost += method == "POST" && path == u"/api/v0/boxes_tags"_s;
                server.setFaultRates({});
            });
    connect(&server, &SandboxServer::requestHandled, this,
            [&](const QByteArray &method, const QString &path) {
                posts += method == "POST" && path == u"/api/v0/boxes_tags"_s;
            });
    QVERIFY(panel->table()->pasteText(u"code\tdescription\n7701\tEntrée\n7702\tCour\n"_s));
    FaultRates rates;
    rates.loseAnswer = 1.0;
    server.setFaultRates(rates);
    QSignalSpy finished(panel->sender(), &TagBatchSender::finished);
    QVERIFY(panel->sendBatch());
    QVERIFY(finished.wait(10000));
    QCOMPARE(lost, 1);
    QCOMPARE(posts, 2);
    QCOMPARE(finished.first().at(0).value<TagBatchSender::Outcome>(),
             TagBatchSender::Outcome::FoundCreated);
    QCOMPARE(panel->model()->createdCount(), 2);
    QCOMPARE(w.count(u"SELECT COUNT(*) FROM box_tags WHERE code = '7701'"_s), 1);
    QCOMPARE(w.count(u"SELECT COUNT(*) FROM box_tags WHERE code = '7702'"_s), 1);
    QVERIFY(panel->statusText().contains(u"2"_s));
    // Sending again sends nothing: the rows are created.
    QVERIFY(!panel->sendBatch());
    QCOMPARE(posts, 2);

    // Delete them from a pasted list, confirmed.
    panel->codesField()->setPlainText(u"7701\n7702"_s);
    panel->deleteCodes();
    QMessageBox *box = nullptr;
    QVERIFY(waitUntil([&] { return (box = openMessageBox()) != nullptr; }));
    QSignalSpy deleted(panel->sender(), &TagBatchSender::deleted);
    QVERIFY(clickDestructive(box));
    QVERIFY(deleted.wait(10000));
    QCOMPARE(w.count(u"SELECT COUNT(*) FROM box_tags WHERE code IN ('7701', '7702')"_s), 0);
}

void TestUiAdmin::clientLocationLinkAndUnlink() {
    World w;
    QString error;
    QVERIFY2(w.setUp(&error), qPrintable(error));
    const qint64 clientId =
        w.fixture.server()
            .context()
            .store()
            .scalar(u"SELECT id FROM clients WHERE enterprise_id = 20 ORDER BY id LIMIT 1"_s)
            .toLongLong();
    QVERIFY(clientId > 0);
    // The directory as the Clients section keeps it, for completion.
    {
        LocalStore store;
        QVERIFY(store.open(w.dir.filePath(u"local.sqlite"_s)));
        StoredClient c;
        c.clientId = clientId;
        c.email = u"ada@example.com"_s;
        c.firstName = u"Ada"_s;
        c.lastName = u"Lovelace"_s;
        QVERIFY(store.upsertClient(c));
    }
    w.page->setCurrentTab(AdminPage::Tab::ClientLocations);
    ClientLocationsPanel *panel = w.page->clientLocationsPanel();
    QVERIFY(waitUntil([&] { return !w.wiring->links()->account().isEmpty(); }));
    QLineEdit *client = panel->clientField();
    QLineEdit *uid = panel->locationField();
    client->setFocus();
    QTest::keyClicks(client, u"Lovel"_s);
    QVERIFY(waitUntil([&] { return client->completer()->completionCount() == 1; }));
    client->setText(client->completer()->currentCompletion());
    QVERIFY(client->text().endsWith(u" #%1"_s.arg(clientId)));

    // A bad UUID is refused before anything is sent.
    const int before = w.calls;
    uid->setText(u"2f3cb5c8-7b95-468d-9bb1-715ba9c44d9"_s);
    QVERIFY(!panel->link());
    QVERIFY(label(panel, "locationUidNote")->isVisible());
    QCOMPARE(w.calls, before);
    // So is no client.
    const QString picked = client->text();
    client->setText(u"Lovelace"_s);
    uid->setText(u"2f3cb5c8-7b95-468d-9bb1-715ba9c44d93"_s);
    QVERIFY(!panel->link());
    QVERIFY(label(panel, "locationClientNote")->isVisible());
    QCOMPARE(w.calls, before);

    client->setText(picked);
    uid->setText(u"{2F3CB5C8-7B95-468D-9BB1-715BA9C44D93}"_s);
    QTest::mouseClick(button(panel, "locationLink"), Qt::LeftButton);
    QTableView *table = panel->table();
    QVERIFY(waitUntil([&] { return table->model()->rowCount() == 1; }));
    QCOMPARE(table->model()->index(0, ClientLocationLinks::ClientColumn).data().toString(),
             u"Ada Lovelace <ada@example.com>"_s);
    QCOMPARE(table->model()->index(0, ClientLocationLinks::LocationColumn).data().toString(),
             u"2f3cb5c8-7b95-468d-9bb1-715ba9c44d93"_s);
    QCOMPARE(w.count(u"SELECT COUNT(*) FROM client_locations WHERE client_id = ?"_s, {clientId}),
             1);
    QVERIFY(label(panel, "locationNoListNote")->text().contains(u"no call that lists"_s));

    // Unlink from the list: selecting the row fills the fields.
    client->clear();
    uid->clear();
    table->selectRow(0);
    QCOMPARE(uid->text(), u"2f3cb5c8-7b95-468d-9bb1-715ba9c44d93"_s);
    QTest::mouseClick(button(panel, "locationUnlink"), Qt::LeftButton);
    QVERIFY(waitUntil([&] { return table->model()->rowCount() == 0; }));
    QCOMPARE(w.count(u"SELECT COUNT(*) FROM client_locations WHERE client_id = ?"_s, {clientId}),
             0);
}

void TestUiAdmin::connectionTestFromTheStatusBar() {
    World w;
    QString error;
    QVERIFY2(w.setUp(&error), qPrintable(error));
    auto *test = w.window->statusPanel()->findChild<QToolButton *>(u"statusConnectionTest"_s);
    QVERIFY(test);
    QSignalSpy finished(w.wiring->connectionTest(), &ConnectionTest::finished);
    QTest::mouseClick(test, Qt::LeftButton);
    auto *dialog = w.window->findChild<ConnectionTestDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().at(0).toBool(), true);
    ConnectionTestPanel *panel = dialog->panel();
    for (const auto check : {ConnectionTest::Check::GetEcho, ConnectionTest::Check::PostEcho}) {
        const QString text = panel->resultText(check);
        QVERIFY2(text.contains(u"echo jobbers"_s), qPrintable(text));
        QVERIFY2(QRegularExpression(u"\\d+ ms"_s).match(text).hasMatch(), qPrintable(text));
    }
    QVERIFY(panel->resultText(ConnectionTest::Check::Enterprise).startsWith(u"20"_s));
    QVERIFY(panel->resultText(ConnectionTest::Check::Groups).contains(u"373"_s));
    QVERIFY2(panel->tokenText().contains(u"min"_s), qPrintable(panel->tokenText()));
    // The same dialog from the Tools menu: one at a time.
    w.window->connectionTestAction()->trigger();
    QCOMPARE(w.window->findChildren<ConnectionTestDialog *>().size(), 1);
    QVERIFY(finished.wait(10000));
}

void TestUiAdmin::activityLogHoldsTheCallsAndNoSecret() {
    World w;
    QString error;
    QVERIFY2(w.setUp(&error), qPrintable(error));
    // Calls of this test with secrets in their bodies and answers.
    WebhooksPanel *hooks = w.page->messageWebhooksPanel();
    hooks->targetField()->setText(u"https://hooks.example.com/cb?key=HOOK-SECRET-71"_s);
    QVERIFY(hooks->addWebhook());
    QVERIFY(waitUntil([&] { return hooks->table()->model()->rowCount() == 1; }));
    BoxTagsPanel *tags = w.page->boxTagsPanel();
    QVERIFY(tags->table()->pasteText(u"TAG-SECRET-72\tDESC-SECRET-73\n"_s));
    QSignalSpy finished(tags->sender(), &TagBatchSender::finished);
    QVERIFY(tags->sendBatch());
    QVERIFY(finished.wait(10000));
    w.wiring->connectionTest()->run(u"ECHO-SECRET-74"_s);
    QSignalSpy tested(w.wiring->connectionTest(), &ConnectionTest::finished);
    QVERIFY(tested.wait(10000));

    w.page->setCurrentTab(AdminPage::Tab::Activity);
    ActivityLogView *view = w.page->activityLogView();
    QStringList calls;
    for (const CallRecord &r : w.wiring->activityLog()->records())
        calls.append(QString::fromLatin1(r.method) + u' ' + r.path);
    for (const QString &call :
         {u"POST /oneapi/authentication/token"_s, u"GET /api/v0/webhooks"_s,
          u"GET /api/v0/boxes_webhook"_s, u"POST /api/v0/webhooks"_s, u"POST /api/v0/boxes_tags"_s,
          u"POST /oneapi/v0/echo"_s, u"GET /oneapi/v0/current"_s,
          u"GET /oneapi/v0/groupsofenterprises"_s})
        QVERIFY2(calls.contains(call), qPrintable(call + u" not in\n"_s + calls.join(u'\n')));
    // The view shows them; the filter narrows them.
    QCOMPARE(view->table()->model()->rowCount(), int(calls.size()));
    auto *filter = view->findChild<QLineEdit *>(u"activityFilter"_s);
    filter->setText(u"boxes_tags"_s);
    QCOMPARE(view->table()->model()->rowCount(), 1);
    filter->clear();

    // The export a support ticket gets, and what Copy puts on the clipboard.
    const QString file = w.dir.filePath(u"activity.txt"_s);
    QVERIFY(view->exportTo(file));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    QVERIFY(text.contains(u"/api/v0/boxes_tags"_s));
    QCOMPARE(view->selectionText().count(u'\n'), text.count(u'\n'));
    for (const QString &secret :
         {u"demo-20-secret"_s, u"HOOK-SECRET-71"_s, u"TAG-SECRET-72"_s, u"DESC-SECRET-73"_s,
          u"ECHO-SECRET-74"_s, u"hooks.example.com"_s, u"Bearer"_s, u"Authorization"_s})
        QVERIFY2(!text.contains(secret, Qt::CaseInsensitive), qPrintable(secret));
    // No token (nothing shaped like a UUID).
    QVERIFY(!QRegularExpression(u"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"_s)
                 .match(text)
                 .hasMatch());
}

void TestUiAdmin::keyboardAndNames_data() {
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QString();
    QTest::newRow("fr") << u"fr"_s;
}

// In each language: every control of the section has an accessible name, every
// mnemonic of a tab is its own (and none takes a letter of the menu bar), every label
// with one has a buddy.
void TestUiAdmin::keyboardAndNames() {
    QFETCH(QString, language);
    QTranslator translator;
    if (!language.isEmpty()) {
        QVERIFY(translator.load(u":/i18n/jobbers_"_s + language));
        QCoreApplication::installTranslator(&translator);
    }
    World w;
    QString error;
    QVERIFY2(w.setUp(&error), qPrintable(error));
    QString menuLetters;
    for (QAction *menu : w.window->menuBar()->actions()) {
        const qsizetype at = menu->text().indexOf(u'&');
        if (at >= 0 && at + 1 < menu->text().size())
            menuLetters += menu->text().at(at + 1).toLower();
    }
    QCOMPARE(menuLetters.size(), 5);
    QTabWidget *tabs = w.page->tabs();
    QCOMPARE(tabs->tabText(int(AdminPage::Tab::BoxTags)),
             language.isEmpty() ? u"Box tags"_s : u"Badges"_s); // the language is on
    for (int i = 0; i < tabs->count(); ++i) {
        QWidget *tab = tabs->widget(i);
        QStringList letters;
        const auto mnemonic = [&](const QString &text, const QString &what) {
            const qsizetype at = text.indexOf(u'&');
            if (at < 0 || at + 1 >= text.size())
                return;
            const QString letter = text.mid(at + 1, 1).toLower();
            QVERIFY2(!letters.contains(letter), qPrintable(what + u": &"_s + letter));
            QVERIFY2(!menuLetters.contains(letter), qPrintable(what + u": &"_s + letter));
            letters.append(letter);
        };
        for (QAbstractButton *b : tab->findChildren<QAbstractButton *>()) {
            if (!qobject_cast<QPushButton *>(b) && !qobject_cast<QCheckBox *>(b))
                continue; // a line edit's clear button, a table's corner
            QVERIFY2(!b->accessibleName().isEmpty() || !b->text().isEmpty(),
                     qPrintable(b->objectName()));
            mnemonic(b->text(), b->text());
        }
        for (QLabel *l : tab->findChildren<QLabel *>()) {
            if (!l->text().contains(u'&') || l->textFormat() == Qt::RichText)
                continue;
            QVERIFY2(l->buddy(), qPrintable(l->text()));
            mnemonic(l->text(), l->text());
        }
        for (QWidget *input : tab->findChildren<QWidget *>()) {
            if (qobject_cast<QLineEdit *>(input) || qobject_cast<QPlainTextEdit *>(input)
                || qobject_cast<QTableView *>(input))
                QVERIFY2(!input->accessibleName().isEmpty(), qPrintable(input->objectName()));
        }
    }
    // Keyboard: Ctrl+V in the batch table pastes; Enter on the last row adds one.
    BoxTagsPanel *tags = w.page->boxTagsPanel();
    w.page->setCurrentTab(AdminPage::Tab::BoxTags);
    TagBatchView *table = tags->table();
    table->setFocus();
    table->setCurrentIndex(tags->model()->index(0, 0));
    QApplication::clipboard()->setText(u"5501\tone\n5502\ttwo"_s);
    QTest::keySequence(table, QKeySequence::Paste);
    QCOMPARE(tags->model()->rowCount(), 2);
    table->setCurrentIndex(tags->model()->index(1, 0));
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(tags->model()->rowCount(), 3);
    QCOMPARE(table->currentIndex().row(), 2);
}

// With JOBBERS_SCREENSHOTS=DIR: each tab of the section grabbed as the demo shows it,
// in the language of JOBBERS_LANG (fr by default), to DIR/admin-<tab>-<lang>.png.
void TestUiAdmin::grabScreens() {
    const QString out = qEnvironmentVariable("JOBBERS_SCREENSHOTS");
    if (out.isEmpty())
        QSKIP("set JOBBERS_SCREENSHOTS=DIR to grab the screens");
    const QString lang = qEnvironmentVariable("JOBBERS_LANG", u"fr"_s);
    QVERIFY(JobbersUi::installTranslations(lang));
    World w;
    QString error;
    QVERIFY2(w.setUp(&error), qPrintable(error));
    w.window->setDemo(true);
    // What the shell shows once signed in (the shell itself is not part of this test).
    w.window->statusPanel()->setConnection(StatusPanel::Connection::Connected);
    w.window->statusPanel()->setToken(StatusPanel::Token::Valid);
    w.window->setEnterprise(20, {u"Sous conciergerie #1"_s, u"Sous conciergerie #2"_s});
    // What a demo session shows: a few webhooks, the app's own among them.
    // (The conversations room will give its own, translated, purpose.)
    w.wiring->ownWebhooks()->declare(OwnWebhooks::Kind::Message,
                                     QUrl(u"https://desk.jobbers.example/live/20"_s),
                                     lang == u"fr"_s ? u"mises à jour en direct des conversations"_s
                                                     : u"live updates of conversations"_s);
    WebhooksPanel *hooks = w.page->messageWebhooksPanel();
    for (const QString &url : {u"https://desk.jobbers.example/live/20"_s,
                               u"https://crm.conciergerie.example/hooks/jobbers"_s}) {
        const int n = hooks->table()->model()->rowCount();
        hooks->targetField()->setText(url);
        QVERIFY(hooks->addWebhook());
        QVERIFY(waitUntil([&] { return hooks->table()->model()->rowCount() == n + 1; }));
    }
    hooks->targetField()->setText(u"http://crm.conciergerie.example/hooks"_s);
    hooks->table()->selectRow(0);
    WebhooksPanel *boxHooks = w.page->boxWebhooksPanel();
    boxHooks->targetField()->setText(u"https://boxes.conciergerie.example/events"_s);
    QVERIFY(boxHooks->addWebhook());
    QVERIFY(waitUntil([&] { return boxHooks->table()->model()->rowCount() == 1; }));
    w.page->refresh();
    QTest::qWait(200);

    BoxTagsPanel *tags = w.page->boxTagsPanel();
    QCOMPARE(
        w.fixture
            .postJson(u"/api/v0/boxes_tags"_s,
                      QJsonObject{{u"tags"_s, QJsonArray{QJsonObject{{u"code"_s, u"04A23B11"_s},
                                                                     {u"description"_s, u"old"_s},
                                                                     {u"technologyType"_s, k1K}}}}},
                      w.fixture.token(20))
            .status,
        200);
    QVERIFY(tags->table()->pasteText(u"04A23B10\tHall d'entrée\tMifareClassicEV1_1K\n"
                                     u"04A23B11\tCave, porte 2\tMifareClassicEV1_1K\n"
                                     u"04A23B12\tLocal vélos\tNTAG213\n"
                                     u"04A23B13\t\tMifareClassicEV1_1K\n"_s));
    tags->sendBatch(); // refused before sending: a description is missing
    tags->model()->setData(tags->model()->index(3, 1), u"Parking -1"_s);
    QSignalSpy finished(tags->sender(), &TagBatchSender::finished);
    QVERIFY(tags->sendBatch());
    QVERIFY(finished.wait(10000)); // refused: 04A23B11 is taken
    tags->codesField()->setPlainText(u"03F1C2D0\n03F1C2D1"_s);

    ClientLocationsPanel *locations = w.page->clientLocationsPanel();
    QVERIFY(waitUntil([&] { return !w.wiring->links()->account().isEmpty(); }));
    const auto demoClient = [&w](int nth) {
        QSqlQuery q;
        w.fixture.server().context().store().exec(
            u"SELECT id, first_name, last_name, email FROM clients WHERE enterprise_id = 20"
            " ORDER BY id LIMIT 1 OFFSET ?"_s,
            {nth}, &q);
        return q.next() ? u"%1 %2 <%3> #%4"_s.arg(q.value(1).toString(), q.value(2).toString(),
                                                  q.value(3).toString(), q.value(0).toString())
                        : QString();
    };
    int nth = 0;
    for (const QString &uid :
         {u"2f3cb5c8-7b95-468d-9bb1-715ba9c44d93"_s, u"c232ab00-9414-41ec-b3c8-9e6bdeced846"_s}) {
        const int n = locations->table()->model()->rowCount();
        locations->clientField()->setText(demoClient(nth++));
        locations->locationField()->setText(uid);
        QVERIFY(locations->link());
        QVERIFY(waitUntil([&] { return locations->table()->model()->rowCount() == n + 1; }));
    }
    locations->clientField()->setText(demoClient(2));
    locations->locationField()->setText(u"2f3cb5c8-7b95-468d-9bb1-715ba9c44d9"_s);
    QVERIFY(!locations->link());

    QSignalSpy tested(w.wiring->connectionTest(), &ConnectionTest::finished);
    w.page->connectionTestPanel()->run();
    QVERIFY(tested.wait(10000));

    const QList<std::pair<AdminPage::Tab, QString>> shots = {
        {AdminPage::Tab::MessageWebhooks, u"message-webhooks"_s},
        {AdminPage::Tab::BoxWebhooks, u"box-webhooks"_s},
        {AdminPage::Tab::BoxTags, u"box-tags"_s},
        {AdminPage::Tab::ClientLocations, u"client-locations"_s},
        {AdminPage::Tab::Connection, u"connection-test"_s},
        {AdminPage::Tab::Activity, u"activity-log"_s}};
    for (const auto &[tab, name] : shots) {
        w.page->setCurrentTab(tab);
        QTest::qWait(100); // lay out and paint before the grab (no answer is awaited)
        QVERIFY(w.window->grab().save(u"%1/admin-%2-%3.png"_s.arg(out, name, lang)));
    }
    auto *dialog = w.wiring->showConnectionTest(w.window.get());
    QVERIFY(tested.wait(10000));
    QTest::qWait(100);
    QVERIFY(dialog->grab().save(u"%1/admin-connection-dialog-%2.png"_s.arg(out, lang)));
}

QTEST_MAIN(TestUiAdmin)
#include "tst_ui_admin.moc"
