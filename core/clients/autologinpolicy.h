#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

// Decides whether a one-time login link from the API may be opened in the browser:
// it carries a credential, so it goes only to the API's own host, over https (plain
// http only on loopback, which is the embedded demo sandbox).
class AutologinPolicy {
    Q_DECLARE_TR_FUNCTIONS(AutologinPolicy)
public:
    // reason, when refused, says why in words for the user.
    static bool isAllowed(const QUrl &link, const QUrl &apiBaseUrl, QString *reason = nullptr);
};
