#include "mainwindow.h"

#include "appsettings.h"
#include "failurenotice.h"
#include "overviewheader.h"
#include "placeholderpage.h"
#include "progressarea.h"
#include "signedoutpage.h"
#include "statuspanel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QFrame>
#include <QHash>
#include <QIcon>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace {
// One QIcon per file for the whole process: each QIcon made from an SVG path has its
// own engine that parses the file again at first paint, and each section's icon is
// shown three times (toolbar, sidebar, page).
QHash<QString, QIcon> &iconCache() {
    static QHash<QString, QIcon> cache;
    static const bool registered = [] {
        // Emptied while the application still exists: icons hold pixmaps.
        qAddPostRoutine([] { iconCache().clear(); });
        return true;
    }();
    Q_UNUSED(registered)
    return cache;
}

QIcon cachedIcon(const QString &path) {
    QHash<QString, QIcon> &cache = iconCache();
    auto it = cache.constFind(path);
    if (it == cache.constEnd())
        it = cache.insert(path, QIcon(path));
    return *it;
}

QIcon icon(const QString &name) {
    return cachedIcon(QStringLiteral(":/icons/%1.svg").arg(name));
}
} // namespace

QList<MainWindow::Section> MainWindow::sections() {
    return {Section::Clients, Section::Passes, Section::Stats, Section::Conversations,
            Section::Admin};
}

QString MainWindow::sectionKey(Section section) {
    switch (section) {
    case Section::Clients:
        return QStringLiteral("clients");
    case Section::Passes:
        return QStringLiteral("passes");
    case Section::Stats:
        return QStringLiteral("stats");
    case Section::Conversations:
        return QStringLiteral("conversations");
    case Section::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

QString MainWindow::sectionTitle(Section section) {
    switch (section) {
    case Section::Clients:
        return tr("Clients");
    case Section::Passes:
        return tr("Passes");
    case Section::Stats:
        return tr("Statistics");
    case Section::Conversations:
        return tr("Conversations");
    case Section::Admin:
        return tr("Administration");
    }
    return {};
}

QString MainWindow::sectionIconPath(Section section) {
    return QStringLiteral(":/icons/%1.svg").arg(sectionKey(section));
}

MainWindow::MainWindow(TaskRegistry *tasks, QWidget *parent)
    : QMainWindow(parent) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(icon(QStringLiteral("jobbers-backoffice")));
    createActions();
    createMenus();
    createCentralArea(tasks);
    m_failureNotice = new FailureNotice(this);
    statusBar()->addPermanentWidget(m_failureNotice);
    m_statusPanel = new StatusPanel(this);
    statusBar()->addPermanentWidget(m_statusPanel);
    connect(m_statusPanel, &StatusPanel::connectionTestRequested, this,
            [this] { Q_EMIT connectionTestRequested(this); });
    statusBar()->setAccessibleName(tr("Status bar"));
    updateTitle();
    updateSectionActions();
    resize(1100, 720);
    restoreSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions() {
    m_signOutAction = new QAction(icon(QStringLiteral("logout")), tr("Sign &out"), this);
    m_signOutAction->setToolTip(tr("Sign out of the Jobbers One API"));
    connect(m_signOutAction, &QAction::triggered, this, [this] {
        if (m_signedOut)
            Q_EMIT signInRequested();
        else
            Q_EMIT signOutRequested();
    });

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_findAction = new QAction(icon(QStringLiteral("search")), tr("&Find client…"), this);
    m_findAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    m_findAction->setToolTip(tr("Find a client by email, name or id (Ctrl+F)"));
    connect(m_findAction, &QAction::triggered, this, [this] {
        setCurrentSection(Section::Clients);
        Q_EMIT findClientRequested();
    });

    m_newAction = new QAction(icon(QStringLiteral("add")), tr("&New…"), this);
    m_newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_newAction->setToolTip(tr("Create a new item in the current section (Ctrl+N)"));
    connect(m_newAction, &QAction::triggered, this,
            [this] { Q_EMIT newRequested(currentSection()); });

    m_refreshAction = new QAction(icon(QStringLiteral("refresh")), tr("&Refresh"), this);
    m_refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_refreshAction->setToolTip(tr("Reload the current section from the API (F5)"));
    connect(m_refreshAction, &QAction::triggered, this,
            [this] { Q_EMIT refreshRequested(currentSection()); });

    m_settingsAction = new QAction(icon(QStringLiteral("settings")), tr("&Settings…"), this);
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::settingsRequested);

    m_connectionTestAction = new QAction(tr("Test the &connection…"), this);
    m_connectionTestAction->setToolTip(
        tr("Echo, signed-in enterprise, groups and the token's validity"));
    connect(m_connectionTestAction, &QAction::triggered, this,
            [this] { Q_EMIT connectionTestRequested(this); });

    m_aboutAction = new QAction(tr("&About Jobbers Back Office"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_sectionGroup = new QActionGroup(this);
    m_sectionGroup->setExclusive(true);
    int n = 1;
    for (Section s : sections()) {
        auto *action = new QAction(cachedIcon(sectionIconPath(s)), sectionTitle(s), this);
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + n++)));
        action->setData(int(s));
        connect(action, &QAction::triggered, this, [this, s] { setCurrentSection(s); });
        m_sectionGroup->addAction(action);
        m_sectionActions.append(action);
    }
}

void MainWindow::createMenus() {
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_signOutAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_findAction);
    edit->addAction(m_newAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_refreshAction);
    view->addSeparator();
    view->addActions(m_sectionActions);

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(m_settingsAction);
    tools->addAction(m_connectionTestAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);

    QToolBar *bar = addToolBar(tr("Main toolbar"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setIconSize(QSize(20, 20));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_findAction);
    bar->addAction(m_newAction);
    bar->addAction(m_refreshAction);
    bar->addSeparator();
    bar->addAction(m_settingsAction);
    bar->addAction(m_signOutAction);
}

void MainWindow::createCentralArea(TaskRegistry *tasks) {
    m_sidebar = new QListWidget;
    m_sidebar->setObjectName(QStringLiteral("sectionList"));
    m_sidebar->setAccessibleName(tr("Sections"));
    m_sidebar->setToolTip(tr("Sections (Ctrl+1 to Ctrl+5)"));
    m_sidebar->setIconSize(QSize(24, 24));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setMinimumWidth(150);
    // The palette's own colours (no style sheet): a dark palette stays readable. The
    // sidebar sits on the window colour, apart from the page's base-coloured tables.
    m_sidebar->setBackgroundRole(QPalette::Window);
    m_sidebar->setSpacing(2);

    m_stack = new QStackedWidget;
    m_stack->setObjectName(QStringLiteral("pages"));
    int n = 1;
    for (Section s : sections()) {
        auto *item =
            new QListWidgetItem(cachedIcon(sectionIconPath(s)), sectionTitle(s), m_sidebar);
        item->setData(Qt::AccessibleTextRole, sectionTitle(s));
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(sectionTitle(s)).arg(n++));
        m_stack->addWidget(new PlaceholderPage(cachedIcon(sectionIconPath(s)), sectionTitle(s)));
    }
    connect(m_sidebar, &QListWidget::currentRowChanged, this, &MainWindow::onSectionRowChanged);

    m_header = new OverviewHeader;
    auto *line = new QFrame;
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(0);
    rightLayout->addWidget(m_header);
    rightLayout->addWidget(line);
    rightLayout->addWidget(m_stack, 1);

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({180, 920});

    m_progressArea = new ProgressArea(tasks);
    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_splitter, 1);
    m_signedOutPage = new SignedOutPage;
    m_signedOutPage->hide();
    connect(m_signedOutPage, &SignedOutPage::signInRequested, this, &MainWindow::signInRequested);
    layout->addWidget(m_signedOutPage, 1);
    layout->addWidget(m_progressArea);
    setCentralWidget(central);

    m_sidebar->setCurrentRow(0);
}

void MainWindow::setPage(Section section, QWidget *page) {
    const int index = int(section);
    QWidget *old = m_stack->widget(index);
    const bool wasCurrent = m_stack->currentIndex() == index;
    m_stack->insertWidget(index, page);
    if (old) {
        m_stack->removeWidget(old);
        old->deleteLater();
    }
    if (wasCurrent)
        m_stack->setCurrentIndex(index);
    restoreSplitters(page);
}

void MainWindow::setSectionActions(Section section, SectionActions actions) {
    m_sectionActionFlags.insert(int(section), actions);
    updateSectionActions();
}

MainWindow::SectionActions MainWindow::sectionActions(Section section) const {
    return m_sectionActionFlags.value(int(section), SectionAction::None);
}

void MainWindow::updateSectionActions() {
    const SectionActions actions =
        m_signedOut ? SectionActions(SectionAction::None) : sectionActions(currentSection());
    m_newAction->setEnabled(actions.testFlag(SectionAction::New));
    m_refreshAction->setEnabled(actions.testFlag(SectionAction::Refresh));
}

void MainWindow::setPageFactory(Section section, PageFactory factory) {
    m_factories.insert(int(section), std::move(factory));
    if (section == currentSection())
        ensurePage(section);
}

QWidget *MainWindow::ensurePage(Section section) {
    const auto it = m_factories.find(int(section));
    if (it != m_factories.end()) {
        // Taken out first: a factory that asks for its own page must not recurse.
        const PageFactory factory = std::move(it.value());
        m_factories.erase(it);
        if (QWidget *built = factory()) {
            setPage(section, built);
            Q_EMIT pageBuilt(section, built);
        }
    }
    return page(section);
}

bool MainWindow::isPageBuilt(Section section) const {
    return !m_factories.contains(int(section)) && !qobject_cast<PlaceholderPage *>(page(section));
}

QWidget *MainWindow::page(Section section) const {
    return m_stack->widget(int(section));
}

MainWindow::Section MainWindow::currentSection() const {
    return Section(qBound(0, m_sidebar->currentRow(), SectionCount - 1));
}

void MainWindow::setCurrentSection(Section section) {
    m_sidebar->setCurrentRow(int(section));
}

QAction *MainWindow::sectionAction(Section section) const {
    return m_sectionActions.value(int(section));
}

void MainWindow::onSectionRowChanged(int row) {
    if (row < 0 || row >= SectionCount)
        return;
    ensurePage(Section(row));
    m_stack->setCurrentIndex(row);
    m_sectionActions.at(row)->setChecked(true);
    updateSectionActions();
    Q_EMIT sectionChanged(Section(row));
}

void MainWindow::setDemo(bool demo) {
    m_demo = demo;
    m_header->setDemo(demo);
    updateTitle();
}

void MainWindow::setEnterprise(qint64 id, const QStringList &groups) {
    m_header->setEnterprise(id, groups);
    m_statusPanel->setEnterpriseId(id);
}

void MainWindow::setSignedOut(bool signedOut) {
    m_signedOut = signedOut;
    m_splitter->setVisible(!signedOut);
    m_signedOutPage->setVisible(signedOut);
    // The action that signs out offers the way back in while signed out.
    m_signOutAction->setText(signedOut ? tr("Sign &in…") : tr("Sign &out"));
    m_signOutAction->setToolTip(signedOut ? tr("Sign in to the Jobbers One API")
                                          : tr("Sign out of the Jobbers One API"));
    // Signed out, nothing to find, create or refresh; signed in, New and Refresh follow
    // what the current section's room declares.
    m_findAction->setEnabled(!signedOut);
    updateSectionActions();
    if (signedOut && isVisible())
        m_signedOutPage->signInButton()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::updateTitle() {
    // Ending with the application's display name, which the window system would append
    // otherwise ("… — Demo — Jobbers Back Office").
    const QString app = QGuiApplication::applicationDisplayName();
    setWindowTitle(m_demo ? tr("Demo — %1").arg(app) : app);
}

void MainWindow::saveSettings() const {
    AppSettings settings;
    settings.setWindowGeometry(saveGeometry());
    settings.setWindowState(QMainWindow::saveState());
    settings.setLastSection(sectionKey(currentSection()));
    // Pages plugged in later name their splitters; the name is the settings key.
    const QList<QSplitter *> splitters = findChildren<QSplitter *>();
    for (const QSplitter *splitter : splitters) {
        if (!splitter->objectName().isEmpty())
            settings.setSplitterState(splitter->objectName(), splitter->saveState());
    }
}

void MainWindow::restoreSettings() {
    const AppSettings settings;
    const QByteArray geometry = settings.windowGeometry();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = settings.windowState();
    if (!state.isEmpty())
        QMainWindow::restoreState(state);
    restoreSplitters(this);
    const QString last = settings.lastSection();
    for (Section s : sections()) {
        if (sectionKey(s) == last)
            setCurrentSection(s);
    }
}

void MainWindow::restoreSplitters(QWidget *root) {
    const AppSettings settings;
    QList<QSplitter *> splitters = root->findChildren<QSplitter *>();
    if (auto *self = qobject_cast<QSplitter *>(root))
        splitters.prepend(self);
    for (QSplitter *splitter : splitters) {
        if (splitter->objectName().isEmpty())
            continue;
        const QByteArray saved = settings.splitterState(splitter->objectName());
        if (!saved.isEmpty())
            splitter->restoreState(saved);
    }
}

void MainWindow::closeEvent(QCloseEvent *event) {
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::showAbout() {
    // open(), not exec(): the window keeps serving signals behind the box.
    auto *box = new QMessageBox(this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About Jobbers Back Office"));
    box->setIconPixmap(
        QIcon(QStringLiteral(":/icons/jobbers-backoffice.svg")).pixmap(QSize(64, 64)));
    box->setText(tr("<b>Jobbers Back Office</b> %1").arg(QApplication::applicationVersion()));
    box->setInformativeText(
        tr("The back office of concierge staff for the Jobbers One API: clients, passes, "
           "statistics, conversations and administration."));
    box->setStandardButtons(QMessageBox::Close);
    box->open();
}
