#pragma once

#include <QHash>
#include <QMainWindow>
#include <QStringList>

#include <functional>

class FailureNotice;
class OverviewHeader;
class ProgressArea;
class QAction;
class QActionGroup;
class QListWidget;
class QSplitter;
class QStackedWidget;
class SignedOutPage;
class StatusPanel;
class TaskRegistry;

// The frame every page lives in: section sidebar, the overview header (enterprise and
// groups), the stacked pages, the progress area and the status bar. It holds no
// feature code: each room's wiring registers a factory for its page with
// setPageFactory() (or plugs a built page in with setPage()) and listens to the
// shell's actions (find, new, refresh) through its signals. A page is built the first
// time its section is shown, so that pages nobody opens cost nothing at start.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum class Section { Clients, Passes, Stats, Conversations, Admin };
    Q_ENUM(Section)
    static constexpr int SectionCount = 5;
    static QList<Section> sections();
    // Stable, untranslated: the key saved in the settings.
    static QString sectionKey(Section section);
    static QString sectionTitle(Section section);
    static QString sectionIconPath(Section section);

    explicit MainWindow(TaskRegistry *tasks, QWidget *parent = nullptr);
    ~MainWindow() override;

    // What the shell's New (Ctrl+N) and Refresh (F5) do on a section: a room says what
    // its page answers to; the others keep the actions disabled there.
    enum class SectionAction { None = 0, New = 1, Refresh = 2 };
    Q_DECLARE_FLAGS(SectionActions, SectionAction)
    void setSectionActions(Section section, SectionActions actions);
    SectionActions sectionActions(Section section) const;

    using PageFactory = std::function<QWidget *()>;
    // Takes ownership of page; the previous page of that section is deleted. Named
    // splitters inside page get their saved state back.
    void setPage(Section section, QWidget *page);
    // The page of section is built by factory the first time the section is shown (at
    // once if it is the current one), or when ensurePage() asks for it.
    void setPageFactory(Section section, PageFactory factory);
    // The page of section, built first if it has a factory and was not built yet.
    QWidget *ensurePage(Section section);
    bool isPageBuilt(Section section) const;
    // The page in the stack: the placeholder until a factory has built the real one.
    QWidget *page(Section section) const;

    Section currentSection() const;
    void setCurrentSection(Section section);

    void setDemo(bool demo);
    bool isDemo() const { return m_demo; }
    void setEnterprise(qint64 id, const QStringList &groups);
    // Signed out: the sections give way to a page with a Sign in button, the Sign out
    // action becomes Sign in, and find, new and refresh are disabled.
    void setSignedOut(bool signedOut);
    bool isSignedOut() const { return m_signedOut; }

    StatusPanel *statusPanel() const { return m_statusPanel; }
    // Where failures that no page handled show (ShellController feeds it).
    FailureNotice *failureNotice() const { return m_failureNotice; }
    OverviewHeader *overviewHeader() const { return m_header; }
    ProgressArea *progressArea() const { return m_progressArea; }

    QAction *signOutAction() const { return m_signOutAction; }
    QAction *quitAction() const { return m_quitAction; }
    QAction *findClientAction() const { return m_findAction; }
    QAction *newAction() const { return m_newAction; }
    QAction *refreshAction() const { return m_refreshAction; }
    QAction *settingsAction() const { return m_settingsAction; }
    QAction *connectionTestAction() const { return m_connectionTestAction; }
    QAction *sectionAction(Section section) const;

    // Geometry, toolbars, named splitters and the section, in QSettings. Saved on close.
    void saveSettings() const;
    void restoreSettings();

Q_SIGNALS:
    void sectionChanged(MainWindow::Section section);
    void pageBuilt(MainWindow::Section section, QWidget *page);
    void findClientRequested();
    void newRequested(MainWindow::Section section);
    void refreshRequested(MainWindow::Section section);
    void signOutRequested();
    // A room asks for a pass to be assigned to a client (the passes room answers).
    void assignPassRequested(const QString &email);
    // From the signed-out page or the File menu's Sign in.
    void signInRequested();
    void settingsRequested();
    // Tools > Test the connection, the status bar's Test button, the settings' button:
    // whoever runs the test shows it over parent.
    void connectionTestRequested(QWidget *parent);
    // The settings dialog saved new settings: the rooms apply them.
    void settingsChanged();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createCentralArea(TaskRegistry *tasks);
    void onSectionRowChanged(int row);
    void restoreSplitters(QWidget *root);
    void updateTitle();
    void updateSectionActions();
    void showAbout();

    bool m_demo = false;
    bool m_signedOut = false;
    SignedOutPage *m_signedOutPage = nullptr;
    QHash<int, PageFactory> m_factories; // by section, until the page is built
    QHash<int, SectionActions> m_sectionActionFlags;
    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_stack = nullptr;
    QSplitter *m_splitter = nullptr;
    OverviewHeader *m_header = nullptr;
    ProgressArea *m_progressArea = nullptr;
    StatusPanel *m_statusPanel = nullptr;
    FailureNotice *m_failureNotice = nullptr;
    QActionGroup *m_sectionGroup = nullptr;
    QList<QAction *> m_sectionActions;
    QAction *m_signOutAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_connectionTestAction = nullptr;
    QAction *m_aboutAction = nullptr;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(MainWindow::SectionActions)
