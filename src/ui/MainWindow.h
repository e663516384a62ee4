#pragma once

#include <QMainWindow>

class QStackedWidget;
class QAction;

namespace reflekt {

class LibraryPage;
class ModulePage;
class ProfilePage;
class Workspace;

// The self-study window: profile chooser, library, module. Menus for opening packages, text size
// and switching profile. Closing saves everything the participant wrote.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(Workspace& workspace, QWidget* parent = nullptr);

    /** Selects (or creates, if `create`) the named profile and shows the library. */
    bool useProfile(const QString& name, bool create);
    /** Opens "BUNDLE/MODULE" for the current profile. */
    bool openModule(const QString& bundleId, const QString& moduleId, const QString& stepId = {});
    /** Continues the module in progress opened last (LibraryPage::continueTarget). False when none. */
    bool continueLearning();
    /** Imports a .reflekt file (with a progress dialog) or adds a bundle folder. */
    bool openPath(const QString& path);
    void showLibrary();
    /** Opens the package editor on a bundle folder (reflekt --edit DIR, File > Edit package…). */
    void editPackageFolder(const QString& folder);

    ProfilePage* profilePage() const { return m_profiles; }
    LibraryPage* libraryPage() const { return m_library; }
    ModulePage* modulePage() const { return m_module; }

Q_SIGNALS:
    void groupSessionRequested(const QString& bundleId, const QString& moduleId);
    void exportRequested();
    /** File > Progress reporting: the xAPI settings (GuiLauncher owns the sender). */
    void reportingSettingsRequested();
    /**
     * The participant chose a new language and agreed to restart: the window has closed (its
     * notes saved) and the application should start again, at `arguments`.
     */
    void restartRequested(const QStringList& arguments);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createMenus();
    /** After a language change: restart now (saving first) or later. */
    void offerRestart();
    void openFileDialog();
    /** File > New package… and Edit package…: the package editor in a window of its own. */
    void newPackage();
    void editPackage();
    /** File > Export notes…, and the module-complete page's Export my notes. */
    void exportNotes();
    /** "Module — Profile" as far as they apply; the platform adds the application's name. */
    void updateWindowTitle();
    void changeTextSize(double factor);
    void applyTextScale();
    void showProblem(const QString& message);

    Workspace& m_workspace;
    QStackedWidget* m_stack;
    ProfilePage* m_profiles;
    LibraryPage* m_library;
    ModulePage* m_module;
    QAction* m_switchProfile = nullptr;
    double m_scale = 1.0;
};

} // namespace reflekt
