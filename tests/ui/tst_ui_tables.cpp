#include "clients/clientdirectory.h"
#include "clients/clientformdialog.h"
#include "clients/clientsmodel.h"
#include "clients/clientspage.h"
#include "clients/clientsservice.h"
#include "common/datetext.h"
#include "net/apiclient.h"
#include "net/apireply.h"
#include "passes/passstockmodel.h"
#include "sandboxfixture.h"
#include "shell/statelegend.h"
#include "shell/statepalette.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

// The Clients and Passes tables say what is true, in the interface's language: group
// names that tell groups apart, the client's own last login, a count that follows the
// directory under a filter, English plurals and unambiguous dates, country names in
// the language, server field errors said in French, and a key to the colours.
class TestUiTables : public QObject {
    Q_OBJECT
private:
    static QList<Group> demoGroups() {
        Group one;
        one.groupId = 373;
        one.name = u"Sous conciergerie #1 Demonstration"_s;
        Group two;
        two.groupId = 374;
        two.name = u"Sous conciergerie #2 Demonstration"_s;
        return {one, two};
    }
    static Client client(const QString &email, std::optional<qint64> group) {
        Client c;
        c.clientId = qHash(email) % 100000 + 1;
        c.email = email;
        c.firstName = u"Marie"_s;
        c.lastName = u"Curie"_s;
        c.active = true;
        c.groupId = group;
        return c;
    }
    template<typename W> static W *byAccessibleName(QWidget *root, const QString &name) {
        const QList<W *> all = root->findChildren<W *>();
        for (W *w : all) {
            if (w->accessibleName() == name)
                return w;
        }
        return nullptr;
    }
    // One translator at a time (installTranslations() would pile them up).
    void useLanguage(const QString &language) {
        QCoreApplication::removeTranslator(&m_translator);
        QVERIFY(m_translator.load(u":/i18n/jobbers_"_s + language));
        QCoreApplication::installTranslator(&m_translator);
        QLocale::setDefault(QLocale(language));
    }
    static QComboBox *countryCombo(QWidget *form) {
        for (QComboBox *combo : form->findChildren<QComboBox *>()) {
            if (combo->findData(u"DE"_s) >= 0)
                return combo;
        }
        return nullptr;
    }
    static QLineEdit *lineWithText(QWidget *form, const QString &text) {
        for (QLineEdit *edit : form->findChildren<QLineEdit *>()) {
            if (edit->text() == text)
                return edit;
        }
        return nullptr;
    }

    QTranslator m_translator;

private Q_SLOTS:
    void init() { useLanguage(u"en"_s); }

    // Both demo groups, in full: the column is as wide as the longest name and what
    // does not fit would lose its middle; the tooltip has the whole name.
    void groupColumnTellsGroupsApart() {
        ClientsModel model;
        ClientDirectory directory(&model);
        directory.setGroups(demoGroups());
        directory.recordClient(client(u"un@example.fr"_s, 373));
        directory.recordClient(client(u"deux@example.fr"_s, 374));
        ClientsPage page(nullptr, &directory, nullptr);
        page.resize(1100, 500);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTableView *view = page.view();
        QCOMPARE(view->textElideMode(), Qt::ElideMiddle);
        const int needed = view->fontMetrics().horizontalAdvance(demoGroups().first().name);
        QVERIFY2(view->columnWidth(ClientsModel::Group) > needed,
                 qPrintable(u"%1 <= %2"_s.arg(view->columnWidth(ClientsModel::Group)).arg(needed)));
        const QModelIndex one =
            model.index(model.rowOfEmail(u"un@example.fr"_s), ClientsModel::Group);
        const QModelIndex two =
            model.index(model.rowOfEmail(u"deux@example.fr"_s), ClientsModel::Group);
        QCOMPARE(one.data().toString(), demoGroups().at(0).name);
        QCOMPARE(two.data().toString(), demoGroups().at(1).name);
        QCOMPARE(two.data(Qt::ToolTipRole).toString(), demoGroups().at(1).name);
    }

    // "Last login" is the client's last_login_date; when the desk last heard of it is
    // "Synced", named as such.
    void lastLoginIsTheClients() {
        ClientsModel model;
        Client logged = client(u"logged@example.fr"_s, std::nullopt);
        logged.lastLoginDate = QDateTime(QDate(2026, 11, 2), QTime(9, 30));
        Client never = client(u"never@example.fr"_s, std::nullopt);
        DirectoryEntry a{logged, true, QDateTime(QDate(2026, 12, 1), QTime(8, 0))};
        DirectoryEntry b{never, true, QDateTime(QDate(2026, 12, 1), QTime(8, 5))};
        DirectoryEntry c{};
        c.client.email = u"seen.in.stats@example.fr"_s;
        model.setEntries({a, b, c});
        QCOMPARE(model.headerData(ClientsModel::LastLogin, Qt::Horizontal).toString(),
                 u"Last login"_s);
        QCOMPARE(model.headerData(ClientsModel::Synced, Qt::Horizontal).toString(), u"Synced"_s);
        const auto cell = [&model](const QString &email, int column) {
            return model.index(model.rowOfEmail(email), column).data().toString();
        };
        QCOMPARE(cell(u"logged@example.fr"_s, ClientsModel::LastLogin), u"2 Nov 2026"_s);
        QCOMPARE(cell(u"logged@example.fr"_s, ClientsModel::Synced), u"1 Dec 2026"_s);
        const int row = model.rowOfEmail(u"logged@example.fr"_s);
        // The times, and the sync named as such, in the tooltip.
        QCOMPARE(model.index(row, ClientsModel::LastLogin).data(Qt::ToolTipRole).toString(),
                 u"Last signed in on 2 Nov 2026, 09:30\nReceived by this desk on 1 Dec 2026, "
                 u"08:00"_s);
        QCOMPARE(cell(u"never@example.fr"_s, ClientsModel::LastLogin), u"Never"_s);
        QCOMPARE(cell(u"seen.in.stats@example.fr"_s, ClientsModel::LastLogin), QString());
    }

    // The count follows the directory while a filter hides what was added.
    void countFollowsImportsUnderFilter() {
        ClientsModel model;
        ClientDirectory directory(&model);
        directory.recordClient(client(u"seul@example.fr"_s, std::nullopt));
        ClientsPage page(nullptr, &directory, nullptr);
        QCOMPARE(page.countText(), u"1 client"_s);
        page.searchField()->setText(u"nobody-matches-this"_s);
        QCOMPARE(page.countText(), u"0 of 1 client"_s);
        // An import adds rows the filter hides: the total moves all the same.
        directory.recordClient(client(u"importe1@example.fr"_s, std::nullopt));
        directory.recordClient(client(u"importe2@example.fr"_s, std::nullopt));
        QCOMPARE(page.countText(), u"0 of 3 clients"_s);
        page.searchField()->clear();
        QCOMPARE(page.countText(), u"3 clients"_s);
    }

    void englishPluralsAndDates() {
        PassStock year;
        year.duration = 1;
        year.durationType = PassStock::DurationType::Year;
        QCOMPARE(PassStockModel::durationText(year), u"1 year"_s);
        year.duration = 2;
        QCOMPARE(PassStockModel::durationText(year), u"2 years"_s);
        PassStock month;
        month.duration = 1;
        month.durationType = PassStock::DurationType::Month;
        QCOMPARE(PassStockModel::durationText(month), u"1 month"_s);
        // Day and month can no longer be swapped by a reader on the other side.
        QCOMPARE(
            DateText::date(QDate(2026, 12, 1), QLocale(QLocale::English, QLocale::UnitedStates)),
            u"1 Dec 2026"_s);
        QCOMPARE(DateText::date(QDate(2026, 12, 1), QLocale(QLocale::French, QLocale::France)),
                 u"01/12/2026"_s);
    }

    void countryNamesFollowTheLanguage() {
        ClientFormDialog english(nullptr, {});
        QComboBox *country = countryCombo(&english);
        QVERIFY(country);
        QCOMPARE(country->itemText(country->findData(u"DE"_s)), u"Germany"_s);
        QCOMPARE(country->currentData().toString(), u"FR"_s);
        useLanguage(u"fr"_s);
        ClientFormDialog french(nullptr, {});
        country = countryCombo(&french);
        QVERIFY(country);
        QCOMPARE(country->itemText(country->findData(u"DE"_s)), u"Allemagne"_s);
        // The prefix follows the country while it is the country's own.
        QLineEdit *prefix = lineWithText(&french, u"+33"_s);
        QVERIFY(prefix);
        QCOMPARE(prefix->text(), u"+33"_s);
        country->setCurrentIndex(country->findData(u"BE"_s));
        QCOMPARE(prefix->text(), u"+32"_s);
        prefix->setText(u"+41"_s);
        country->setCurrentIndex(country->findData(u"FR"_s));
        QCOMPARE(prefix->text(), u"+41"_s); // typed by hand: kept
    }

    // The sandbox answers in English; the French form says field and reason in French
    // (from title and source) and keeps the server's words in the tooltip.
    void serverErrorsInFrench() {
        SandboxFixture fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        const QString taken = u"deja.pris@example.fr"_s;
        const QJsonObject first{{u"email"_s, taken},
                                {u"first_name"_s, u"Autre"_s},
                                {u"last_name"_s, u"Maison"_s},
                                {u"phone_prefix"_s, u"+33"_s},
                                {u"phone"_s, u"611111111"_s},
                                {u"address"_s, u"1 rue A"_s},
                                {u"zip_code"_s, u"69001"_s},
                                {u"city"_s, u"Lyon"_s},
                                {u"country"_s, u"FR"_s},
                                {u"cgu"_s, true},
                                {u"optin"_s, false}};
        QCOMPARE(fixture.postJson(u"/oneapi/v0/clients"_s, first, fixture.token(280)).status, 200);
        ApiClient api;
        api.setBaseUrl(fixture.baseUrl());
        api.setCredentials(u"demo-20-key"_s, u"demo-20-secret"_s);
        QSignalSpy authenticated(api.authenticate(), &ApiReply::finished);
        QVERIFY(authenticated.wait(5000));
        ClientsService service(&api);
        ClientFormDialog form(&service, {});
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        const QList<std::pair<QString, QString>> values = {{u"Email"_s, taken},
                                                           {u"First name"_s, u"Zoé"_s},
                                                           {u"Last name"_s, u"Lefèvre"_s},
                                                           {u"Phone number"_s, u"06 12 34 56 78"_s},
                                                           {u"Address"_s, u"3 rue A"_s},
                                                           {u"Postal code"_s, u"75002"_s},
                                                           {u"City"_s, u"Paris"_s}};
        for (const auto &[name, value] : values) {
            QLineEdit *edit = byAccessibleName<QLineEdit>(&form, name);
            QVERIFY2(edit, qPrintable(name));
            edit->setText(value);
        }
        QCheckBox *cgu = byAccessibleName<QCheckBox>(&form, u"Conditions"_s);
        QVERIFY(cgu);
        cgu->setChecked(true);
        // The answer is said when it comes: in French from here on.
        useLanguage(u"fr"_s);
        form.save();
        QTRY_VERIFY_WITH_TIMEOUT(!form.isBusy(), 10000);
        const QString shown = form.fieldErrorText(u"email"_s);
        QVERIFY2(!shown.isEmpty(), "the server's refusal is shown under the email");
        QVERIFY2(!shown.contains(u"taken"_s) && !shown.contains(u"already"_s), qPrintable(shown));
        QVERIFY2(shown.contains(u"déjà"_s), qPrintable(shown));
        bool tooltip = false;
        for (QLabel *label : form.findChildren<QLabel *>()) {
            if (label->text() == shown)
                tooltip = !label->toolTip().isEmpty() && label->toolTip() != shown;
        }
        QVERIFY2(tooltip, "the server's own words are in the tooltip");
    }

    // The colours of the table have a key, drawn in those colours.
    void legendNamesTheColours() {
        ClientsModel model;
        ClientDirectory directory(&model);
        ClientsPage page(nullptr, &directory, nullptr);
        StateLegend *legend = page.legend();
        QVERIFY(legend);
        const QStringList entries = legend->entries();
        QCOMPARE(entries.size(), 2);
        QVERIFY2(entries.at(0).startsWith(StatePalette::name(ItemState::Expired)),
                 qPrintable(entries.join(u", ")));
        QVERIFY(entries.at(1).startsWith(StatePalette::name(ItemState::Inactive)));
        const QList<QLabel *> samples = legend->findChildren<QLabel *>(u"legendSample"_s);
        QCOMPARE(samples.size(), 2);
        QCOMPARE(samples.at(0)->palette().color(QPalette::WindowText),
                 StatePalette::foreground(ItemState::Expired, legend->palette()));
    }
};

QTEST_MAIN(TestUiTables)
#include "tst_ui_tables.moc"
