#include "countries.h"

#include <QCollator>
#include <QHash>
#include <QLocale>

#include <algorithm>

namespace {
struct Row {
    const char *code;
    const char *name; // UTF-8
};

// Generated from Debian's iso-codes (iso_3166-1.json and its French catalogue),
// sorted by the French name without accents.
const Row kRows[] = {
    {"AF", "Afghanistan"},
    {"ZA", "Afrique du Sud"},
    {"AX", "Åland, Îles"},
    {"AL", "Albanie"},
    {"DZ", "Algérie"},
    {"DE", "Allemagne"},
    {"AD", "Andorre"},
    {"AO", "Angola"},
    {"AI", "Anguilla"},
    {"AQ", "Antarctique"},
    {"AG", "Antigua-et-Barbuda"},
    {"SA", "Arabie saoudite"},
    {"AR", "Argentine"},
    {"AM", "Arménie"},
    {"AW", "Aruba"},
    {"AU", "Australie"},
    {"AT", "Autriche"},
    {"AZ", "Azerbaïdjan"},
    {"BS", "Bahamas"},
    {"BH", "Bahreïn"},
    {"BD", "Bangladesh"},
    {"BB", "Barbade"},
    {"BY", "Bélarus"},
    {"BE", "Belgique"},
    {"BZ", "Belize"},
    {"BJ", "Bénin"},
    {"BM", "Bermudes"},
    {"BT", "Bhoutan"},
    {"MM", "Birmanie"},
    {"BO", "Bolivie"},
    {"BQ", "Bonaire, Saint-Eustache et Saba"},
    {"BA", "Bosnie-Herzégovine"},
    {"BW", "Botswana"},
    {"BR", "Brésil"},
    {"BN", "Brunéi Darussalam"},
    {"BG", "Bulgarie"},
    {"BF", "Burkina Faso"},
    {"BI", "Burundi"},
    {"KH", "Cambodge"},
    {"CM", "Cameroun"},
    {"CA", "Canada"},
    {"CV", "Cap-Vert"},
    {"CL", "Chili"},
    {"CN", "Chine"},
    {"CX", "Christmas, Île"},
    {"CY", "Chypre"},
    {"CC", "Cocos (Keeling), Îles"},
    {"CO", "Colombie"},
    {"KM", "Comores"},
    {"KP", "Corée du Nord"},
    {"KR", "Corée du Sud"},
    {"CR", "Costa Rica"},
    {"CI", "Côte d'Ivoire"},
    {"HR", "Croatie"},
    {"CU", "Cuba"},
    {"CW", "Curaçao"},
    {"DK", "Danemark"},
    {"DJ", "Djibouti"},
    {"DM", "Dominique"},
    {"EG", "Égypte"},
    {"AE", "Émirats arabes unis"},
    {"EC", "Équateur"},
    {"ER", "Érythrée"},
    {"ES", "Espagne"},
    {"EE", "Estonie"},
    {"SZ", "Eswatini"},
    {"US", "États-Unis"},
    {"ET", "Éthiopie"},
    {"FJ", "Fidji"},
    {"FI", "Finlande"},
    {"FR", "France"},
    {"GA", "Gabon"},
    {"GM", "Gambie"},
    {"GE", "Géorgie"},
    {"GS", "Géorgie du Sud et les îles Sandwich du Sud"},
    {"GH", "Ghana"},
    {"GI", "Gibraltar"},
    {"GR", "Grèce"},
    {"GD", "Grenade"},
    {"GL", "Groënland"},
    {"GP", "Guadeloupe"},
    {"GU", "Guam"},
    {"GT", "Guatemala"},
    {"GG", "Guernesey"},
    {"GN", "Guinée"},
    {"GQ", "Guinée Équatoriale"},
    {"GW", "Guinée-Bissau"},
    {"GY", "Guyana"},
    {"GF", "Guyane française"},
    {"HT", "Haïti"},
    {"HN", "Honduras"},
    {"HK", "Hong Kong"},
    {"HU", "Hongrie"},
    {"BV", "Île Bouvet"},
    {"IM", "Île de Man"},
    {"NF", "Île Norfolk"},
    {"KY", "Îles Caïmans"},
    {"CK", "Îles Cook"},
    {"FO", "Îles Féroé"},
    {"HM", "Îles Heard-et-MacDonald"},
    {"MP", "Îles Mariannes du Nord"},
    {"MH", "Îles Marshall"},
    {"UM", "Îles mineures éloignées des États-Unis"},
    {"PN", "Îles Pitcairn"},
    {"TC", "Îles Turques-et-Caïques"},
    {"VG", "Îles Vierges britanniques"},
    {"VI", "Îles Vierges, États-Unis"},
    {"IN", "Inde"},
    {"ID", "Indonésie"},
    {"IQ", "Irak"},
    {"IR", "Iran, République islamique d'"},
    {"IE", "Irlande"},
    {"IS", "Islande"},
    {"IL", "Israël"},
    {"IT", "Italie"},
    {"JM", "Jamaïque"},
    {"JP", "Japon"},
    {"JE", "Jersey"},
    {"JO", "Jordanie"},
    {"KZ", "Kazakhstan"},
    {"KE", "Kenya"},
    {"KG", "Kirghizistan"},
    {"KI", "Kiribati"},
    {"KW", "Koweït"},
    {"LA", "Lao, République démocratique populaire"},
    {"LS", "Lesotho"},
    {"LV", "Lettonie"},
    {"LB", "Liban"},
    {"LR", "Libéria"},
    {"LY", "Libye"},
    {"LI", "Liechtenstein"},
    {"LT", "Lituanie"},
    {"LU", "Luxembourg"},
    {"MO", "Macau"},
    {"MK", "Macédoine du Nord"},
    {"MG", "Madagascar"},
    {"MY", "Malaisie"},
    {"MW", "Malawi"},
    {"MV", "Maldives"},
    {"ML", "Mali"},
    {"FK", "Malouines, Îles (Falkland)"},
    {"MT", "Malte"},
    {"MA", "Maroc"},
    {"MQ", "Martinique"},
    {"MU", "Maurice"},
    {"MR", "Mauritanie"},
    {"YT", "Mayotte"},
    {"MX", "Mexique"},
    {"FM", "Micronésie, États fédérés de"},
    {"MD", "Moldavie"},
    {"MC", "Monaco"},
    {"MN", "Mongolie"},
    {"ME", "Monténégro"},
    {"MS", "Montserrat"},
    {"MZ", "Mozambique"},
    {"NA", "Namibie"},
    {"NR", "Nauru"},
    {"NP", "Népal"},
    {"NI", "Nicaragua"},
    {"NE", "Niger"},
    {"NG", "Nigeria"},
    {"NU", "Nioue"},
    {"NO", "Norvège"},
    {"NC", "Nouvelle-Calédonie"},
    {"NZ", "Nouvelle-Zélande"},
    {"OM", "Oman"},
    {"UG", "Ouganda"},
    {"UZ", "Ouzbékistan"},
    {"PK", "Pakistan"},
    {"PW", "Palaos"},
    {"PS", "Palestine, État de"},
    {"PA", "Panama"},
    {"PG", "Papouasie-Nouvelle-Guinée"},
    {"PY", "Paraguay"},
    {"NL", "Pays-Bas"},
    {"PE", "Pérou"},
    {"PH", "Philippines"},
    {"PL", "Pologne"},
    {"PF", "Polynésie française"},
    {"PR", "Porto Rico"},
    {"PT", "Portugal"},
    {"QA", "Qatar"},
    {"CF", "République centrafricaine"},
    {"CD", "République démocratique du Congo"},
    {"DO", "République dominicaine"},
    {"CG", "République du Congo"},
    {"RE", "Réunion, Île de la"},
    {"RO", "Roumanie"},
    {"GB", "Royaume-Uni"},
    {"RU", "Russie, Fédération de"},
    {"RW", "Rwanda"},
    {"EH", "Sahara occidental"},
    {"BL", "Saint-Barthélemy"},
    {"KN", "Saint-Christophe-et-Niévès"},
    {"SM", "Saint-Marin"},
    {"MF", "Saint-Martin (partie française)"},
    {"SX", "Saint-Martin (partie néerlandaise)"},
    {"PM", "Saint-Pierre-et-Miquelon"},
    {"VA", "Saint-Siège (état de la cité du Vatican)"},
    {"VC", "Saint-Vincent-et-les-Grenadines"},
    {"SH", "Sainte-Hélène, Ascension et Tristan da Cunha"},
    {"LC", "Sainte-Lucie"},
    {"SB", "Salomon, Îles"},
    {"SV", "Salvador"},
    {"WS", "Samoa"},
    {"AS", "Samoa américaines"},
    {"ST", "Sao Tomé-et-Principe"},
    {"SN", "Sénégal"},
    {"RS", "Serbie"},
    {"SC", "Seychelles"},
    {"SL", "Sierra Leone"},
    {"SG", "Singapour"},
    {"SK", "Slovaquie"},
    {"SI", "Slovénie"},
    {"SO", "Somalie"},
    {"SD", "Soudan"},
    {"SS", "Soudan du Sud"},
    {"LK", "Sri Lanka"},
    {"SE", "Suède"},
    {"CH", "Suisse"},
    {"SR", "Surinam"},
    {"SJ", "Svalbard et île Jan Mayen"},
    {"SY", "Syrienne, République arabe"},
    {"TJ", "Tadjikistan"},
    {"TW", "Taïwan"},
    {"TZ", "Tanzanie"},
    {"TD", "Tchad"},
    {"CZ", "Tchéquie"},
    {"TF", "Terres australes françaises"},
    {"IO", "Territoire britannique de l'océan Indien"},
    {"TH", "Thaïlande"},
    {"TL", "Timor oriental"},
    {"TG", "Togo"},
    {"TK", "Tokelau"},
    {"TO", "Tonga"},
    {"TT", "Trinité-et-Tobago"},
    {"TN", "Tunisie"},
    {"TR", "Türkiye"},
    {"TM", "Turkménistan"},
    {"TV", "Tuvalu"},
    {"UA", "Ukraine"},
    {"UY", "Uruguay"},
    {"VU", "Vanuatu"},
    {"VE", "Vénézuela"},
    {"VN", "Viêt Nam"},
    {"WF", "Wallis et Futuna"},
    {"YE", "Yémen"},
    {"ZM", "Zambie"},
    {"ZW", "Zimbabwe"},
};

struct Tables {
    QList<Countries::Entry> entries;
    QList<QString> englishNames; // by the index of entries
    QHash<QString, int> byCode;
    QHash<QString, QString> byFoldedName;
};

QString folded(const QString &text) {
    // Accents and case do not matter when someone types a country name.
    QString s = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(s.size());
    for (const QChar c : s) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c.toLower());
    }
    return out.simplified();
}

const Tables &tables() {
    static const Tables t = [] {
        Tables t;
        t.entries.reserve(int(std::size(kRows)));
        for (const Row &r : kRows) {
            const QString code = QString::fromLatin1(r.code);
            const QString name = QString::fromUtf8(r.name);
            t.byCode.insert(code, int(t.entries.size()));
            t.byFoldedName.insert(folded(name), code);
            t.entries.append({code, name});
            // Qt's CLDR names in English; a code CLDR does not know keeps the French one.
            const QLocale::Territory territory = QLocale::codeToTerritory(code);
            t.englishNames.append(
                territory == QLocale::AnyTerritory ? name : QLocale::territoryToString(territory));
        }
        // English names too, as CSV files exported elsewhere spell them; a French name
        // wins where the two languages share a spelling for different countries.
        for (int i = 0; i < t.entries.size(); ++i) {
            const QString english = folded(t.englishNames.at(i));
            if (!t.byFoldedName.contains(english))
                t.byFoldedName.insert(english, t.entries.at(i).code);
            QString plain = english;
            plain.replace(QLatin1Char('-'), QLatin1Char(' '));
            plain.remove(QLatin1Char(','));
            if (!t.byFoldedName.contains(plain))
                t.byFoldedName.insert(plain, t.entries.at(i).code);
        }
        // A few names people write that differ from the catalogue's.
        const std::pair<const char *, const char *> aliases[] = {
            {"royaume uni", "GB"},    {"angleterre", "GB"},
            {"united kingdom", "GB"}, {"uk", "GB"},
            {"etats unis", "US"},     {"usa", "US"},
            {"united states", "US"},  {"germany", "DE"},
            {"spain", "ES"},          {"italy", "IT"},
            {"belgium", "BE"},        {"switzerland", "CH"},
            {"russie", "RU"},         {"reunion", "RE"},
            {"la reunion", "RE"},     {"netherlands", "NL"},
            {"luxembourg", "LU"},     {"portugal", "PT"},
        };
        for (const auto &[alias, code] : aliases)
            t.byFoldedName.insert(QString::fromLatin1(alias), QString::fromLatin1(code));
        return t;
    }();
    return t;
}
} // namespace

const QList<Countries::Entry> &Countries::all() {
    return tables().entries;
}

bool Countries::isValidCode(const QString &code) {
    return tables().byCode.contains(code);
}

QString Countries::frenchName(const QString &code) {
    const int i = indexOfCode(code);
    return i < 0 ? QString() : tables().entries.at(i).name;
}

QString Countries::englishName(const QString &code) {
    const int i = indexOfCode(code);
    return i < 0 ? QString() : tables().englishNames.at(i);
}

QString Countries::name(const QString &code, const QLocale &locale) {
    return locale.language() == QLocale::French ? frenchName(code) : englishName(code);
}

QList<Countries::Entry> Countries::sorted(const QLocale &locale) {
    if (locale.language() == QLocale::French)
        return all();
    QList<Entry> out;
    out.reserve(all().size());
    for (int i = 0; i < all().size(); ++i)
        out.append({all().at(i).code, tables().englishNames.at(i)});
    QCollator collator(locale);
    std::sort(out.begin(), out.end(), [&collator](const Entry &a, const Entry &b) {
        return collator.compare(a.name, b.name) < 0;
    });
    return out;
}

int Countries::indexOfCode(const QString &code) {
    return tables().byCode.value(code, -1);
}

QString Countries::codeFromText(const QString &text) {
    const QString trimmed = text.trimmed();
    if (trimmed.size() == 2) {
        const QString upper = trimmed.toUpper();
        return isValidCode(upper) ? upper : QString();
    }
    QString f = folded(trimmed);
    f.replace(QLatin1Char('-'), QLatin1Char(' '));
    const auto &names = tables().byFoldedName;
    if (const auto it = names.constFind(f); it != names.constEnd())
        return it.value();
    // The catalogue's own names contain hyphens; try the folded form with them too.
    return names.value(folded(trimmed));
}
