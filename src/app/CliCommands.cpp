#include "app/CliCommands.h"

#include "app/CliArgs.h"
#include "app/CliExport.h"
#include "app/CliXapi.h"
#include "core/ArchiveExtractor.h"
#include "core/BundleImporter.h"
#include "core/BundleLoader.h"
#include "core/BundlePacker.h"
#include "core/Library.h"
#include "platform/AppPaths.h"
#include "platform/Settings.h"

#include <nlohmann/json.hpp>

#include <QString>

#include <filesystem>
#include <iostream>
#include <random>

namespace fs = std::filesystem;

namespace reflekt {

namespace {

nlohmann::json problemsToJson(const std::vector<Problem>& problems)
{
    auto out = nlohmann::json::array();
    for (const auto& p : problems) {
        nlohmann::json j = {{"severity", p.severity == Severity::Error ? "error" : "warning"},
                            {"file", p.file},
                            {"pointer", p.pointer},
                            {"message", p.message}};
        if (p.line > 0) {
            j["line"] = p.line;
            j["column"] = p.column;
        }
        out.push_back(j);
    }
    return out;
}

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
    return name == "validate" || name == "pack" || name == "import" || name == "list" || name == "export" ||
           name == "xapi";
}

int CliCommands::run(const std::vector<std::string>& args)
{
    const std::string& command = args.at(0);
    const std::vector<std::string> rest(args.begin() + 1, args.end());
    if (command == "validate")
        return validate(rest);
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
    return usage("unknown command " + command);
}

int CliCommands::usage(const std::string& message)
{
    std::cerr << "reflekt: " << message << "\n"
              << "usage: reflekt validate [--json] PATH...\n"
              << "       reflekt pack DIR -o FILE.reflekt\n"
              << "       reflekt import [--data-dir DIR] FILE.reflekt\n"
              << "       reflekt list [--data-dir DIR] [--modules-dir DIR] [--json]\n"
              << "       " << CliExport::usageLine() << "\n"
              << "       " << CliXapi::usageLine() << "\n";
    return 2;
}

int CliCommands::validate(const std::vector<std::string>& argsIn)
{
    std::vector<std::string> args = argsIn;
    const bool json = CliArgs::takeFlag(args, "--json");
    if (args.empty())
        return usage("validate needs at least one bundle folder or .reflekt file");
    bool allValid = true;
    auto report = nlohmann::json::array();
    for (const auto& arg : args) {
        const fs::path path(arg);
        const LoadResult result = path.extension() == ".reflekt" && fs::is_regular_file(path)
                                      ? validateArchive(path)
                                      : loadBundle(path, LoadOptions{true, true, true});
        const bool valid = result.ok();
        allValid = allValid && valid;
        if (json) {
            report.push_back(
                {{"path", arg}, {"valid", valid}, {"problems", problemsToJson(result.problems)}});
            continue;
        }
        std::cout << arg << ": " << (valid ? "valid" : "NOT valid");
        if (valid)
            std::cout << " (" << result.bundle->id << " " << result.bundle->version << ", "
                      << result.bundle->modules.size() << " modules)";
        std::cout << "\n";
        for (const auto& p : result.problems)
            std::cout << "  " << p.toString() << "\n";
    }
    if (json)
        std::cout << report.dump(2) << "\n";
    return allValid ? 0 : 1;
}

int CliCommands::pack(const std::vector<std::string>& argsIn)
{
    std::vector<std::string> args = argsIn;
    const std::string out = CliArgs::takeOption(args, "-o").value_or("");
    if (args.size() != 1 || out.empty())
        return usage("pack needs a bundle folder and -o FILE.reflekt");
    const PackResult result = packBundle(args[0], out);
    for (const auto& p : result.problems)
        std::cerr << p.toString() << "\n";
    if (!result.ok()) {
        std::cerr << "reflekt: " << args[0] << " was not packed\n";
        return 1;
    }
    std::cout << "packed " << args[0] << " into " << out << "\n";
    return 0;
}

int CliCommands::importArchive(const std::vector<std::string>& argsIn)
{
    std::vector<std::string> args = argsIn;
    configurePaths(args);
    if (args.size() != 1)
        return usage("import needs one .reflekt file");
    const fs::path library = AppPaths::libraryDir().toStdString();
    const ImportResult result = importBundle(args[0], library);
    for (const auto& p : result.problems)
        std::cerr << p.toString() << "\n";
    if (!result.ok()) {
        std::cerr << "reflekt: " << args[0] << " was not imported; nothing was changed\n";
        return 1;
    }
    std::cout << "imported " << result.bundleId << " " << result.version << " into " << library.string()
              << "\n";
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
    const auto entries = scanLibrary(roots, LoadOptions{true, false, false});
    auto report = nlohmann::json::array();
    for (const auto& e : entries) {
        const std::string status = e.usable() ? "ok" : (e.shadowed ? "shadowed" : "broken");
        if (json) {
            nlohmann::json j = {
                {"path", e.folder.string()}, {"source", toString(e.source)}, {"status", status}};
            if (e.load.bundle) {
                j["id"] = e.load.bundle->id;
                j["version"] = e.load.bundle->version;
                j["title"] = e.load.bundle->title.get(e.load.bundle->defaultLanguage);
                j["modules"] = e.load.bundle->modules.size();
            }
            if (!e.usable())
                j["reason"] = e.reason();
            report.push_back(j);
            continue;
        }
        std::cout << status << "\t" << toString(e.source) << "\t";
        if (e.load.bundle)
            std::cout << e.load.bundle->id << " " << e.load.bundle->version << "\t"
                      << e.load.bundle->title.get(e.load.bundle->defaultLanguage);
        std::cout << "\t" << e.folder.string();
        if (!e.usable())
            std::cout << "\n\t" << e.reason();
        std::cout << "\n";
    }
    if (json)
        std::cout << report.dump(2) << "\n";
    return 0;
}

} // namespace reflekt
