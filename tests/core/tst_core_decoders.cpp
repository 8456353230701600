#include "admin/boxwebhook.h"
#include "admin/messagewebhook.h"
#include "chat/attachment.h"
#include "chat/conversation.h"
#include "chat/message.h"
#include "clients/client.h"
#include "clients/clientupdate.h"
#include "clients/emailcheck.h"
#include "enterprise/group.h"
#include "net/apireply.h"
#include "net/jsondecode.h"
#include "passes/passassignment.h"
#include "passes/passstock.h"
#include "stats/statsentry.h"

#include <QJsonDocument>
#include <QTest>

namespace {
// Decodes json as the named value type; returns whether it decoded and the error.
bool decodeAs(const QString &kind, const QJsonValue &v, QString *error) {
    if (kind == QLatin1String("group"))
        return Group::fromJson(v, error).has_value();
    if (kind == QLatin1String("client"))
        return Client::fromJson(v, error).has_value();
    if (kind == QLatin1String("exists"))
        return EmailCheck::fromJson(v, error).has_value();
    if (kind == QLatin1String("stock"))
        return PassStock::fromJson(v, error).has_value();
    if (kind == QLatin1String("assignment"))
        return PassAssignment::fromJson(v, {}, error).has_value();
    if (kind == QLatin1String("stats"))
        return StatsEntry::fromJson(v, error).has_value();
    if (kind == QLatin1String("conversation"))
        return Conversation::fromJson(v, error).has_value();
    if (kind == QLatin1String("message"))
        return Message::fromJson(v, error).has_value();
    if (kind == QLatin1String("attachment"))
        return Attachment::fromJson(v, error).has_value();
    if (kind == QLatin1String("webhook"))
        return MessageWebhook::fromJson(v, error).has_value();
    if (kind == QLatin1String("box_webhook"))
        return BoxWebhook::fromJson(v, error).has_value();
    qFatal("unknown kind");
}

QJsonValue parse(const QByteArray &json) {
    // Wrapped in an array so that a bare scalar or null parses too.
    return QJsonDocument::fromJson("[" + json + "]").array().at(0);
}

// The reference's client example.
const QByteArray kClient =
    R"({"client_id": 40331, "email": "client@clients.jobbers.com", "first_name": "prenom",
        "last_name": "nom", "phone_prefix": "+33", "phone": "987654321", "gender": "FEMALE",
        "address": "32 rue des volontaires", "zip_code": "75015", "city": "Paris",
        "country": "FR", "cgu": true, "optin": false, "registering_date": "2018-07-12 10:09:24",
        "last_login_date": null, "end_subscription_date": "2018-09-09 14:37:03",
        "active": true, "group_id": 374})";

QByteArray clientWith(const char *key, const QByteArray &json) {
    QJsonObject o = parse(kClient).toObject();
    const QJsonValue v = parse(json);
    if (v.isUndefined())
        o.remove(QLatin1String(key));
    else
        o.insert(QLatin1String(key), v);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

const QByteArray kStats =
    R"({"group_id": null, "last_updated": "2018-09-03 18:33:43", "total_requests": 52,
        "delta_requests": 52, "total_passes": 0, "delta_passes": 0, "total_clients": 10,
        "delta_clients": 10, "percentage_female_clients": 0, "percentage_male_clients": 20,
        "percentage_unknown_clients": 80,
        "nologin_clients": {"total": 2, "emails": ["a@x.fr", "b@x.fr"]},
        "tags": [{"tag_name": "sports", "percent": 0}, {"tag_name": "anniversaire", "percent": 8.7}],
        "avergage_conversation_rating": 4.5,
        "total_orders": {"total": 3, "categories": [
            {"category_id": "2", "category_name": "Accueil", "percent": 0.28},
            {"category_id": 21, "category_name": "Repassage-MyPressing", "percent": 3.43}]}})";
} // namespace

class TestDecoders : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void primitives_data();
    void primitives();
    void decode_data();
    void decode();
    void clientFields();
    void idsAsNumbersOrStrings();
    void envelopes_data();
    void envelopes();
    void statsEntry();
    void conversationAndMessage();
    void clientUpdateSendsOnlySetFields();
};

void TestDecoders::primitives_data() {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("expected"); // the value as text when ok

    QTest::newRow("id number") << "id" << QByteArray("20") << true << "20";
    QTest::newRow("id string") << "id" << QByteArray(R"("20")") << true << "20";
    QTest::newRow("id padded string") << "id" << QByteArray(R"(" 149 ")") << true << "149";
    QTest::newRow("id abc") << "id" << QByteArray(R"("abc")") << false << "";
    QTest::newRow("id fraction") << "id" << QByteArray("2.5") << false << "";
    QTest::newRow("id zero") << "id" << QByteArray("0") << false << "";
    QTest::newRow("id negative") << "id" << QByteArray("-3") << false << "";
    QTest::newRow("id bool") << "id" << QByteArray("true") << false << "";
    QTest::newRow("id null") << "id" << QByteArray("null") << false << "";
    QTest::newRow("id huge") << "id" << QByteArray("1e300") << false << "";
    QTest::newRow("bool true") << "boolean" << QByteArray("true") << true << "true";
    QTest::newRow("bool as string") << "boolean" << QByteArray(R"("true")") << false << "";
    QTest::newRow("bool as number") << "boolean" << QByteArray("1") << false << "";
    QTest::newRow("string") << "string" << QByteArray(R"("x")") << true << "x";
    QTest::newRow("string as number") << "string" << QByteArray("3") << false << "";
    QTest::newRow("number") << "number" << QByteArray("82.61") << true << "82.61";
    QTest::newRow("number as string") << "number" << QByteArray(R"("0.28")") << true << "0.28";
    QTest::newRow("number abc") << "number" << QByteArray(R"("abc")") << false << "";
    QTest::newRow("date") << "date" << QByteArray(R"("2018-07-12 10:09:24")") << true
                          << "2018-07-12T08:09:24Z";
    QTest::newRow("date winter") << "date" << QByteArray(R"("2021-01-15 12:00:00")") << true
                                 << "2021-01-15T11:00:00Z";
    QTest::newRow("date T") << "date" << QByteArray(R"("2018-07-12T10:09:24")") << true
                            << "2018-07-12T08:09:24Z";
    QTest::newRow("date null") << "date" << QByteArray("null") << true << "";
    QTest::newRow("date empty") << "date" << QByteArray(R"("")") << true << "";
    QTest::newRow("date garbage") << "date" << QByteArray(R"("yesterday")") << false << "";
    QTest::newRow("date no time") << "date" << QByteArray(R"("2018-07-12")") << false << "";
    QTest::newRow("date month 13")
        << "date" << QByteArray(R"("2018-13-12 10:09:24")") << false << "";
    QTest::newRow("date number") << "date" << QByteArray("1531390164") << false << "";
}

void TestDecoders::primitives() {
    QFETCH(QString, kind);
    QFETCH(QByteArray, json);
    QFETCH(bool, ok);
    QFETCH(QString, expected);
    const QJsonValue v = parse(json);
    QString got;
    bool decoded = false;
    if (kind == QLatin1String("id")) {
        const auto r = JsonDecode::id(v);
        decoded = r.has_value();
        got = r ? QString::number(*r) : QString();
    } else if (kind == QLatin1String("boolean")) {
        const auto r = JsonDecode::boolean(v);
        decoded = r.has_value();
        got = r ? (*r ? QStringLiteral("true") : QStringLiteral("false")) : QString();
    } else if (kind == QLatin1String("string")) {
        const auto r = JsonDecode::string(v);
        decoded = r.has_value();
        got = r.value_or(QString());
    } else if (kind == QLatin1String("number")) {
        const auto r = JsonDecode::number(v);
        decoded = r.has_value();
        got = r ? QString::number(*r) : QString();
    } else if (kind == QLatin1String("date")) {
        const auto r = JsonDecode::dateTime(v);
        decoded = r.has_value();
        got = r && r->isValid() ? r->toUTC().toString(Qt::ISODate) : QString();
    }
    QCOMPARE(decoded, ok);
    if (ok)
        QCOMPARE(got, expected);
}

void TestDecoders::decode_data() {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error"); // empty: decodes; else a part of the message

    QTest::newRow("group") << "group" << QByteArray(R"({"group_id": 373, "name": "A"})") << "";
    QTest::newRow("group id string")
        << "group" << QByteArray(R"({"group_id": "373", "name": "A"})") << "";
    QTest::newRow("group id abc") << "group" << QByteArray(R"({"group_id": "abc", "name": "A"})")
                                  << "group.group_id";
    QTest::newRow("group missing name")
        << "group" << QByteArray(R"({"group_id": 1})") << "group.name";
    QTest::newRow("group not object") << "group" << QByteArray("[1]") << "expected an object";
    QTest::newRow("group null") << "group" << QByteArray("null") << "expected an object";

    QTest::newRow("client") << "client" << kClient << "";
    QTest::newRow("client id string") << "client" << clientWith("client_id", R"("40331")") << "";
    QTest::newRow("client id abc")
        << "client" << clientWith("client_id", R"("abc")") << "client.client_id";
    QTest::newRow("client no id") << "client" << clientWith("client_id", "") << "client.client_id";
    QTest::newRow("client no email") << "client" << clientWith("email", "") << "client.email";
    QTest::newRow("client active string")
        << "client" << clientWith("active", R"("true")") << "client.active";
    QTest::newRow("client active null")
        << "client" << clientWith("active", "null") << "client.active";
    QTest::newRow("client cgu string") << "client" << clientWith("cgu", R"("1")") << "client.cgu";
    QTest::newRow("client group null") << "client" << clientWith("group_id", "null") << "";
    QTest::newRow("client group string") << "client" << clientWith("group_id", R"("374")") << "";
    QTest::newRow("client gender null") << "client" << clientWith("gender", "null") << "";
    QTest::newRow("client gender number")
        << "client" << clientWith("gender", "1") << "client.gender";
    QTest::newRow("client date bad")
        << "client" << clientWith("registering_date", R"("12/07/2018")")
        << "client.registering_date";
    QTest::newRow("client phone number")
        << "client" << clientWith("phone", "987654321") << "client.phone";

    QTest::newRow("exists") << "exists" << QByteArray(R"({"exists": true, "movable": false,
                                "attached_to_another_enterprise": false,
                                "subscription_valid": true, "client_active": true})")
                            << "";
    QTest::newRow("exists alone") << "exists" << QByteArray(R"({"exists": false})") << "";
    QTest::newRow("exists string")
        << "exists" << QByteArray(R"({"exists": "false"})") << "exists.exists";
    QTest::newRow("exists missing")
        << "exists" << QByteArray(R"({"movable": true})") << "exists.exists";

    const QByteArray stock =
        R"({"stock_id": 53, "description": "single pass 2", "duration": 1,
            "duration_type": "YEAR", "expiration_date": "2018-07-30 23:59:59", "total_units": 3,
            "total_available": 3, "total_used": 0, "price": 10.1, "net_price": 10, "vat": 10})";
    QTest::newRow("stock") << "stock" << stock << "";
    QTest::newRow("stock id string")
        << "stock" << QByteArray(stock).replace("\"stock_id\": 53", "\"stock_id\": \"53\"") << "";
    QTest::newRow("stock id abc") << "stock"
                                  << QByteArray(stock).replace("\"stock_id\": 53",
                                                               "\"stock_id\": \"abc\"")
                                  << "stock.stock_id";
    QTest::newRow("stock no expiry")
        << "stock" << QByteArray(stock).replace("\"2018-07-30 23:59:59\"", "null") << "";

    QTest::newRow("assignment") << "assignment"
                                << QByteArray(R"({"end_subscription_date": "2021-09-09 23:59:59"})")
                                << "";
    QTest::newRow("assignment null date")
        << "assignment" << QByteArray(R"({"end_subscription_date": null})")
        << "assignment.end_subscription_date";

    QTest::newRow("stats") << "stats" << kStats << "";
    QTest::newRow("stats category abc")
        << "stats" << QByteArray(kStats).replace("\"category_id\": \"2\"", "\"category_id\": \"x\"")
        << "stats.total_orders.categories[0].category_id";
    QTest::newRow("stats emails not strings")
        << "stats" << QByteArray(kStats).replace("\"b@x.fr\"", "3")
        << "stats.nologin_clients.emails";
    QTest::newRow("stats total string")
        << "stats"
        << QByteArray(kStats).replace("\"total_requests\": 52", "\"total_requests\": \"52\"") << "";
    QTest::newRow("stats total bool")
        << "stats"
        << QByteArray(kStats).replace("\"total_requests\": 52", "\"total_requests\": true")
        << "stats.total_requests";
    QTest::newRow("stats tags not array")
        << "stats" << QByteArray(kStats).replace("\"tags\": [", "\"tags\": \"none\", \"x\": [")
        << "stats.tags";

    const QByteArray conversation =
        R"({"id": 83830, "client_id": 12399, "creation_date": "2021-07-15 19:42:03",
            "subject": "Prueba", "status": "NEW", "rating": 0, "last_updated": null,
            "message_counter": 0, "main_tag": "5", "secondary_tag": null})";
    QTest::newRow("conversation") << "conversation" << conversation << "";
    QTest::newRow("conversation main_tag abc")
        << "conversation" << QByteArray(conversation).replace("\"5\"", "\"abc\"")
        << "conversation.main_tag";
    QTest::newRow("conversation status number")
        << "conversation" << QByteArray(conversation).replace("\"NEW\"", "3")
        << "conversation.status";

    QTest::newRow("message text")
        << "message"
        << QByteArray(R"({"id": "60f5950e0809aa00d3d27899", "received": "2021-07-19 17:06:54",
                         "author_type": "business", "type": "text", "content": "Bonjour"})")
        << "";
    QTest::newRow("message no id")
        << "message" << QByteArray(R"({"type": "text"})") << "message.id";
    QTest::newRow("message id bool") << "message" << QByteArray(R"({"id": true})") << "message.id";

    QTest::newRow("attachment") << "attachment"
                                << QByteArray(R"({"mediaUrl": "https://media.example/a/b",
                                                  "mediaType": "application/pdf"})")
                                << "";
    QTest::newRow("attachment no url")
        << "attachment" << QByteArray(R"({"mediaType": "application/pdf"})")
        << "attachment.mediaUrl";

    QTest::newRow("webhook") << "webhook"
                             << QByteArray(R"({"id": "149", "url": "http://h.example/cb"})") << "";
    QTest::newRow("webhook listed")
        << "webhook"
        << QByteArray(R"({"id": "149", "url": "http://h.example/cb", "enterprise": "280"})") << "";
    QTest::newRow("webhook id abc")
        << "webhook" << QByteArray(R"({"id": "abc", "url": "http://h.example/cb"})")
        << "webhook.id";
    QTest::newRow("box webhook") << "box_webhook"
                                 << QByteArray(R"({"id": 150, "url": "http://h.example/cb"})")
                                 << "";
    QTest::newRow("box webhook no url")
        << "box_webhook" << QByteArray(R"({"id": 150})") << "box_webhook.url";
}

void TestDecoders::decode() {
    QFETCH(QString, kind);
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    const QJsonValue v = parse(json);
    QVERIFY2(!v.isUndefined(), "test data is not JSON");
    QString why;
    const bool ok = decodeAs(kind, v, &why);
    if (error.isEmpty()) {
        QVERIFY2(ok, qPrintable(why));
    } else {
        QVERIFY(!ok);
        QVERIFY2(why.contains(error), qPrintable(why));
    }
}

void TestDecoders::clientFields() {
    QString why;
    const std::optional<Client> c = Client::fromJson(parse(kClient), &why);
    QVERIFY2(c, qPrintable(why));
    QCOMPARE(c->clientId, 40331);
    QCOMPARE(c->email, QStringLiteral("client@clients.jobbers.com"));
    QCOMPARE(c->gender, Client::Gender::Female);
    QCOMPARE(c->groupId, std::optional<qint64>(374));
    QVERIFY(c->active);
    QVERIFY(c->cgu);
    QVERIFY(!c->optin);
    QVERIFY(!c->lastLoginDate.isValid()); // null
    QCOMPARE(c->registeringDate.toUTC(), QDateTime(QDate(2018, 7, 12), QTime(8, 9, 24), Qt::UTC));
    QCOMPARE(c->endSubscriptionDate.timeZone(), JsonDecode::serverTimeZone());
    // Update examples of the reference name the address "street".
    QByteArray street = clientWith("address", "");
    street.replace("\"zip_code\"", "\"street\":\"1 rue X\",\"zip_code\"");
    QCOMPARE(Client::fromJson(parse(street))->address, QStringLiteral("1 rue X"));
    QCOMPARE(Client::fromJson(parse(clientWith("group_id", "null")))->groupId, std::nullopt);
    QCOMPARE(Client::fromJson(parse(clientWith("gender", R"("OTHER")")))->gender,
             Client::Gender::Unknown);
}

void TestDecoders::idsAsNumbersOrStrings() {
    const std::optional<Client> asNumber = Client::fromJson(parse(kClient));
    const std::optional<Client> asString =
        Client::fromJson(parse(clientWith("client_id", R"("40331")")));
    QVERIFY(asNumber && asString);
    QCOMPARE(*asNumber, *asString);
    const auto hook = MessageWebhook::fromJson(
        parse(R"({"id": "149", "url": "http://h.example/cb", "enterprise": "280"})"));
    QVERIFY(hook);
    QCOMPARE(hook->id, 149);
    QCOMPARE(hook->enterpriseId, std::optional<qint64>(280));
}

void TestDecoders::envelopes_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("data envelope") << QByteArray(R"({"data": {"group_id": 373, "name": "A"}})");
    QTest::newRow("bare") << QByteArray(R"({"group_id": 373, "name": "A"})");
    QTest::newRow("data list") << QByteArray(R"({"data": [{"group_id": "373", "name": "A"}]})");
    QTest::newRow("bare list") << QByteArray(R"([{"group_id": 373, "name": "A"}])");
}

void TestDecoders::envelopes() {
    QFETCH(QByteArray, body);
    ApiReply reply;
    reply.setAutoDelete(false);
    reply.finishOk(200, QJsonDocument::fromJson(body));
    const QJsonValue payload = reply.payload();
    QString why;
    std::optional<Group> g;
    if (payload.isArray()) {
        const auto list = JsonDecode::list<Group>(payload, QStringLiteral("groups"), &why);
        QVERIFY2(list, qPrintable(why));
        QCOMPARE(list->size(), 1);
        g = list->first();
    } else {
        g = Group::fromJson(payload, &why);
    }
    QVERIFY2(g, qPrintable(why));
    QCOMPARE(g->groupId, 373);
    QCOMPARE(g->name, QStringLiteral("A"));
}

void TestDecoders::statsEntry() {
    QString why;
    const std::optional<StatsEntry> s = StatsEntry::fromJson(parse(kStats), &why);
    QVERIFY2(s, qPrintable(why));
    QVERIFY(s->isEnterprise());
    QCOMPARE(s->totalRequests, 52);
    QCOMPARE(s->percentageUnknownClients, 80.0);
    QCOMPARE(s->averageConversationRating, 4.5);
    QCOMPARE(s->nologinTotal, 2);
    QCOMPARE(s->nologinEmails, (QStringList{QStringLiteral("a@x.fr"), QStringLiteral("b@x.fr")}));
    QCOMPARE(s->tags.size(), 2);
    QCOMPARE(s->tags.at(1).tagName, QStringLiteral("anniversaire"));
    QCOMPARE(s->tags.at(1).percent, 8.7);
    QCOMPARE(s->totalOrders, 3);
    QCOMPARE(s->orderCategories.size(), 2);
    QCOMPARE(s->orderCategories.at(0).categoryId, 2); // "2" in the JSON
    QCOMPARE(s->orderCategories.at(1).categoryId, 21);
    QCOMPARE(s->orderCategories.at(1).percent, 3.43);
    // A list with one bad entry fails as a whole, naming the entry.
    const QByteArray list = "[" + kStats + ", {\"group_id\": \"x\"}]";
    QVERIFY(!JsonDecode::list<StatsEntry>(parse(list), QStringLiteral("stats"), &why));
    QVERIFY2(why.startsWith(QStringLiteral("stats[1]")), qPrintable(why));
}

void TestDecoders::conversationAndMessage() {
    const auto c = Conversation::fromJson(parse(
        R"({"id": "73", "client_id": 27694, "creation_date": "2017-11-27 12:45:59",
            "subject": "IDEAS", "status": "CLOSE", "rating": 4, "last_updated": null,
            "message_counter": 11, "main_tag": "21", "secondary_tag": "254"})"));
    QVERIFY(c);
    QCOMPARE(c->id, 73);
    QCOMPARE(c->status, Conversation::Status::Closed);
    QCOMPARE(c->mainTag, std::optional<qint64>(21));
    QCOMPARE(c->secondaryTag, std::optional<qint64>(254));
    QVERIFY(!c->lastUpdated.isValid());
    const auto m = Message::fromJson(parse(
        R"({"id": "60f599c18ad3ec00d34a4a91", "received": "2021-07-19 17:26:57",
            "author_type": "user", "type": "image/jpeg",
            "media_url": "https://media.example/x/phpGJfWA4"})"));
    QVERIFY(m);
    QCOMPARE(m->author, Message::Author::User);
    QVERIFY(m->isAttachment());
    QCOMPARE(m->mediaUrl, QUrl(QStringLiteral("https://media.example/x/phpGJfWA4")));
}

void TestDecoders::clientUpdateSendsOnlySetFields() {
    ClientUpdate u;
    QVERIFY(u.isEmpty());
    u.city = QStringLiteral("Lyon");
    u.optin = false;
    const QJsonObject o = u.toJson();
    QCOMPARE(o.keys(), (QStringList{QStringLiteral("city"), QStringLiteral("optin")}));
    QCOMPARE(o.value(QStringLiteral("optin")), QJsonValue(false));
}

QTEST_GUILESS_MAIN(TestDecoders)
#include "tst_core_decoders.moc"
