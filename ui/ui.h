#pragma once

#include <QString>

// Library-wide helpers of jobbers_ui.
namespace JobbersUi {

// Loads the embedded translation of the application for language ("fr", "en") and
// Qt's own, and installs them on the application. Returns false if the
// application's own could not be loaded (then the source strings, English, show).
bool installTranslations(const QString &language);

} // namespace JobbersUi
