// Jobbers Back Office: command line, translations and the wiring of core, shell and
// pages. --demo embeds the sandbox and signs in to it with no dialog.
#include "admin/adminwiring.h"
#include "admin/ownwebhooks.h"
#include "auth/authservice.h"
#include "auth/credentialstore.h"
#include "chat/chatwiring.h"
#include "clients/clientspage.h"
#include "clients/clientswiring.h"
#include "net/apiclient.h"
#include "passes/passeswiring.h"
#include "sandboxserver.h"
#include "screenshotter.h"
#include "shell/appservices.h"
#include "shell/appsettings.h"
#include "shell/fieldnamer.h"
#include "shell/mainwindow.h"
#include "shell/shellcontroller.h"
#include "stats/statswiring.h"
#include "tasks/taskregistry.h"
#include "ui.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <memory>

namespace {
struct Options {
    bool demo = false;
    QUrl baseUrl;
    QString language;
    bool resetSettings = false;
    QString screenshotsDir;
};

Options parseCommandLine(const QApplication &app) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Back office for the Jobbers One API."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QApplication::translate("main", "Start an embedded sandbox of the API with sample data "
                                        "and sign in to it."));
    const QCommandLineOption baseUrl(QStringLiteral("base-url"),
                                     QApplication::translate("main", "Address of the API."),
                                     QStringLiteral("url"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QApplication::translate("main", "Language: fr or en."),
                                  QStringLiteral("fr|en"));
    const QCommandLineOption reset(
        QStringLiteral("reset-settings"),
        QApplication::translate("main", "Forget every setting and the window layout."));
    QCommandLineOption shots(QStringLiteral("screenshots"), QString(), QStringLiteral("dir"));
    shots.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({demo, baseUrl, lang, reset, shots});
    parser.process(app);

    Options o;
    o.demo = parser.isSet(demo);
    o.baseUrl = QUrl::fromUserInput(parser.value(baseUrl));
    o.language = parser.value(lang);
    o.resetSettings = parser.isSet(reset);
    o.screenshotsDir = parser.value(shots);
    return o;
}
} // namespace

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    // Fields named after their labels, for screen readers and test robots (AT-SPI).
    app.installEventFilter(new FieldNamer(&app));
    QApplication::setOrganizationName(QStringLiteral("Jobbers"));
    QApplication::setOrganizationDomain(QStringLiteral("jobbers.com"));
    QApplication::setApplicationName(QStringLiteral("BackOffice"));
    QApplication::setApplicationDisplayName(QStringLiteral("Jobbers Back Office"));
    QApplication::setApplicationVersion(QStringLiteral(JOBBERS_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("jobbers-backoffice"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/jobbers-backoffice.svg")));

    const Options options = parseCommandLine(app);
    if (options.resetSettings)
        AppSettings::reset();
    AppSettings settings;
    const QString language = AppSettings::availableLanguages().contains(options.language)
                                 ? options.language
                                 : settings.effectiveLanguage();
    JobbersUi::installTranslations(language);

    // --demo keeps its local data (client directory, pass references) in a throwaway
    // folder: the embedded sandbox is new on every run, and the user's own file must
    // never fill with demo clients.
    std::unique_ptr<QTemporaryDir> demoData;
    if (options.demo)
        demoData = std::make_unique<QTemporaryDir>();
    const QString localData =
        demoData ? demoData->filePath(QStringLiteral("local.sqlite"))
                 : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                       + QStringLiteral("/local.sqlite");

    TaskRegistry tasks;
    ApiClient client;
    CredentialStore credentials;
    AuthService auth(&client, &credentials);
    AppServices services(&client, &tasks, localData);
    MainWindow window(&tasks);
    ShellController shell(&auth, &window);
    // One wiring per room: each registers its page (built when first shown) and plugs
    // into the shell's actions. They go with the window.
    auto *clientsRoom = new ClientsWiring(&services, &window);
    new PassesWiring(&services, &window);
    auto *statsRoom = new StatsWiring(&services, &window);
    // A client picked in the Stats room (the month's clients who never signed in) opens
    // in the Clients room: its page, searched for that email.
    QObject::connect(statsRoom, &StatsWiring::openClientRequested, &window,
                     [&window, clientsRoom](const QString &email) {
                         window.setCurrentSection(MainWindow::Section::Clients);
                         ClientsPage *page = clientsRoom->clientsPage();
                         page->searchField()->setText(email);
                         page->focusSearch();
                     });
    // Before signing in: the activity log records the whole session.
    // The app's own webhooks: the Conversations room declares its receiver, the Admin
    // room marks it in its lists and does not offer to delete it.
    auto *ownWebhooks = new OwnWebhooks(&window);
    new AdminWiring(&services, &window, ownWebhooks);
    auto *chatRoom = new ChatWiring(&services, &window);
    chatRoom->setOwnWebhooks(ownWebhooks);

    std::unique_ptr<SandboxServer> sandbox;
    if (options.demo) {
        SandboxOptions sandboxOptions;
        sandboxOptions.port = 0;
        sandboxOptions.logRequests = false;
        // Demo life: the clients answer the agent, so live updates and notifications show.
        sandboxOptions.demoReplies = true;
        sandbox = std::make_unique<SandboxServer>(sandboxOptions);
        QString error;
        if (!sandbox->start(&error)) {
            QTextStream(stderr) << "cannot start the embedded sandbox: " << error << Qt::endl;
            return 1;
        }
        window.setDemo(true);
        const DemoCredentials demo = SandboxServer::demoCredentials().constFirst();
        // Not through the dialog: nothing is written to the keychain or the settings.
        shell.signInDirectly(sandbox->baseUrl(), demo.apiKey, demo.apiSecret);
    } else {
        if (options.baseUrl.isValid() && !options.baseUrl.isEmpty())
            settings.setBaseUrl(options.baseUrl);
        QObject::connect(&shell, &ShellController::loginCancelled, &app, &QApplication::quit);
        // After show(), so the dialog opens over the window.
        QTimer::singleShot(0, &shell, &ShellController::start);
    }

    if (!options.screenshotsDir.isEmpty()) {
        auto *shooter = new Screenshotter(&window, options.screenshotsDir, &app);
        QObject::connect(&shell, &ShellController::signedIn, shooter, &Screenshotter::start);
        QObject::connect(&shell, &ShellController::signInFailed, &app, [] {
            QTextStream(stderr) << "signing in failed; no screenshots" << Qt::endl;
            QApplication::exit(1);
        });
        QObject::connect(shooter, &Screenshotter::done, &app,
                         [](bool ok) { QApplication::exit(ok ? 0 : 1); });
    }

    window.show();
    return app.exec();
}
