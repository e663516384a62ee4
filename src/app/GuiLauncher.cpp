#include "app/GuiLauncher.h"

#include "app/AppLanguage.h"
#include "app/CliHelp.h"

#include "app/BenchModes.h"
#include "platform/AppPaths.h"
#include "platform/DataFolderLock.h"
#include "platform/Settings.h"
#include "platform/SingleInstance.h"
#include "platform/UiLanguage.h"
#include "platform/Workspace.h"
#include "reporting/XapiSender.h"
#include "ui/MainWindow.h"
#include "ui/facilitator/FacilitatorConsole.h"
#include "ui/settings/XapiSettingsDialog.h"
#include "ui/widgets/AccessibleFactory.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QIcon>
#include <QLocale>
#include <QMessageBox>
#include <QProcess>
#include <QTimer>

#include <cstdio>
#include <string_view>

namespace reflekt {

namespace {

// Without any display Qt aborts with a message about platform plugins. --help and --version need
// no window: they get the offscreen platform. The player says what it needs and what works
// without it. False when the player cannot open.
bool hasDisplay(int argc, char* argv[])
{
    if (!qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
        !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        return true;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v" || arg == "--version") {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            return true;
        }
    }
    std::fprintf(stderr, "reflekt: there is no graphical display (neither DISPLAY nor WAYLAND_DISPLAY is "
                         "set), so the player cannot open.\n"
                         "Without a display these work: reflekt validate, pack, import, list, export and "
                         "xapi (reflekt --help).\n");
    return false;
}

// "1920x1080" for --bench-picture-size; an invalid size (the default window) for anything else.
QSize parsePictureSize(const QString& text)
{
    const QStringList parts = text.split(QLatin1Char('x'));
    if (parts.size() != 2)
        return {};
    bool wideOk = false;
    bool highOk = false;
    const QSize size(parts[0].toInt(&wideOk), parts[1].toInt(&highOk));
    return wideOk && highOk && size.width() > 0 && size.height() > 0 ? size : QSize();
}

} // namespace

int GuiLauncher::run(int argc, char* argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    if (!hasDisplay(argc, argv))
        return 1;
    QApplication app(argc, argv);
    AccessibleFactory::install(); // before any widget: a screen reader may ask about the first one
    QApplication::setApplicationName(QStringLiteral("reflekt"));
    QApplication::setOrganizationName(QStringLiteral("reflekt"));
    QApplication::setApplicationDisplayName(QStringLiteral("Reflekt"));
    QApplication::setApplicationVersion(QStringLiteral(REFLEKT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.example.reflekt"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.example.reflekt")));
    AppLanguage::apply(QString()); // the system's, so --help speaks it; the setting is read below

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Player for learning modules") +
                                     QStringLiteral("\n\n") + QString::fromStdString(CliHelp::overview()));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     QApplication::translate("main", "Profile to use (created if new)."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption module(
        QStringLiteral("module"),
        QApplication::translate("main", "Module to open, as BUNDLE/MODULE or BUNDLE/MODULE/STEP."),
        QStringLiteral("ID"));
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QApplication::translate("main", "Folder for the database, library and settings."),
        QStringLiteral("DIR"));
    const QCommandLineOption modulesDir(
        QStringLiteral("modules-dir"),
        QApplication::translate("main", "Folder with the installed sample modules."), QStringLiteral("DIR"));
    const QCommandLineOption benchPaint(
        QStringLiteral("bench-first-paint"),
        QApplication::translate("main", "Print the time to the first painted window and exit."));
    const QCommandLineOption benchFrame(
        QStringLiteral("bench-first-frame"),
        QApplication::translate("main",
                                "Open FILE in the film player, print the time to its first frame and exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption benchPlay(
        QStringLiteral("bench-play-seconds"),
        QApplication::translate("main",
                                "With --bench-first-frame: play on for SECONDS and print peak memory."),
        QStringLiteral("SECONDS"));
    const QCommandLineOption benchPicture(
        QStringLiteral("bench-picture-size"),
        QApplication::translate("main", "With --bench-first-frame: show only the picture, at WIDTHxHEIGHT."),
        QStringLiteral("WIDTHxHEIGHT"));
    const QCommandLineOption edit(
        QStringLiteral("edit"),
        QApplication::translate("main", "Open the package editor on the bundle folder DIR."), QStringLiteral("DIR"));
    const QCommandLineOption facilitate(
        QStringLiteral("facilitate"),
        QApplication::translate("main", "Start a group session of a module, as BUNDLE/MODULE."), QStringLiteral("ID"));
    parser.addOptions({profile, module, dataDir, modulesDir, edit, facilitate, benchPaint, benchFrame, benchPlay, benchPicture});
    parser.addPositionalArgument(QStringLiteral("path"),
                                 QApplication::translate("main", "A .reflekt file or bundle folder to open."),
                                 QStringLiteral("[FILE_OR_FOLDER]"));
    parser.process(app);

    // Before the bench modes too: the player reads and writes settings (volume, rate, caption
    // style), which must go to --data-dir, never the user's own.
    AppPaths::configure(parser.value(dataDir), parser.value(modulesDir));
    if (parser.isSet(benchFrame))
        return BenchModes::firstFrame(parser.value(benchFrame), parser.value(benchPlay).toDouble(),
                                      parsePictureSize(parser.value(benchPicture)), sinceStart);

    const QStringList positional = parser.positionalArguments();

    SingleInstance instance(AppPaths::dataDir());
    if (!parser.isSet(benchPaint)) {
        QStringList forwarded;
        for (const QString& p : positional)
            forwarded << QFileInfo(p).absoluteFilePath();
        // reflekt --edit DIR while Reflekt runs: the running one opens the editor.
        if (parser.isSet(edit))
            forwarded << QStringLiteral("--edit=") + QFileInfo(parser.value(edit)).absoluteFilePath();
        if (instance.forwardToRunning(forwarded))
            return 0;
        instance.listen();
    }
    // Another process on this data folder that did not answer above (a command such as reflekt
    // import, or a player reached through another path): never write beside it.
    DataFolderLock dataLock;
    if (const QString busy = dataLock.acquire(AppPaths::dataDir(), DataFolderLock::kWaitMs);
        !busy.isEmpty()) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Reflekt cannot start"), busy);
        return 1;
    }

    Settings settings;
    Workspace workspace;
    workspace.setContentLanguage(AppLanguage::apply(settings.uiLanguage()));
    if (!workspace.openStore()) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Reflekt cannot start"),
                              workspace.storeError());
        return 1;
    }
    workspace.rescanLibrary();

    MainWindow window(workspace);
    QObject::connect(
        &instance, &SingleInstance::messageReceived, &window, [&window](const QStringList& args) {
            window.setWindowState((window.windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
            window.raise();
            window.activateWindow();
            for (const QString& a : args) {
                if (a.startsWith(QLatin1String("--edit=")))
                    window.editPackageFolder(a.mid(7));
                else
                    window.openPath(a);
            }
        });
    QObject::connect(&window, &MainWindow::groupSessionRequested, &window,
                     [&workspace, &window](const QString& bundleId, const QString& moduleId) {
                         FacilitatorConsole::launch(workspace, bundleId, moduleId, &window);
                     });
    // Progress reporting: the outbox goes to the LRS in the background, every minute (docs/xapi.md).
    XapiSender xapiSender(*workspace.store());
    XapiSettingsDialog::configureSender(*workspace.store(), xapiSender, AppPaths::dataDir());
    xapiSender.setInterval(60'000);
    QObject::connect(&window, &MainWindow::reportingSettingsRequested, &window,
                     [&workspace, &window, &xapiSender] {
                         XapiSettingsDialog dialog(*workspace.store(), xapiSender, AppPaths::dataDir(),
                                                   workspace.participantId(), &window);
                         dialog.exec();
                     });
    window.show();
    for (const QString& m : workspace.startupMessages())
        QMessageBox::information(&window, QApplication::translate("main", "Your data"), m);

    const QString profileName = parser.isSet(profile) ? parser.value(profile) : QString();
    if (!profileName.isEmpty())
        window.useProfile(profileName, true);
    for (const QString& p : positional)
        window.openPath(p);
    if (parser.isSet(module) && workspace.participant()) {
        const QStringList parts = parser.value(module).split(QLatin1Char('/'));
        if (parts.size() == 2 || parts.size() == 3)
            window.openModule(parts[0], parts[1], parts.value(2));
    }

    if (parser.isSet(facilitate)) {
        const QStringList parts = parser.value(facilitate).split(QLatin1Char('/'));
        // Once the event loop runs: the session's setup dialog is modal and must be painted.
        if (parts.size() == 2)
            QTimer::singleShot(0, &window, [&workspace, &window, parts] {
                FacilitatorConsole::launch(workspace, parts[0], parts[1], &window);
            });
    }
    if (parser.isSet(edit))
        window.editPackageFolder(QFileInfo(parser.value(edit)).absoluteFilePath());

    if (parser.isSet(benchPaint)) {
        // The event loop runs the first paint before this zero-timer fires.
        QTimer::singleShot(0, &app, [&] {
            window.repaint();
            BenchModes::printFigure("first-paint", sinceStart);
            QApplication::quit();
        });
    }
    QStringList restartArguments;
    bool restart = false;
    QObject::connect(&window, &MainWindow::restartRequested, &window, [&](const QStringList& arguments) {
        restart = true;
        restartArguments = arguments;
    });
    const int code = QApplication::exec();
    workspace.closeStore();
    if (restart) {
        // A new language: the same folders, profile and module, in a new process. This one stops
        // answering later launches first, or the new one would hand itself back to it.
        instance.stopListening();
        for (const QCommandLineOption* folder : {&dataDir, &modulesDir}) {
            if (parser.isSet(*folder))
                restartArguments << QStringLiteral("--") + folder->names().constFirst()
                                 << parser.value(*folder);
        }
        if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), restartArguments))
            std::fprintf(stderr, "reflekt: could not start again; start it from the menu\n");
    }
    return code;
}

} // namespace reflekt
