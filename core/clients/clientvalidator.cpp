#include "clientvalidator.h"

#include "callingcodes.h"
#include "clientdraft.h"
#include "countries.h"
#include "postalcodes.h"

#include <QRegularExpression>

#include <algorithm>

namespace {
const QString kEmail = QStringLiteral("email");
const QString kFirstName = QStringLiteral("first_name");
const QString kLastName = QStringLiteral("last_name");
const QString kPhonePrefix = QStringLiteral("phone_prefix");
const QString kPhone = QStringLiteral("phone");
const QString kAddress = QStringLiteral("address");
const QString kZip = QStringLiteral("zip_code");
const QString kCity = QStringLiteral("city");
const QString kCountry = QStringLiteral("country");
const QString kCgu = QStringLiteral("cgu");
const QString kOptin = QStringLiteral("optin");
const QString kGender = QStringLiteral("gender");
const QString kGroup = QStringLiteral("group_id");

ApiFieldError issue(const char *title, const QString &source, const QString &detail) {
    return {QString::fromLatin1(title), source, detail};
}

bool isBlank(const QVariant &v) {
    return !v.isValid() || v.isNull() || v.toString().trimmed().isEmpty();
}
} // namespace

const QStringList &ClientValidator::mandatoryFields() {
    static const QStringList fields = {kEmail,   kFirstName, kLastName, kPhonePrefix,
                                       kPhone,   kAddress,   kZip,      kCity,
                                       kCountry, kCgu,       kOptin};
    return fields;
}

bool ClientValidator::isValidEmail(const QString &email) {
    // Deliberately simpler than RFC 5322: one @, no spaces, a dotted domain. What the
    // server refuses beyond that comes back as a field error anyway.
    static const QRegularExpression re(QStringLiteral(
        "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
        "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.[A-Za-z]{2,}$"));
    if (email.size() > 254 || email.startsWith(QLatin1Char('.'))
        || email.contains(QStringLiteral("..")))
        return false;
    return re.match(email).hasMatch();
}

QString ClientValidator::normalizedPhonePrefix(const QString &prefix) {
    QString p = prefix.trimmed();
    p.remove(QLatin1Char(' '));
    if (p.startsWith(QStringLiteral("00")))
        p = QLatin1Char('+') + p.mid(2);
    else if (!p.isEmpty() && p.at(0).isDigit())
        p.prepend(QLatin1Char('+'));
    return p;
}

bool ClientValidator::isValidPhonePrefix(const QString &prefix) {
    static const QRegularExpression re(QStringLiteral("^\\+[1-9][0-9]{0,3}$"));
    return re.match(prefix).hasMatch();
}

QString ClientValidator::normalizedPhone(const QString &phone) {
    QString out;
    for (const QChar c : phone) {
        if (c.isDigit())
            out.append(c);
        else if (c != QLatin1Char(' ') && c != QLatin1Char('.') && c != QLatin1Char('-')
                 && c != QLatin1Char('(') && c != QLatin1Char(')'))
            return phone.trimmed(); // not a phone number: leave it for the check to refuse
    }
    return out;
}

bool ClientValidator::isValidPhone(const QString &phone) {
    static const QRegularExpression re(QStringLiteral("^[0-9]{4,15}$"));
    return re.match(phone).hasMatch();
}

QVariantMap ClientValidator::normalized(const QVariantMap &fields) {
    QVariantMap out;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        const QVariant &v = it.value();
        if (v.typeId() != QMetaType::QString) {
            out.insert(it.key(), v);
            continue;
        }
        QString s = v.toString().trimmed();
        if (it.key() == kCountry)
            s = s.toUpper();
        else if (it.key() == kPhone)
            s = normalizedPhone(s);
        else if (it.key() == kPhonePrefix)
            s = normalizedPhonePrefix(s);
        else if (it.key() == kGender)
            s = s.toUpper();
        out.insert(it.key(), s);
    }
    const QString country = out.value(kCountry).toString();
    // A blank prefix is the country's own.
    if (out.contains(kPhonePrefix) && out.value(kPhonePrefix).toString().isEmpty()
        && out.value(kPhonePrefix).typeId() == QMetaType::QString)
        out.insert(kPhonePrefix, CallingCodes::forCountry(country));
    if (out.value(kPhone).typeId() == QMetaType::QString) {
        QString prefix = out.value(kPhonePrefix).toString();
        const QString phone = splitPhone(out.value(kPhone).toString(), &prefix);
        out.insert(kPhone, phone);
        if (out.contains(kPhonePrefix) || !prefix.isEmpty())
            out.insert(kPhonePrefix, prefix);
    }
    if (out.value(kZip).typeId() == QMetaType::QString && !country.isEmpty())
        out.insert(kZip, PostalCodes::normalized(country, out.value(kZip).toString()));
    return out;
}

QString ClientValidator::splitPhone(const QString &phone, QString *prefix) {
    QString p = phone;
    // "+33 (0)6 12..." is how some write the trunk 0 next to the international code.
    p.remove(QStringLiteral("(0)"));
    const bool international = p.startsWith(QLatin1Char('+')) || p.startsWith(QLatin1String("00"));
    if (p.startsWith(QLatin1Char('+')))
        p.remove(0, 1);
    else if (international)
        p.remove(0, 2);
    p = normalizedPhone(p);
    const bool digitsOnly =
        !p.isEmpty() && std::all_of(p.cbegin(), p.cend(), [](QChar c) { return c.isDigit(); });
    if (!digitsOnly)
        return international ? phone.trimmed() : p; // not a number: the check refuses it
    if (international) {
        const QString code = CallingCodes::leadingCode(p);
        if (code.isEmpty())
            return phone.trimmed();
        *prefix = code;
        p = p.mid(code.size() - 1);
    }
    if (p.startsWith(QLatin1Char('0')) && p.size() > 4 && CallingCodes::dropsTrunkZero(*prefix))
        p.remove(0, 1);
    return p;
}

QList<ApiFieldError> ClientValidator::validate(const QVariantMap &fields, Mode mode,
                                               const QList<qint64> &groupIds) {
    QList<ApiFieldError> issues;
    for (const QString &field : mandatoryFields()) {
        if (field == kCgu && mode == Mode::Update)
            continue;
        const bool present = fields.contains(field);
        if ((mode == Mode::Create && !present) || (present && isBlank(fields.value(field))))
            issues.append(issue("cannot_be_blank", field, tr("This field is required.")));
    }
    const auto has = [&](const QString &f) { return !isBlank(fields.value(f)); };

    if (has(kEmail) && !isValidEmail(fields.value(kEmail).toString().trimmed()))
        issues.append(issue("is_invalid", kEmail, tr("This is not a valid email address.")));
    if (has(kCountry) && !Countries::isValidCode(fields.value(kCountry).toString()))
        issues.append(
            issue("is_invalid", kCountry, tr("Choose a country from the list (ISO 3166-1 code).")));
    if (has(kPhonePrefix) && !isValidPhonePrefix(fields.value(kPhonePrefix).toString()))
        issues.append(issue("is_invalid", kPhonePrefix,
                            tr("A phone prefix looks like +33 (1 to 4 digits).")));
    if (has(kPhone) && !isValidPhone(fields.value(kPhone).toString()))
        issues.append(
            issue("is_invalid", kPhone, tr("A phone number has 4 to 15 digits, without prefix.")));
    if (has(kZip) && has(kCountry)) {
        const QString why =
            PostalCodes::problem(fields.value(kCountry).toString(), fields.value(kZip).toString());
        if (!why.isEmpty())
            issues.append(issue("is_invalid", kZip, why));
    }
    if (mode == Mode::Create && fields.contains(kCgu) && !isBlank(fields.value(kCgu))
        && !fields.value(kCgu).toBool())
        issues.append(
            issue("must_be_accepted", kCgu, tr("The client must accept the general conditions.")));
    if (has(kGender)) {
        const QString g = fields.value(kGender).toString();
        if (g != QLatin1String("MALE") && g != QLatin1String("FEMALE"))
            issues.append(issue("is_invalid", kGender, tr("Gender is MALE, FEMALE or empty.")));
    }
    if (has(kGroup) && !groupIds.isEmpty()) {
        bool ok = false;
        const qint64 id = fields.value(kGroup).toLongLong(&ok);
        if (!ok || !groupIds.contains(id))
            issues.append(
                issue("is_invalid", kGroup, tr("This group does not belong to the enterprise.")));
    }
    return issues;
}

ClientDraft ClientValidator::toDraft(const QVariantMap &fields) {
    ClientDraft d;
    const auto text = [&](const QString &f) { return fields.value(f).toString().trimmed(); };
    d.email = text(kEmail);
    d.firstName = text(kFirstName);
    d.lastName = text(kLastName);
    d.phonePrefix = text(kPhonePrefix);
    d.phone = text(kPhone);
    d.address = text(kAddress);
    d.zipCode = text(kZip);
    d.city = text(kCity);
    d.country = text(kCountry);
    d.cgu = fields.value(kCgu).toBool();
    d.optin = fields.value(kOptin).toBool();
    d.gender = Client::genderFromApi(text(kGender));
    bool ok = false;
    const qint64 group = fields.value(kGroup).toLongLong(&ok);
    if (ok && group > 0)
        d.groupId = group;
    return d;
}
