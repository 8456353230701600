#include "statstagnames.h"

#include <QHash>

namespace {
struct Known {
    const char *key;
    const char *label;
};
// QT_TRANSLATE_NOOP so that lupdate sees the labels; label() translates them.
const Known kTags[] = {
    {"sports", QT_TRANSLATE_NOOP("StatsTagNames", "Sports")},
    {"enfants", QT_TRANSLATE_NOOP("StatsTagNames", "Children")},
    {"voyages", QT_TRANSLATE_NOOP("StatsTagNames", "Travel")},
    {"services_domicile", QT_TRANSLATE_NOOP("StatsTagNames", "Home services")},
    {"services_individus", QT_TRANSLATE_NOOP("StatsTagNames", "Personal services")},
    {"animaux", QT_TRANSLATE_NOOP("StatsTagNames", "Pets")},
    {"auto_moto", QT_TRANSLATE_NOOP("StatsTagNames", "Cars and motorbikes")},
    {"coaching", QT_TRANSLATE_NOOP("StatsTagNames", "Coaching")},
    {"livraison", QT_TRANSLATE_NOOP("StatsTagNames", "Delivery")},
    {"administratif", QT_TRANSLATE_NOOP("StatsTagNames", "Paperwork")},
    {"demenagement", QT_TRANSLATE_NOOP("StatsTagNames", "Moving house")},
    {"anniversaire", QT_TRANSLATE_NOOP("StatsTagNames", "Birthdays")},
    {"mariage_pacs", QT_TRANSLATE_NOOP("StatsTagNames", "Weddings and civil unions")},
    {"evg", QT_TRANSLATE_NOOP("StatsTagNames", "Stag and hen parties")},
    {"romantique", QT_TRANSLATE_NOOP("StatsTagNames", "Romance")},
    {"fetes", QT_TRANSLATE_NOOP("StatsTagNames", "Parties")},
    {"reservation", QT_TRANSLATE_NOOP("StatsTagNames", "Bookings")},
    {"marketplace", QT_TRANSLATE_NOOP("StatsTagNames", "Marketplace")},
    {"recherches", QT_TRANSLATE_NOOP("StatsTagNames", "Research")},
    {"medical", QT_TRANSLATE_NOOP("StatsTagNames", "Medical")},
    {"bons_plans", QT_TRANSLATE_NOOP("StatsTagNames", "Good deals")},
};
} // namespace

QString StatsTagNames::label(const QString &tagName) {
    for (const Known &k : kTags) {
        if (tagName == QLatin1String(k.key))
            return tr(k.label);
    }
    return tagName;
}

QStringList StatsTagNames::knownTags() {
    QStringList out;
    for (const Known &k : kTags)
        out.append(QString::fromLatin1(k.key));
    return out;
}
