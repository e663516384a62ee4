#include "app/CliExport.h"

#include "app/AppLanguage.h"

#include "core/Library.h"
#include "export/Exporter.h"
#include "platform/AppPaths.h"
#include "platform/DataFolderLock.h"
#include "platform/Settings.h"
#include "platform/UiLanguage.h"
#include "store/Store.h"

#include "app/CliArgs.h"
#include <QDir>

#include <QGuiApplication>
#include <QLocale>

#include <iostream>
#include <memory>
#include <optional>

namespace reflekt {

namespace {

int fail(const QString& message)
{
    std::cerr << "reflekt: " << message.toStdString() << "\n";
    return 1;
}

// Fonts and QPdfWriter need a QGuiApplication; with no display, the offscreen platform serves.
std::unique_ptr<QGuiApplication> makeApplication()
{
    if (QCoreApplication::instance())
        return nullptr;
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "reflekt";
    static char* argv[] = {name, nullptr};
    auto app = std::make_unique<QGuiApplication>(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("reflekt"));
    QGuiApplication::setOrganizationName(QStringLiteral("reflekt"));
    return app;
}

std::vector<LibraryEntry> scanUserLibrary()
{
    std::vector<LibraryRoot> roots{{AppPaths::libraryDir().toStdString(), LibrarySource::User}};
    for (const QString& f : Settings().extraLibraryFolders())
        roots.push_back({f.toStdString(), LibrarySource::Added});
    for (const QString& f : AppPaths::installedModulesDirs())
        roots.push_back({f.toStdString(), LibrarySource::Installed});
    return scanLibrary(roots, LoadOptions{true, false, false, true});
}

// The store matches names ignoring ASCII case only; "åsa" should find "Åsa" too.
std::optional<std::int64_t> findProfile(Store& store, const QString& name)
{
    const auto exact = store.participants().findByName(name.toStdString());
    if (exact.ok() && exact.value->has_value())
        return (*exact.value)->id;
    const auto all = store.participants().list();
    if (all.ok())
        for (const Participant& p : *all.value)
            if (QString::fromStdString(p.displayName).compare(name, Qt::CaseInsensitive) == 0)
                return p.id;
    return std::nullopt;
}

} // namespace

const char* CliExport::usageLine()
{
    return "reflekt export --profile NAME [--bundle ID] [--module ID] [--session ID] --format pdf|odt|md\n"
           "              -o FILE [--page-size a4|letter] [--language sv|nb|en] [--data-dir DIR]\n"
           "              [--modules-dir DIR]";
}

int CliExport::usage(const std::string& message)
{
    std::cerr << "reflekt: " << message << "\nusage: " << usageLine() << "\n";
    return 2;
}

int CliExport::run(const std::vector<std::string>& argsIn)
{
    std::vector<std::string> args = argsIn;
    const auto profile = CliArgs::takeOption(args, "--profile");
    const auto bundleId = CliArgs::takeOption(args, "--bundle");
    const auto moduleId = CliArgs::takeOption(args, "--module");
    const auto session = CliArgs::takeOption(args, "--session");
    const auto format = CliArgs::takeOption(args, "--format");
    auto out = CliArgs::takeOption(args, "-o");
    if (!out)
        out = CliArgs::takeOption(args, "--output");
    const auto pageSize = CliArgs::takeOption(args, "--page-size");
    const auto dataDir = CliArgs::takeOption(args, "--data-dir");
    const auto modulesDir = CliArgs::takeOption(args, "--modules-dir");
    const auto language = CliArgs::takeOption(args, "--language");
    if (!args.empty())
        return usage("export: unexpected argument " + args.front());
    if (!profile || profile->empty())
        return usage("export needs --profile NAME");
    if (!out || out->empty())
        return usage("export needs -o FILE");

    ExportOptions options;
    options.filePath = QDir::current().absoluteFilePath(QString::fromStdString(*out));
    if (!format || *format == "pdf")
        options.format = ExportFormat::Pdf;
    else if (*format == "odt")
        options.format = ExportFormat::Odt;
    else if (*format == "md" || *format == "markdown")
        options.format = ExportFormat::Markdown;
    else
        return usage("export: --format must be pdf, odt or md");
    if (!pageSize || *pageSize == "a4")
        options.pageSize = ExportPageSize::A4;
    else if (*pageSize == "letter")
        options.pageSize = ExportPageSize::Letter;
    else
        return usage("export: --page-size must be a4 or letter");

    if (language && !UiLanguage::available().contains(QString::fromStdString(*language)))
        return usage("export: --language must be one of " +
                     UiLanguage::available().join(QStringLiteral(", ")).toStdString());

    ExportRequest request;
    request.scope = ExportScope::Everything;
    if (session) {
        if (bundleId || moduleId)
            return usage("export: --session cannot be combined with --bundle or --module");
        bool ok = false;
        request.sessionId = QString::fromStdString(*session).toLongLong(&ok);
        if (!ok)
            return usage("export: --session needs a session number");
        request.scope = ExportScope::Session;
    }

    const auto app = makeApplication();
    AppPaths::configure(QString::fromStdString(dataDir.value_or("")),
                        QString::fromStdString(modulesDir.value_or("")));
    DataFolderLock dataLock; // never beside a running player or another command on this data
    if (const QString busy = dataLock.acquire(AppPaths::dataDir(), DataFolderLock::kWaitMs); !busy.isEmpty())
        return fail(busy);
    const std::vector<LibraryEntry> entries = scanUserLibrary();
    std::vector<const Bundle*> bundles;
    for (const auto& e : entries)
        if (e.usable())
            bundles.push_back(&*e.load.bundle);

    if (moduleId) {
        request.scope = ExportScope::Module;
        request.moduleId = QString::fromStdString(*moduleId);
        if (!bundleId) { // find the one package that has this module
            std::vector<const Bundle*> holders;
            for (const Bundle* b : bundles)
                if (b->findModule(*moduleId))
                    holders.push_back(b);
            if (holders.empty())
                return fail(QStringLiteral("no module %1 in the library").arg(request.moduleId));
            if (holders.size() > 1)
                return usage("export: module " + *moduleId + " is in several packages; add --bundle ID");
            request.bundleId = QString::fromStdString(holders.front()->id);
        }
    }
    if (bundleId) {
        request.bundleId = QString::fromStdString(*bundleId);
        if (!moduleId)
            request.scope = ExportScope::Package;
    }

    StoreOptions storeOptions;
    storeOptions.dailyBackups = false; // exporting only reads
    OpenResult opened = Store::open(AppPaths::dataDir().toStdString(), storeOptions);
    if (!opened.ok())
        return fail(QString::fromStdString(opened.error));
    Store& store = *opened.store;
    const std::optional<std::int64_t> participantId = findProfile(store, QString::fromStdString(*profile));
    if (!participantId)
        return fail(QStringLiteral("no profile named %1").arg(QString::fromStdString(*profile)));
    request.participantId = *participantId;
    // The labels ("Participant", "Last edited") and the dates speak one language: --language,
    // else the one chosen in the player's settings, else the system's.
    request.language =
        AppLanguage::apply(language ? QString::fromStdString(*language) : Settings().uiLanguage());
    request.locale = QLocale();

    const ExportResult result = Exporter::exportNotes(store, bundles, request, options);
    if (!result.ok())
        return fail(result.error);
    std::cout << "exported notes of " << *profile << " to " << options.filePath.toStdString();
    if (result.pageCount > 0)
        std::cout << " (" << result.pageCount << (result.pageCount == 1 ? " page)" : " pages)");
    std::cout << "\n";
    return 0;
}

} // namespace reflekt
