#include "core/BundleLoader.h"

#include "core/BundleFileChecker.h"
#include "core/ManifestReader.h"

#include <fstream>
#include <sstream>
#include <system_error>

namespace fs = std::filesystem;

namespace reflekt {

namespace {

Problem loadError(const std::string& file, std::string message)
{
    return {Severity::Error, file, {}, std::move(message), 0, 0};
}

} // namespace

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

    result = parseManifest(bytes.str(), "bundle.json", limits);
    if (!result.bundle)
        return result;
    result.bundle->root = root;
    if (options.checkFiles) {
        BundleFileChecker checker(*result.bundle, options.checkContents, options.checkHashes);
        auto fileProblems = checker.run();
        result.problems.insert(result.problems.end(), fileProblems.begin(), fileProblems.end());
    }
    if (hasErrors(result.problems))
        result.bundle.reset();
    return result;
}

} // namespace reflekt
