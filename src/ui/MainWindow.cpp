#include "ui/MainWindow.h"

#include "core/PackageEdits.h"
#include "ui/authoring/NewPackageDialog.h"
#include "ui/authoring/PackageEditor.h"
#include "ui/widgets/AccessibleFactory.h"
#include "ui/widgets/WindowPlacement.h"

#include "platform/AppPaths.h"
#include "platform/Settings.h"
#include "platform/Workspace.h"
#include "ui/library/LibraryPage.h"
#include "ui/library/ProfilePage.h"
#include "ui/module/ModulePage.h"
#include "ui/notes/ExportDialog.h"
#include "ui/settings/SettingsDialog.h"

#include <QAction>
#include <algorithm>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>

namespace reflekt {

namespace {

// Copies a bundle folder file by file; the reason, naming the file, when one cannot be copied.
QString copyFolder(const QString& from, const QString& to)
{
    QDirIterator it(from, QDir::Files | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = QDir(to).filePath(QDir(from).relativeFilePath(file));
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(file, target))
            return MainWindow::tr("%1 could not be copied to %2 (is the disk full?).").arg(file, target);
    }
    return {};
}

} // namespace

MainWindow::MainWindow(Workspace& workspace, QWidget* parent)
    : QMainWindow(parent), m_workspace(workspace), m_stack(new QStackedWidget(this)),
      m_profiles(new ProfilePage(workspace, this)), m_library(new LibraryPage(workspace, this)),
      m_module(new ModulePage(workspace, this))
{
    AccessibleFactory::install(); // the app installs it first thing; tests open the window directly
    setObjectName(QStringLiteral("mainWindow"));
    updateWindowTitle();
    setAcceptDrops(true);
    m_stack->addWidget(m_profiles);
    m_stack->addWidget(m_library);
    m_stack->addWidget(m_module);
    setCentralWidget(m_stack);
    createMenus();

    Settings settings;
    if (!restoreGeometry(settings.windowGeometry()))
        resize(1200, 780);
    WindowPlacement::keepOnScreen(*this); // a size saved on a big monitor, back on a 1366×768 laptop
    m_scale = settings.textScale();

    connect(m_profiles, &ProfilePage::profileChosen, this, &MainWindow::showLibrary);
    connect(m_library, &LibraryPage::openModule, this,
            [this](const QString& b, const QString& m) { openModule(b, m); });
    connect(m_library, &LibraryPage::continueLearning, this, [this] {
        if (!continueLearning())
            statusBar()->showMessage(tr("Nothing to continue yet: open a module to begin."), 5000);
    });
    connect(m_module, &ModulePage::backToLibrary, this, &MainWindow::showLibrary);
    connect(m_module, &ModulePage::startGroupSession, this, &MainWindow::groupSessionRequested);
    connect(m_module, &ModulePage::exportNotes, this, &MainWindow::exportNotes);
    connect(m_module, &ModulePage::openModuleRequested, this,
            [this](const QString& b, const QString& m) { openModule(b, m); });
    connect(&m_workspace, &Workspace::problem, this, &MainWindow::showProblem);
    connect(&m_workspace, &Workspace::libraryChanged, m_library, &LibraryPage::reload);

    m_profiles->reload(settings.lastProfile());
    m_stack->setCurrentWidget(m_profiles);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open package…"), this, &MainWindow::openFileDialog);
    open->setShortcut(QKeySequence::Open);
    open->setObjectName(QStringLiteral("openPackageAction"));
    file->addAction(tr("&New package…"), this, &MainWindow::newPackage)
        ->setObjectName(QStringLiteral("newPackageAction"));
    file->addAction(tr("Edit pac&kage…"), this, &MainWindow::editPackage)
        ->setObjectName(QStringLiteral("editPackageAction"));
    file->addSeparator();
    QAction* exportNotesAction = file->addAction(tr("&Export notes…"), this, &MainWindow::exportNotes);
    exportNotesAction->setObjectName(QStringLiteral("exportNotesAction"));
    file->addAction(tr("Progress &reporting…"), this, &MainWindow::reportingSettingsRequested)
        ->setObjectName(QStringLiteral("reportingSettingsAction"));
    file->addSeparator();
    m_switchProfile = file->addAction(tr("&Switch profile"), this, [this] {
        if (!m_module->mayLeave())
            return;
        m_profiles->reload(Settings().lastProfile());
        m_stack->setCurrentWidget(m_profiles);
        updateWindowTitle();
    });
    QAction* settingsAction = file->addAction(tr("&Settings…"), this, [this] {
        SettingsDialog dialog(this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        m_scale = Settings().textScale();
        m_module->setScale(m_scale);
        if (dialog.languageChanged())
            offerRestart();
    });
    settingsAction->setObjectName(QStringLiteral("settingsAction"));
    // The platform's Preferences key where it has one (macOS, KDE); Ctrl+, on the others, where
    // QKeySequence::Preferences is empty (GNOME, a bare X session).
    const QList<QKeySequence> preferences = QKeySequence::keyBindings(QKeySequence::Preferences);
    settingsAction->setShortcuts(
        preferences.isEmpty() ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Comma)} : preferences);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* bigger = view->addAction(tr("&Larger text"), this, [this] { changeTextSize(1.1); });
    bigger->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    QAction* smaller = view->addAction(tr("&Smaller text"), this, [this] { changeTextSize(1 / 1.1); });
    smaller->setShortcut(QKeySequence::ZoomOut);
    view->addAction(tr("&Normal text size"), this, [this] { changeTextSize(0); })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    view->addSeparator();
    view->addAction(tr("&Library"), this, &MainWindow::showLibrary)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Reflekt"), this, [this] {
        QMessageBox::about(
            this, tr("About Reflekt"),
            tr("<h3>Reflekt %1</h3><p>A player for learning modules: film, text and reflection, "
               "alone or in a group.</p><p>Data folder: %2</p><p>Licence: EUPL-1.2</p>")
                .arg(QStringLiteral(REFLEKT_VERSION),
                     m_workspace.store()
                         ? QString::fromStdString(m_workspace.store()->databasePath().parent_path().string())
                         : QString()));
    });
}

void MainWindow::exportNotes()
{
    if (!m_workspace.participant()) {
        statusBar()->showMessage(tr("Choose your profile first: you can export only your own notes."), 8000);
        return;
    }
    m_module->flush();
    const bool inModule = m_stack->currentWidget() == m_module;
    ExportDialog dialog(m_workspace, inModule ? m_module->bundleId() : QString(),
                        inModule ? m_module->moduleId() : QString(), this);
    dialog.exec();
    Q_EMIT exportRequested();
}

void MainWindow::updateWindowTitle()
{
    // "Module — Åsa Öberg": the platform adds " — Reflekt" itself (QGuiApplication's
    // applicationDisplayName, on X11, Wayland and Windows), so the title never names the app.
    QStringList parts;
    const Bundle* bundle = m_workspace.bundle(m_module->bundleId());
    if (m_stack->currentWidget() == m_module && bundle && m_module->module())
        parts << m_workspace.text(*bundle, m_module->module()->title);
    if (const auto p = m_workspace.participant(); p && m_stack->currentWidget() != m_profiles)
        parts << QString::fromStdString(p->displayName);
    // Nothing else to say: the app's name alone, which the platform then does not repeat.
    setWindowTitle(parts.isEmpty() ? QGuiApplication::applicationDisplayName()
                                   : parts.join(QStringLiteral(" — ")));
}

bool MainWindow::useProfile(const QString& name, bool create)
{
    if (m_profiles->chooseProfile(name))
        return true;
    return create && m_profiles->createProfile(name) && m_profiles->chooseProfile(name);
}

void MainWindow::showLibrary()
{
    m_library->reload();
    m_stack->setCurrentWidget(m_library);
    updateWindowTitle();
}

bool MainWindow::openModule(const QString& bundleId, const QString& moduleId, const QString& stepId)
{
    if (!m_workspace.participant())
        return false;
    const Bundle* bundle = m_workspace.bundle(bundleId);
    if (!bundle || !bundle->findModule(moduleId.toStdString())) {
        statusBar()->showMessage(tr("The module %1/%2 is not in the library.").arg(bundleId, moduleId), 8000);
        return false;
    }
    if (!m_module->openModule(bundleId, moduleId, stepId))
        return false; // the participant chose to stay with an answer that could not be saved
    m_module->setScale(m_scale);
    m_stack->setCurrentWidget(m_module);
    updateWindowTitle();
    return true;
}

bool MainWindow::continueLearning()
{
    const auto target = m_library->continueTarget();
    if (!target)
        return false;
    const StepRef& ref = *target;
    return openModule(QString::fromStdString(ref.bundleId), QString::fromStdString(ref.moduleId),
                      QString::fromStdString(ref.stepId));
}

void MainWindow::openFileDialog()
{
    const QString file =
        QFileDialog::getOpenFileName(this, tr("Open a learning package"), QString(),
                                     tr("Reflekt packages (*.reflekt);;Bundle manifest (bundle.json)"));
    if (!file.isEmpty())
        openPath(file);
}

bool MainWindow::openPath(const QString& path)
{
    const QFileInfo info(path);
    if (info.isDir() || info.fileName() == QLatin1String("bundle.json")) {
        // A folder bundle is added to the library folders in the settings, not copied.
        const QString folder = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
        Settings settings;
        QStringList folders = settings.extraLibraryFolders();
        if (!folders.contains(folder))
            folders << folder;
        settings.setExtraLibraryFolders(folders);
        settings.sync();
        m_workspace.rescanLibrary();
        return true;
    }
    QProgressDialog progress(tr("Importing %1…").arg(info.fileName()), tr("Cancel"), 0, 1000, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    const ImportResult result = m_workspace.importArchive(
        info.absoluteFilePath(), [&progress](std::uint64_t done, std::uint64_t total) {
            progress.setValue(total ? static_cast<int>(done * 1000 / total) : 0);
            QApplication::processEvents();
            return !progress.wasCanceled();
        });
    progress.reset();
    if (!result.ok()) {
        QStringList lines;
        for (const auto& p : result.problems)
            if (p.severity == Severity::Error)
                lines << QString::fromStdString(p.toString());
        QMessageBox::warning(this, tr("Package not imported"),
                             tr("%1 could not be imported. Nothing in your library was changed.\n\n%2")
                                 .arg(info.fileName(), lines.mid(0, 8).join(QLatin1Char('\n'))));
        return false;
    }
    statusBar()->showMessage(
        tr("Imported %1 version %2.")
            .arg(QString::fromStdString(result.bundleId), QString::fromStdString(result.version)),
        8000);
    if (m_workspace.participant())
        showLibrary();
    return true;
}

void MainWindow::changeTextSize(double factor)
{
    m_scale = factor == 0 ? 1.0 : std::clamp(m_scale * factor, 0.7, 2.5);
    Settings().setTextScale(m_scale);
    m_module->setScale(m_scale);
}

void MainWindow::showProblem(const QString& message)
{
    statusBar()->showMessage(message, 15000);
    QMessageBox::warning(this, tr("Reflekt"), message);
}

void MainWindow::offerRestart()
{
    QMessageBox box(QMessageBox::Question, tr("New language"),
                    tr("Reflekt shows the new language after a restart. Restart now? What you wrote is "
                       "saved first, and you come back to where you are."),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("restartPrompt"));
    QPushButton* now = box.addButton(tr("&Restart now"), QMessageBox::AcceptRole);
    now->setObjectName(QStringLiteral("restartNow"));
    box.addButton(tr("&Later"), QMessageBox::RejectRole);
    box.setDefaultButton(now);
    box.exec();
    if (box.clickedButton() != now)
        return;
    // Back to the same profile and module.
    QStringList arguments;
    if (const auto p = m_workspace.participant())
        arguments << QStringLiteral("--profile") << QString::fromStdString(p->displayName);
    if (m_stack->currentWidget() == m_module && !m_module->bundleId().isEmpty())
        arguments << QStringLiteral("--module")
                  << m_module->bundleId() + QLatin1Char('/') + m_module->moduleId();
    if (close())
        Q_EMIT restartRequested(arguments);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_module->mayLeave()) {
        event->ignore();
        return;
    }
    Settings settings;
    settings.setWindowGeometry(saveGeometry());
    settings.sync();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile() &&
            (url.toLocalFile().endsWith(QLatin1String(".reflekt")) || QFileInfo(url.toLocalFile()).isDir())) {
            event->acceptProposedAction();
            return;
        }
    }
}

void MainWindow::dropEvent(QDropEvent* event)
{
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile())
            openPath(url.toLocalFile());
    event->acceptProposedAction();
}

void MainWindow::newPackage()
{
    NewPackageDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    PackageDocument doc = newPackageDocument(dialog.folder().toStdString(), dialog.language().toStdString(),
                                             dialog.title().toStdString());
    auto* editor = new PackageEditor(std::move(doc), this);
    editor->show();
}

void MainWindow::editPackage()
{
    // A folder bundle is edited where it is. An installed package is edited as a copy, so the
    // library's own stays as participants have it until the new version is imported.
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Edit a package: choose the folder that holds bundle.json"), QDir::homePath());
    if (!folder.isEmpty())
        editPackageFolder(folder);
}

void MainWindow::editPackageFolder(const QString& folder)
{
    QString target = QDir(folder).absolutePath();
    QStringList installed = AppPaths::installedModulesDirs();
    installed << AppPaths::libraryDir();
    const bool isInstalled = std::any_of(installed.begin(), installed.end(), [&](const QString& dir) {
        const QString root = QDir(dir).absolutePath() + QLatin1Char('/');
        return target.startsWith(root);
    });
    if (isInstalled) {
        const QString copy = QDir(QDir::homePath())
                                 .filePath(tr("Reflekt packages") + QLatin1Char('/') + QDir(target).dirName());
        const auto answer = QMessageBox::question(
            this, tr("Edit a copy?"),
            tr("This package is installed in Reflekt. You edit a copy of it, in %1; the installed one stays "
               "as participants have it until you import the new version.")
                .arg(copy),
            QMessageBox::Ok | QMessageBox::Cancel, QMessageBox::Ok);
        if (answer != QMessageBox::Ok)
            return;
        if (QDir(copy).exists() && !QDir(copy).isEmpty()) {
            QMessageBox::information(this, tr("Edit a copy?"),
                                     tr("%1 already exists: it is opened as it is.").arg(copy));
        } else if (const QString error = copyFolder(target, copy); !error.isEmpty()) {
            QMessageBox::warning(this, tr("Package not copied"), error);
            return;
        }
        target = copy;
    }
    if (PackageEditor* editor = PackageEditor::openFolder(target, this))
        editor->show();
}

} // namespace reflekt
