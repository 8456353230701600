#include "demoseed.h"

#include "../sandboxserver.h"
#include "sandboxstore.h"

#include <QDateTime>
#include <QSqlError>

namespace DemoSeed {

QList<DemoCredentials> credentials() {
    return {
        {20, QStringLiteral("Conciergerie Démonstration"), QStringLiteral("demo-20-key"),
         QStringLiteral("demo-20-secret")},
        {280, QStringLiteral("Conciergerie Rive Gauche"), QStringLiteral("demo-280-key"),
         QStringLiteral("demo-280-secret")},
    };
}

namespace {
struct Group {
    qint64 id;
    qint64 enterpriseId;
    const char *name;
};
const Group kGroups[] = {
    {373, 20, "Sous conciergerie #1 Demonstration"},
    {374, 20, "Sous conciergerie #2 Demonstration"},
    {375, 280, "Rive Gauche — Montparnasse"},
    {376, 280, "Rive Gauche — Saint-Germain"},
};

// The tag names of the reference's stats example, in its order; main_tag "5"
// (the default of a new conversation) is services_individus.
const char *const kTags[] = {
    "sports",
    "enfants",
    "voyages",
    "services_domicile",
    "services_individus",
    "animaux",
    "auto_moto",
    "coaching",
    "livraison",
    "administratif",
    "demenagement",
    "anniversaire",
    "mariage_pacs",
    "evg",
    "romantique",
    "fetes",
    "reservation",
    "marketplace",
    "recherches",
    "medical",
    "bons_plans",
};

struct Category {
    qint64 id;
    const char *name;
};
const Category kCategories[] = {
    {2, "Accueil"},
    {7, "Ménage"},
    {12, "Garde d'enfants"},
    {15, "Jardinage"},
    {18, "Bricolage"},
    {21, "Repassage-MyPressing"},
    {24, "Livraison courses"},
};
} // namespace

bool seed(SandboxStore &store, bool full, const QDateTime &now, QString *error) {
    store.transaction();
    bool ok = true;
    for (const DemoCredentials &c : credentials()) {
        ok = ok
             && store.exec(QStringLiteral("INSERT INTO enterprises (id, name, api_key, api_secret)"
                                          " VALUES (?, ?, ?, ?)"),
                           {c.enterpriseId, c.name, c.apiKey, c.apiSecret});
    }
    for (const Group &g : kGroups) {
        ok = ok
             && store.exec(
                 QStringLiteral("INSERT INTO groups (id, enterprise_id, name) VALUES (?, ?, ?)"),
                 {g.id, g.enterpriseId, QString::fromUtf8(g.name)});
    }
    qint64 tagId = 1;
    for (const char *t : kTags) {
        ok = ok
             && store.exec(QStringLiteral("INSERT INTO tags (id, tag_name) VALUES (?, ?)"),
                           {tagId++, QString::fromLatin1(t)});
    }
    for (const Category &c : kCategories) {
        ok = ok
             && store.exec(QStringLiteral("INSERT INTO categories (id, name) VALUES (?, ?)"),
                           {c.id, QString::fromUtf8(c.name)});
    }
    // Ids start where the reference's examples live, so they look familiar.
    ok = ok
         && store.exec(QStringLiteral("INSERT INTO sqlite_sequence (name, seq) VALUES"
                                      " ('clients', 40300), ('stocks', 50),"
                                      " ('conversations', 83000), ('message_webhooks', 148),"
                                      " ('box_webhooks', 149)"));
    if (ok && full)
        ok = seedDemoData(store, now, error);
    if (ok)
        store.setMetaValue(QStringLiteral("seeded"),
                           full ? QStringLiteral("full") : QStringLiteral("base"));
    if (!ok) {
        store.rollback();
        if (error && error->isEmpty())
            *error = QStringLiteral("seeding failed: %1").arg(store.db().lastError().text());
        return false;
    }
    return store.commit();
}

} // namespace DemoSeed
