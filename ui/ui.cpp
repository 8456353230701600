#include "ui.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace JobbersUi {

bool installTranslations(const QString &language) {
    auto *app = QCoreApplication::instance();
    // Dates, numbers and prices follow the chosen language too; a system locale of that
    // language (fr_BE, en_GB...) is kept as it is.
    const QLocale chosen(language);
    if (QLocale::system().language() != chosen.language())
        QLocale::setDefault(chosen);
    // Qt's own strings (standard buttons, context menus). Absent when the distribution's
    // translations package is not installed; the application still works.
    auto *qt = new QTranslator(app);
    if (qt->load(QStringLiteral("qtbase_") + language,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    auto *own = new QTranslator(app);
    if (!own->load(QStringLiteral(":/i18n/jobbers_") + language)) {
        delete own;
        return false;
    }
    QCoreApplication::installTranslator(own);
    return true;
}

} // namespace JobbersUi
