#pragma once

#include <QMainWindow>
#include <QStringList>

class FailureNotice;
class OverviewHeader;
class ProgressArea;
class QAction;
class QActionGroup;
class QListWidget;
class QSplitter;
class QStackedWidget;
class StatusPanel;
class TaskRegistry;

// The frame every page lives in: section sidebar, the overview header (enterprise and
// groups), the stacked pages, the progress area and the status bar. It holds no
// feature code: pages are plugged in from outside with setPage() and listen to the
// shell's actions (find, new, refresh) through its signals.
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

    // Takes ownership of page; the previous page of that section is deleted. Named
    // splitters inside page get their saved state back.
    void setPage(Section section, QWidget *page);
    QWidget *page(Section section) const;

    Section currentSection() const;
    void setCurrentSection(Section section);

    void setDemo(bool demo);
    bool isDemo() const { return m_demo; }
    void setEnterprise(qint64 id, const QStringList &groups);

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
    QAction *sectionAction(Section section) const;

    // Geometry, toolbars, named splitters and the section, in QSettings. Saved on close.
    void saveSettings() const;
    void restoreSettings();

Q_SIGNALS:
    void sectionChanged(MainWindow::Section section);
    void findClientRequested();
    void newRequested(MainWindow::Section section);
    void refreshRequested(MainWindow::Section section);
    void signOutRequested();
    void settingsRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createCentralArea(TaskRegistry *tasks);
    void onSectionRowChanged(int row);
    void restoreSplitters(QWidget *root);
    void updateTitle();
    void showAbout();

    bool m_demo = false;
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
    QAction *m_aboutAction = nullptr;
};
