#include "app/CliCommands.h"

#include "app/CliArgs.h"
#include "app/CliCaptions.h"
#include "app/CliExport.h"
#include "app/CliHelp.h"
#include "app/CliInit.h"
#include "app/CliXapi.h"
#include "core/ArchiveExtractor.h"
#include "core/BundleImporter.h"
#include "core/BundleLoader.h"
#include "core/BundlePacker.h"
#include "core/CliJson.h"
#include "core/Library.h"
#include "core/UnicodeText.h"
#include "platform/AppPaths.h"
#include "platform/DataFolderLock.h"
#include "platform/Settings.h"

#include <QString>

#include <filesystem>
#include <iostream>
#include <random>

namespace fs = std::filesystem;

namespace reflekt {

namespace {

void configurePaths(std::vector<std::string>& args)
{
    const std::string dataDir = CliArgs::takeOption(args, "--data-dir").value_or("");
    const std::string modulesDir = CliArgs::takeOption(args, "--modules-dir").value_or("");
    AppPaths::configure(QString::fromStdString(dataDir), QString::fromStdString(modulesDir));
}

LoadResult validateArchive(const fs::path& archive)
{
    std::random_device rd;
    const fs::path scratch = fs::temp_directory_path() / ("reflekt-validate-" + std::to_string(rd()));
    ExtractResult extracted = extractArchive(archive, scratch);
    LoadResult result;
    if (!extracted.ok()) {
        result.problems = extracted.problems;
    } else {
        result = loadBundle(scratch, LoadOptions{true, true, true});
    }
    std::error_code ec;
    fs::remove_all(scratch, ec);
    return result;
}

} // namespace

bool CliCommands::isCommand(const std::string& name)
{
    return CliHelp::find(name) != nullptr;
}

int CliCommands::run(const std::vector<std::string>& args)
{
    const std::string& command = args.at(0);
    const std::vector<std::string> rest(args.begin() + 1, args.end());
    if (command == "help") {
        if (rest.empty()) {
            std::cout << CliHelp::overview();
            return 0;
        }
        if (!CliHelp::find(rest.front()))
            return usage("help: no command " + rest.front());
        std::cout << CliHelp::usage(rest.front());
        return 0;
    }
    // "validate --help" asks for help; it is not a bundle called --help.
    if (CliHelp::wantsHelp(rest)) {
        std::cout << CliHelp::usage(command);
        return 0;
    }
    if (command == "validate")
        return validate(rest);
    if (command == "init")
        return CliInit::run(rest);
    if (command == "pack")
        return pack(rest);
    if (command == "import")
        return importArchive(rest);
    if (command == "list")
        return list(rest);
    if (command == "export")
        return CliExport::run(rest);
    if (command == "xapi")
        return CliXapi::run(rest);
    if (command == "convert-captions")
        return CliCaptions::run(rest);
    return usage("unknown command " + command);
}

int CliCommands::usage(const std::string& message)
{
    std::cerr << "reflekt: " << message << "\n";
    for (const CliHelp::Command& c : CliHelp::commands())
        std::cerr << (&c == &CliHelp::commands().front() ? "usage: " : "       ") << c.usage << "\n";
    return 2;
}

int CliCommands::validate(const std::vector<std::string>& argsIn)
{
    std::vector<std::string> args = argsIn;
    const bool json = CliArgs::takeFlag(args, "--json");
    if (args.empty())
        return usage("validate needs at least one bundle folder or .reflekt file");
    bool allValid = true;
    std::vector<ValidatedPath> report;
    for (const auto& arg : args) {
        const fs::path path(arg);
        const LoadResult result = path.extension() == ".reflekt" && fs::is_regular_file(path)
                                      ? validateArchive(path)
                                      : loadBundle(path, LoadOptions{true, true, true});
        const bool valid = result.ok();
        allValid = allValid && valid;
        if (json) {
            report.push_back({arg, result});
            continue;
        }
        // Names and messages echo bundle bytes: never let them act on the terminal.
        std::cout << terminalSafe(arg) << ": " << (valid ? "valid" : "NOT valid");
        if (valid)
            std::cout << " (" << terminalSafe(result.bundle->id) << " "
                      << terminalSafe(result.bundle->version) << ", " << result.bundle->modules.size()
                      << " modules)";
        std::cout << "\n";
        for (const auto& p : result.problems)
            std::cout << "  " << terminalSafe(p.toString()) << "\n";
    }
    if (json)
        std::cout << validateReportJson(report) << "\n";
    return allValid ? 0 : 1;
}

int CliCommands::pack(const std::vector<std::string>& argsIn)
{
    std::vector<std::string> args = argsIn;
    const std::string out = CliArgs::takeOption(args, "-o").value_or("");
    PackOptions options;
    options.includeUnreferenced = CliArgs::takeFlag(args, "--include-unreferenced");
    if (args.size() != 1 || out.empty())
        return usage("pack needs a bundle folder and -o FILE.reflekt");
    const PackResult result = packBundle(args[0], out, options);
    for (const auto& p : result.problems)
        std::cerr << terminalSafe(p.toString()) << "\n";
    if (!result.ok()) {
        std::cerr << "reflekt: " << terminalSafe(args[0]) << " was not packed\n";
        return 1;
    }
    std::cout << "packed " << terminalSafe(args[0]) << " into " << terminalSafe(out) << " (" << result.files
              << " files";
    if (!result.leftOut.empty())
        std::cout << "; " << result.leftOut.size() << " left out, listed above";
    std::cout << ")\n";
    return 0;
}

int CliCommands::importArchive(const std::vector<std::string>& argsIn)
{
    std::vector<std::string> args = argsIn;
    configurePaths(args);
    if (args.size() != 1)
        return usage("import needs one .reflekt file");
    DataFolderLock dataLock; // never beside a running player or another command on this data
    if (const QString busy = dataLock.acquire(AppPaths::dataDir(), DataFolderLock::kWaitMs);
        !busy.isEmpty()) {
        std::cerr << "reflekt: " << busy.toStdString() << "\n";
        return 1;
    }
    const fs::path library = AppPaths::libraryDir().toStdString();
    const ImportResult result = importBundle(args[0], library);
    for (const auto& p : result.problems)
        std::cerr << terminalSafe(p.toString()) << "\n";
    if (!result.ok()) {
        std::cerr << "reflekt: " << terminalSafe(args[0]) << " was not imported; nothing was changed\n";
        return 1;
    }
    std::cout << "imported " << terminalSafe(result.bundleId) << " " << terminalSafe(result.version)
              << " into " << terminalSafe(library.string()) << "\n";
    return 0;
}

int CliCommands::list(const std::vector<std::string>& argsIn)
{
    std::vector<std::string> args = argsIn;
    configurePaths(args);
    const bool json = CliArgs::takeFlag(args, "--json");
    if (!args.empty())
        return usage("list takes no arguments besides --data-dir, --modules-dir and --json");
    std::vector<LibraryRoot> roots{{AppPaths::libraryDir().toStdString(), LibrarySource::User}};
    for (const QString& f : Settings().extraLibraryFolders())
        roots.push_back({f.toStdString(), LibrarySource::Added});
    for (const QString& f : AppPaths::installedModulesDirs())
        roots.push_back({f.toStdString(), LibrarySource::Installed});
    const auto entries = scanLibrary(roots, LoadOptions{true, false, false, true});
    if (json) {
        std::cout << libraryListJson(entries) << "\n";
        return 0;
    }
    for (const auto& e : entries) {
        const std::string status = libraryStatus(e);
        std::cout << status << "\t" << toString(e.source) << "\t";
        if (e.load.bundle)
            std::cout << terminalSafe(e.load.bundle->id) << " " << terminalSafe(e.load.bundle->version)
                      << "\t" << terminalSafe(e.load.bundle->title.get(e.load.bundle->defaultLanguage));
        std::cout << "\t" << terminalSafe(e.folder.string());
        if (!e.usable())
            std::cout << "\n\t" << terminalSafe(e.reason());
        std::cout << "\n";
    }
    return 0;
}

} // namespace reflekt
