#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// Readable names for the API's conversation tags ("services_domicile" is a key, not
// something to print). A tag this build does not know shows as its key.
class StatsTagNames {
    Q_DECLARE_TR_FUNCTIONS(StatsTagNames)
public:
    static QString label(const QString &tagName);
    // The 21 tags of the reference, in its order.
    static QStringList knownTags();
};
