#include "benchconversation.h"

#include <QDateTime>
#include <QStringList>

#include <iterator>
#include <random>

namespace {
const char *const kShort[] = {"Bonjour !",
                              "Merci beaucoup.",
                              "D'accord, je regarde.",
                              "Parfait, à demain.",
                              "C'est noté 👍",
                              "Oui",
                              "Très bien",
                              "Je vous rappelle dans l'après-midi."};
const char *const kWords[] = {"plombier",
                              "rendez-vous",
                              "demain",
                              "matin",
                              "possible",
                              "confirmer",
                              "adresse",
                              "réservation",
                              "restaurant",
                              "table",
                              "personnes",
                              "vers",
                              "heures",
                              "merci",
                              "voir",
                              "disponible",
                              "billets",
                              "train",
                              "Lyon",
                              "Paris",
                              "passeport",
                              "mairie",
                              "https://www.sncf-connect.com",
                              "chat",
                              "garde",
                              "semaine"};

QString sentence(std::mt19937 &rng, int words) {
    QStringList out;
    for (int i = 0; i < words; ++i)
        out.append(QString::fromUtf8(kWords[rng() % std::size(kWords)]));
    QString s = out.join(QLatin1Char(' '));
    s[0] = s[0].toUpper();
    return s + QLatin1Char('.');
}
} // namespace

QList<Message> benchConversation(int count) {
    std::mt19937 rng(20260302);
    QList<Message> out;
    out.reserve(count);
    QDateTime t(QDate(2026, 1, 5), QTime(9, 0));
    Message::Author author = Message::Author::User;
    for (int i = 0; i < count; ++i) {
        Message m;
        m.id = QStringLiteral("%1").arg(i, 24, 16, QLatin1Char('0'));
        if (rng() % 3 == 0)
            author =
                author == Message::Author::User ? Message::Author::Business : Message::Author::User;
        m.author = author;
        m.authorText =
            author == Message::Author::User ? QStringLiteral("user") : QStringLiteral("business");
        // Minutes apart, with a gap of hours now and then (days change too).
        t = t.addSecs(rng() % 10 == 0 ? 3600 * (1 + rng() % 20) : 30 + rng() % 240);
        m.received = t;
        const unsigned kind = rng() % 100;
        if (kind < 3) {
            m.type = QStringLiteral("image/jpeg");
            m.mediaUrl = QUrl(QStringLiteral("http://127.0.0.1:9/media/%1/photo-%2.jpg")
                                  .arg(i, 32, 16, QLatin1Char('0'))
                                  .arg(i));
        } else if (kind < 6) {
            m.type = QStringLiteral("application/pdf");
            m.mediaUrl = QUrl(QStringLiteral("http://127.0.0.1:9/media/%1/devis-%2.pdf")
                                  .arg(i, 32, 16, QLatin1Char('0'))
                                  .arg(i));
        } else {
            m.type = QStringLiteral("text");
            if (kind < 50)
                m.content = QString::fromUtf8(kShort[rng() % std::size(kShort)]);
            else if (kind < 85)
                m.content = sentence(rng, 8 + int(rng() % 20));
            else if (kind < 95)
                m.content = sentence(rng, 40 + int(rng() % 60)) + QLatin1Char('\n')
                            + sentence(rng, 10 + int(rng() % 20));
            else
                m.content = sentence(rng, 120 + int(rng() % 80));
        }
        out.append(m);
    }
    return out;
}
