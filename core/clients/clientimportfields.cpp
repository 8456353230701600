#include "clientimportfields.h"

#include "clients/clientsmodel.h"
#include "net/apifieldtext.h"

#include <QHash>

const QStringList &ClientImportFields::targetFields() {
    static const QStringList fields = {
        QStringLiteral("email"),        QStringLiteral("first_name"), QStringLiteral("last_name"),
        QStringLiteral("phone_prefix"), QStringLiteral("phone"),      QStringLiteral("address"),
        QStringLiteral("zip_code"),     QStringLiteral("city"),       QStringLiteral("country"),
        QStringLiteral("gender"),       QStringLiteral("group_id"),   QStringLiteral("optin"),
        QStringLiteral("cgu"),
    };
    return fields;
}

QString ClientImportFields::fieldLabel(const QString &field) {
    // The same names as the API's field errors use (the form's labels).
    return ApiFieldText::fieldName(field);
}

QString ClientImportFields::guessField(const QString &header) {
    QString h = ClientsModel::fold(header).trimmed();
    h.replace(QLatin1Char('_'), QLatin1Char(' '));
    h.replace(QLatin1Char('-'), QLatin1Char(' '));
    h = h.simplified();
    // Exact names first: "adresse e mail" must not fall to "adresse".
    static const QHash<QString, QString> exact = [] {
        QHash<QString, QString> m;
        const auto add = [&m](const char *field, std::initializer_list<const char *> names) {
            for (const char *n : names)
                m.insert(QString::fromUtf8(n), QString::fromLatin1(field));
        };
        add("email", {"email", "e mail", "mail", "courriel", "adresse e mail", "adresse mail",
                      "adresse email", "email address", "mel"});
        add("first_name", {"prenom", "first name", "firstname", "given name", "forename"});
        add("last_name",
            {"nom", "nom de famille", "last name", "lastname", "surname", "family name", "name"});
        add("phone_prefix", {"indicatif", "prefixe", "phone prefix", "prefix", "indicatif pays",
                             "country code", "dial code"});
        add("phone", {"telephone", "tel", "portable", "mobile", "phone", "numero", "phone number",
                      "numero de telephone", "gsm"});
        add("address", {"adresse", "address", "rue", "street", "adresse postale", "voie"});
        add("zip_code",
            {"code postal", "cp", "zip", "zip code", "zipcode", "postal code", "postcode"});
        add("city", {"ville", "city", "commune", "localite", "town"});
        add("country", {"pays", "country", "code pays"});
        add("gender", {"civilite", "sexe", "genre", "gender", "sex", "title"});
        add("group_id", {"groupe", "group", "group id", "sous conciergerie"});
        add("optin", {"optin", "opt in", "newsletter", "emailings", "mailings"});
        add("cgu", {"cgu", "cgv", "conditions", "terms", "conditions generales"});
        return m;
    }();
    if (const auto it = exact.constFind(h); it != exact.constEnd())
        return it.value();
    if (h.contains(QLatin1String("mail")))
        return QStringLiteral("email");
    if (h.contains(QLatin1String("prenom")) || h.contains(QLatin1String("first")))
        return QStringLiteral("first_name");
    if (h.contains(QLatin1String("postal")) || h.contains(QLatin1String("zip")))
        return QStringLiteral("zip_code");
    if (h.contains(QLatin1String("tel")) || h.contains(QLatin1String("phone")))
        return QStringLiteral("phone");
    return {};
}

std::optional<bool> ClientImportFields::parseBoolean(const QString &text) {
    const QString t = ClientsModel::fold(text).trimmed();
    static const QStringList yes = {
        QStringLiteral("oui"),  QStringLiteral("yes"),  QStringLiteral("1"), QStringLiteral("x"),
        QStringLiteral("vrai"), QStringLiteral("true"), QStringLiteral("o"), QStringLiteral("y")};
    static const QStringList no = {QStringLiteral("non"),
                                   QStringLiteral("no"),
                                   QStringLiteral("0"),
                                   QStringLiteral("faux"),
                                   QStringLiteral("false"),
                                   QStringLiteral("n"),
                                   QString()};
    if (yes.contains(t))
        return true;
    if (no.contains(t))
        return false;
    return std::nullopt;
}

std::optional<QString> ClientImportFields::parseGender(const QString &text) {
    QString t = ClientsModel::fold(text).trimmed();
    t.remove(QLatin1Char('.'));
    static const QStringList female = {QStringLiteral("f"),      QStringLiteral("mme"),
                                       QStringLiteral("madame"), QStringLiteral("femme"),
                                       QStringLiteral("female"), QStringLiteral("mlle"),
                                       QStringLiteral("mrs"),    QStringLiteral("ms")};
    static const QStringList male = {QStringLiteral("m"),        QStringLiteral("mr"),
                                     QStringLiteral("monsieur"), QStringLiteral("homme"),
                                     QStringLiteral("male"),     QStringLiteral("h")};
    if (t.isEmpty())
        return QString();
    if (female.contains(t))
        return QStringLiteral("FEMALE");
    if (male.contains(t))
        return QStringLiteral("MALE");
    return std::nullopt;
}
