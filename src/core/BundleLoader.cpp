#include "core/BundleLoader.h"

#include "core/BundleFileChecker.h"
#include "core/ManifestReader.h"
#include "core/ProblemPlace.h"

#include <charconv>
#include <fstream>
#include <optional>
#include <sstream>
#include <string_view>
#include <system_error>
#include <utility>

namespace fs = std::filesystem;

namespace reflekt {

namespace {

Problem loadError(const std::string& file, std::string message)
{
    return {Severity::Error, file, {}, std::move(message), 0, 0};
}

} // namespace

namespace {

// "/modules/2/steps/0/video" -> {2, 0}; anything else (the cover, a facilitator guide) -> nullopt.
std::optional<std::pair<std::size_t, std::size_t>> stepOfPointer(const std::string& pointer)
{
    static constexpr std::string_view kModules = "/modules/";
    static constexpr std::string_view kSteps = "/steps/";
    if (pointer.rfind(kModules, 0) != 0)
        return std::nullopt;
    std::size_t module = 0;
    const char* begin = pointer.data() + kModules.size();
    const char* end = pointer.data() + pointer.size();
    auto [afterModule, moduleError] = std::from_chars(begin, end, module);
    if (moduleError != std::errc() ||
        std::string_view(afterModule, static_cast<std::size_t>(end - afterModule)).rfind(kSteps, 0) != 0)
        return std::nullopt;
    std::size_t step = 0;
    auto [afterStep, stepError] = std::from_chars(afterModule + kSteps.size(), end, step);
    if (stepError != std::errc())
        return std::nullopt;
    return std::make_pair(module, step);
}

} // namespace

void markUnavailableSteps(Bundle& bundle, std::vector<Problem>& problems)
{
    for (Problem& p : problems) {
        if (p.severity != Severity::Error)
            continue;
        const auto at = stepOfPointer(p.pointer);
        if (!at || at->first >= bundle.modules.size() || at->second >= bundle.modules[at->first].steps.size())
            continue;
        Step& step = bundle.modules[at->first].steps[at->second];
        // A faulty description track costs the film its description, not the film: the player
        // offers only tracks it can read, and `reflekt validate` still reports the error.
        if (p.pointer.find("/descriptions/") != std::string::npos ||
            p.pointer.find("/describedAudio/") != std::string::npos) {
            p.severity = Severity::Warning;
            continue;
        }
        if (step.unavailable.empty())
            step.unavailable = p.file.empty() ? p.message : p.file + ": " + p.message;
        p.severity = Severity::Warning;
    }
}

LoadResult loadBundle(const fs::path& path, const LoadOptions& options)
{
    std::error_code ec;
    fs::path root = path;
    if (path.filename() == "bundle.json" && fs::is_regular_file(path, ec))
        root = path.parent_path();
    const fs::path manifestPath = root / "bundle.json";
    const std::string shownManifest = manifestPath.string();

    LoadResult result;
    if (!fs::exists(root, ec)) {
        result.problems.push_back(loadError(root.string(), "no such file or folder"));
        return result;
    }
    if (!fs::is_directory(root, ec)) {
        const std::string ext = root.extension().string();
        result.problems.push_back(loadError(
            root.string(),
            ext == ".reflekt" ? "a .reflekt archive must be imported (reflekt import) before it can be opened"
                              : "not a bundle folder"));
        return result;
    }
    if (fs::is_symlink(manifestPath, ec)) {
        result.problems.push_back(loadError(shownManifest, "bundle.json is a symbolic link; it must be a "
                                                           "plain file inside the bundle folder"));
        return result;
    }
    if (!fs::is_regular_file(manifestPath, ec)) {
        result.problems.push_back(loadError(shownManifest, "bundle.json is missing: a bundle folder holds "
                                                           "bundle.json at its root"));
        return result;
    }

    const ManifestLimits limits;
    const auto size = fs::file_size(manifestPath, ec);
    if (ec || size > limits.maxBytes) {
        result.problems.push_back(loadError(
            shownManifest, ec ? "cannot read: " + ec.message()
                              : "the manifest is " + std::to_string(size / 1024) + " KiB; the limit is " +
                                    std::to_string(limits.maxBytes / 1024) + " KiB"));
        return result;
    }
    std::ifstream in(manifestPath, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (!in && !in.eof()) {
        result.problems.push_back(loadError(shownManifest, "cannot read the file"));
        return result;
    }

    return loadBundleText(root, bytes.str(), options);
}

LoadResult loadBundleText(const fs::path& root, std::string_view manifestBytes, const LoadOptions& options,
                          const std::map<std::string, std::string>* pendingFiles)
{
    // Field errors do not stop the file checks: an author gets every problem in one list.
    LoadResult result = parseManifestKeepingPartial(manifestBytes, "bundle.json", ManifestLimits());
    if (!result.bundle)
        return result;
    result.bundle->root = root;
    if (options.checkFiles) {
        BundleFileChecker checker(*result.bundle, options.checkContents, options.checkHashes, pendingFiles);
        auto fileProblems = checker.run();
        if (options.unavailableStepsOnly)
            markUnavailableSteps(*result.bundle, fileProblems);
        // Each names the manifest field that refers to the file, in words and with its line.
        locateProblems(manifestBytes, "bundle.json", fileProblems);
        result.problems.insert(result.problems.end(), fileProblems.begin(), fileProblems.end());
    }
    if (hasErrors(result.problems))
        result.bundle.reset();
    return result;
}

} // namespace reflekt
