#include "apifieldtext.h"

#include <QHash>
#include <QStringList>

namespace {
// The titles the reference lists, with a short reason and a sentence.
struct Title {
    const char *title;
    const char *reason;
    const char *sentence;
};

const Title kTitles[] = {
    {"cannot_be_blank", QT_TRANSLATE_NOOP("ApiFieldText", "is required"),
     QT_TRANSLATE_NOOP("ApiFieldText", "This field is required.")},
    {"cannot_be_empty", QT_TRANSLATE_NOOP("ApiFieldText", "cannot be empty"),
     QT_TRANSLATE_NOOP("ApiFieldText", "This cannot be empty.")},
    {"has_already_been_taken", QT_TRANSLATE_NOOP("ApiFieldText", "is already taken"),
     QT_TRANSLATE_NOOP("ApiFieldText", "This value is already taken.")},
    {"must_be_accepted", QT_TRANSLATE_NOOP("ApiFieldText", "must be accepted"),
     QT_TRANSLATE_NOOP("ApiFieldText", "This must be accepted.")},
    {"is_invalid", QT_TRANSLATE_NOOP("ApiFieldText", "is not valid"),
     QT_TRANSLATE_NOOP("ApiFieldText", "This value is not valid.")},
    {"does_not_match", QT_TRANSLATE_NOOP("ApiFieldText", "does not match"),
     QT_TRANSLATE_NOOP("ApiFieldText", "This does not match.")},
};

const Title *titleOf(const QString &title) {
    for (const Title &t : kTitles) {
        if (title == QLatin1String(t.title))
            return &t;
    }
    return nullptr;
}
} // namespace

bool ApiFieldText::isKnownTitle(const QString &title) {
    return titleOf(title) != nullptr;
}

QString ApiFieldText::fieldName(const QString &source) {
    static const QHash<QString, const char *> names = {
        {QStringLiteral("email"), QT_TR_NOOP("Email")},
        {QStringLiteral("first_name"), QT_TR_NOOP("First name")},
        {QStringLiteral("last_name"), QT_TR_NOOP("Last name")},
        {QStringLiteral("phone_prefix"), QT_TR_NOOP("Phone prefix")},
        {QStringLiteral("phone"), QT_TR_NOOP("Phone")},
        {QStringLiteral("address"), QT_TR_NOOP("Address")},
        {QStringLiteral("zip_code"), QT_TR_NOOP("Postal code")},
        {QStringLiteral("city"), QT_TR_NOOP("City")},
        {QStringLiteral("country"), QT_TR_NOOP("Country")},
        {QStringLiteral("gender"), QT_TR_NOOP("Gender")},
        {QStringLiteral("group_id"), QT_TR_NOOP("Group")},
        {QStringLiteral("group"), QT_TR_NOOP("Group")},
        {QStringLiteral("optin"), QT_TR_NOOP("Mailings accepted")},
        {QStringLiteral("cgu"), QT_TR_NOOP("Conditions accepted")},
        {QStringLiteral("client"), QT_TR_NOOP("Client")},
        {QStringLiteral("client_id"), QT_TR_NOOP("Client")},
        {QStringLiteral("stock_id"), QT_TR_NOOP("Pass stock")},
        {QStringLiteral("stock"), QT_TR_NOOP("Pass stock")},
        {QStringLiteral("payment_reference"), QT_TR_NOOP("Payment reference")},
        {QStringLiteral("end_subscription_date"), QT_TR_NOOP("Subscription end")},
        {QStringLiteral("api_key"), QT_TR_NOOP("API key")},
        {QStringLiteral("api_secret"), QT_TR_NOOP("Secret")},
        {QStringLiteral("message"), QT_TR_NOOP("Message")},
        {QStringLiteral("tag_name"), QT_TR_NOOP("Tag")},
        {QStringLiteral("box_location_uid"), QT_TR_NOOP("Box location")},
        {QStringLiteral("url"), QT_TR_NOOP("Address")},
    };
    const char *name = names.value(source);
    return name ? tr(name) : source;
}

QString ApiFieldText::reason(const ApiFieldError &error) {
    if (const Title *t = titleOf(error.title))
        return tr(t->reason);
    return error.detail.isEmpty() ? error.title : error.detail;
}

QString ApiFieldText::sentence(const ApiFieldError &error) {
    if (const Title *t = titleOf(error.title))
        return tr(t->sentence);
    return error.detail.isEmpty() ? error.title : error.detail;
}

QString ApiFieldText::describe(const ApiFieldError &error) {
    if (error.source.isEmpty())
        return reason(error);
    return tr("%1: %2").arg(fieldName(error.source), reason(error));
}

QList<ApiFieldError> ApiFieldText::forPeople(const QList<ApiFieldError> &errors) {
    QList<ApiFieldError> out;
    out.reserve(errors.size());
    for (const ApiFieldError &e : errors)
        out.append({e.title, e.source, sentence(e)});
    return out;
}

QString ApiFieldText::serverDetails(const QList<ApiFieldError> &errors) {
    QStringList lines;
    for (const ApiFieldError &e : errors) {
        const QString detail = e.detail.isEmpty() ? e.title : e.detail;
        lines.append(e.source.isEmpty() ? detail : e.source + QStringLiteral(": ") + detail);
    }
    return lines.join(QLatin1Char('\n'));
}

QString ApiFieldText::message(const ApiError &error) {
    if (error.fieldErrors.isEmpty())
        return error.message.isEmpty() ? ApiError::kindText(error.kind) : error.message;
    QStringList parts;
    for (const ApiFieldError &e : error.fieldErrors)
        parts.append(describe(e));
    QString text = ApiError::kindText(error.kind);
    if (error.httpStatus >= 400
        && (error.kind == ApiError::Kind::Validation || error.kind == ApiError::Kind::Server
            || error.kind == ApiError::Kind::Unavailable))
        text = tr("%1 (HTTP %2)").arg(text).arg(error.httpStatus);
    return tr("%1: %2").arg(text, parts.join(QStringLiteral("; ")));
}
