#include "core/BundleImporter.h"

#include "core/BundleLoader.h"
#include "core/PathGuard.h"

#include <random>
#include <system_error>

namespace fs = std::filesystem;

namespace reflekt {

namespace {

Problem importError(const std::string& file, std::string message)
{
    return {Severity::Error, file, {}, std::move(message), 0, 0};
}

/** A name no other import running at the same time will pick. */
std::string randomSuffix()
{
    static constexpr char kHex[] = "0123456789abcdef";
    std::random_device random;
    std::string out;
    for (int i = 0; i < 4; ++i) {
        auto value = random();
        for (int j = 0; j < 4; ++j, value >>= 4)
            out += kHex[value & 0xf];
    }
    return out;
}

/** The bundle root inside the extracted folder: itself, or its single top-level folder. */
std::optional<fs::path> findBundleRoot(const fs::path& staging)
{
    std::error_code ec;
    if (fs::is_regular_file(fs::symlink_status(staging / "bundle.json", ec)))
        return staging;
    std::optional<fs::path> only;
    int count = 0;
    for (const auto& entry : fs::directory_iterator(staging, ec)) {
        ++count;
        only = entry.path();
    }
    if (count == 1 && fs::is_directory(fs::symlink_status(*only, ec)) &&
        fs::is_regular_file(fs::symlink_status(*only / "bundle.json", ec)))
        return only;
    return std::nullopt;
}

/** Loader problems name files by absolute path inside the staging folder; make them relative. */
void relativize(std::vector<Problem>& problems, const fs::path& root)
{
    const std::string prefix = root.string() + "/";
    for (Problem& p : problems) {
        if (p.file.starts_with(prefix))
            p.file.erase(0, prefix.size());
        else if (p.file == root.string())
            p.file.clear();
    }
}

/** "" if the id can name a folder in the library, else why not. */
std::string checkBundleId(const std::string& id)
{
    if (std::string why = checkRelativePath(id); !why.empty())
        return why;
    if (id.find('/') != std::string::npos)
        return "it contains '/'";
    if (id.front() == '.')
        return "it starts with '.'";
    return {};
}

/** Moves `staged` to `dest`, replacing what is there. "" or why it failed (then `dest` is as before). */
std::string moveIntoPlace(const fs::path& staged, const fs::path& dest, const fs::path& libraryDir,
                          std::vector<Problem>& problems)
{
    std::error_code ec;
    if (!fs::exists(fs::symlink_status(dest, ec))) {
        fs::rename(staged, dest, ec);
        return ec ? "cannot move the bundle into the library: " + ec.message() : std::string();
    }
    const fs::path old = libraryDir / (".old-" + randomSuffix());
    fs::rename(dest, old, ec);
    if (ec)
        return "cannot move the installed version aside: " + ec.message();
    fs::rename(staged, dest, ec);
    if (ec) {
        const std::string why = ec.message();
        fs::rename(old, dest, ec);
        return "cannot move the bundle into the library: " + why;
    }
    fs::remove_all(old, ec);
    if (ec) {
        problems.push_back({Severity::Warning,
                            old.string(),
                            {},
                            "the replaced version could not be removed: " + ec.message(),
                            0,
                            0});
    }
    return {};
}

} // namespace

ImportResult importBundle(const fs::path& archive, const fs::path& libraryDir, const ExtractLimits& limits,
                          const ProgressCallback& progress)
{
    ImportResult result;
    const std::string archiveName = archive.filename().string();
    std::error_code ec;
    const bool createdLibrary = !fs::exists(libraryDir, ec);
    fs::create_directories(libraryDir, ec);
    if (ec || !fs::is_directory(libraryDir, ec)) {
        result.problems.push_back(importError(libraryDir.string(), "the library folder cannot be created"));
        return result;
    }
    const fs::path staging = libraryDir / (".import-" + randomSuffix());
    auto fail = [&](std::optional<Problem> problem) {
        if (problem)
            result.problems.push_back(std::move(*problem));
        std::error_code ignored;
        fs::remove_all(staging, ignored);
        if (createdLibrary)
            fs::remove(libraryDir, ignored); // only if still empty
        result.installedPath.clear();
        return result;
    };

    ExtractResult extracted = extractArchive(archive, staging, limits, progress);
    result.problems = std::move(extracted.problems);
    if (!extracted.ok())
        return fail(std::nullopt);

    const std::optional<fs::path> root = findBundleRoot(staging);
    if (!root)
        return fail(importError(archiveName, "the archive holds no bundle.json at its root"));

    LoadResult loaded = loadBundle(*root, LoadOptions{true, true});
    relativize(loaded.problems, *root);
    result.problems.insert(result.problems.end(), loaded.problems.begin(), loaded.problems.end());
    if (loaded.bundle) {
        result.bundleId = loaded.bundle->id;
        result.version = loaded.bundle->version;
    }
    if (!loaded.ok()) {
        if (!hasErrors(result.problems))
            result.problems.push_back(importError(archiveName, "the bundle cannot be loaded"));
        return fail(std::nullopt);
    }
    if (std::string why = checkBundleId(result.bundleId); !why.empty())
        return fail(importError("bundle.json", "the bundle id \"" + result.bundleId +
                                                   "\" cannot name a folder in the library: " + why));

    const fs::path dest = libraryDir / result.bundleId;
    if (fs::exists(fs::symlink_status(dest, ec))) {
        const LoadResult old = loadBundle(dest, LoadOptions{false, false});
        result.replacedVersion = old.bundle ? old.bundle->version : std::string();
    }
    if (std::string why = moveIntoPlace(*root, dest, libraryDir, result.problems); !why.empty())
        return fail(importError(dest.string(), why));
    fs::remove_all(staging, ec); // left over when the bundle sat in a top-level folder
    result.installedPath = dest;
    return result;
}

} // namespace reflekt
