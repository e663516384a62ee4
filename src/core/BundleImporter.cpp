#include "core/BundleImporter.h"

#include "core/BundleLoader.h"
#include "core/FileLock.h"
#include "core/PathGuard.h"

#include <iterator>
#include <random>
#include <string_view>
#include <system_error>

namespace fs = std::filesystem;

namespace reflekt {

namespace {

/** Imports into one library take turns on this file (FileLock), across threads and processes. */
constexpr const char* kLockName = ".import.lock";
constexpr std::string_view kStagingPrefix = ".import-";
constexpr std::string_view kAsidePrefix = ".old-";

/**
 * Close enough to when this process started. A leftover staging or set-aside folder older than
 * this was left by an import that died (imports hold the lock throughout, so none is running).
 */
const fs::file_time_type kProcessStart = fs::file_time_type::clock::now();

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

/** True for a name randomSuffix() made after `prefix`: ours to remove, never a user's folder. */
bool isLeftoverName(std::string_view name, std::string_view prefix)
{
    if (!name.starts_with(prefix) || name.size() != prefix.size() + 16)
        return false;
    name.remove_prefix(prefix.size());
    return name.find_first_not_of("0123456789abcdef") == std::string_view::npos;
}

/** True if the library holds nothing but the lock file. */
bool holdsOnlyLock(const fs::path& libraryDir)
{
    std::error_code ec;
    for (fs::directory_iterator it(libraryDir, ec), end; !ec && it != end; it.increment(ec))
        if (it->path().filename() != kLockName)
            return false;
    return !ec;
}

/** The library folder, created if missing, locked against other imports into it. */
struct LockedLibrary {
    FileLock lock;
    bool created = false; ///< this import created the folder (so removes it again on failure)
    std::optional<Problem> problem;
};

LockedLibrary lockLibrary(const fs::path& libraryDir, const std::string& archiveName,
                          const ProgressCallback& progress)
{
    LockedLibrary out;
    bool cancelled = false;
    // While another import runs, the progress dialog stays live and can cancel the wait.
    std::function<bool()> keepWaiting;
    if (progress)
        keepWaiting = [&] {
            cancelled = !progress(0, 0);
            return !cancelled;
        };
    // A failed import that had created the folder removes it again; if that happens while this
    // one waits, the lock is lost with the folder: create it once more and wait again.
    for (int attempt = 0; attempt < 5; ++attempt) {
        std::error_code ec;
        out.created = fs::create_directories(libraryDir, ec) || out.created;
        if (ec || !fs::is_directory(libraryDir, ec)) {
            out.problem = importError(libraryDir.string(), "the library folder cannot be created");
            return out;
        }
        const std::string why = out.lock.lock(libraryDir / kLockName, keepWaiting);
        if (why.empty())
            return out;
        if (out.created)
            fs::remove(libraryDir, ec); // only if still empty
        if (cancelled) {
            out.problem = importError(archiveName, "the import was cancelled by the user while "
                                                   "waiting for another import to finish");
            return out;
        }
        if (fs::is_directory(libraryDir, ec)) {
            out.problem = importError(libraryDir.string(), "other imports cannot be kept out: " + why);
            return out;
        }
    }
    out.problem = importError(libraryDir.string(), "the library folder keeps disappearing");
    return out;
}

/**
 * Removes what an import that died (a crash, a power cut, a kill) left in the library: staging
 * folders, and folders an installed version was moved aside to. A version moved aside whose
 * bundle is no longer in the library is put back instead: it is all that is left of it.
 * Only folders older than this process; called with the library locked.
 */
void sweepLeftovers(const fs::path& libraryDir, std::vector<Problem>& problems)
{
    std::vector<fs::path> stale;
    std::error_code ec;
    for (fs::directory_iterator it(libraryDir, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (!isLeftoverName(name, kStagingPrefix) && !isLeftoverName(name, kAsidePrefix))
            continue;
        std::error_code entryEc;
        if (!fs::is_directory(fs::symlink_status(it->path(), entryEc)))
            continue;
        const fs::file_time_type written = fs::last_write_time(it->path(), entryEc);
        if (!entryEc && written < kProcessStart)
            stale.push_back(it->path());
    }
    for (const fs::path& dir : stale) {
        std::error_code ignored;
        if (dir.filename().string().starts_with(kAsidePrefix)) {
            const LoadResult aside = loadBundle(dir, LoadOptions{false, false});
            if (aside.bundle && checkBundleId(aside.bundle->id).empty()) {
                const fs::path home = libraryDir / aside.bundle->id;
                if (!fs::exists(fs::symlink_status(home, ignored))) {
                    fs::rename(dir, home, ignored);
                    if (!ignored) {
                        problems.push_back({Severity::Warning,
                                            home.string(),
                                            {},
                                            "an earlier import was interrupted; the version it had "
                                            "moved aside was put back",
                                            0,
                                            0});
                        continue;
                    }
                }
            }
        }
        fs::remove_all(dir, ignored);
    }
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

/** Moves `staged` to `dest`, replacing what is there. "" or why it failed (then `dest` is as before). */
std::string moveIntoPlace(const fs::path& staged, const fs::path& dest, const fs::path& libraryDir,
                          std::vector<Problem>& problems)
{
    std::error_code ec;
    if (!fs::exists(fs::symlink_status(dest, ec))) {
        fs::rename(staged, dest, ec);
        return ec ? "cannot move the bundle into the library: " + ec.message() : std::string();
    }
    const fs::path old = libraryDir / (std::string(kAsidePrefix) + randomSuffix());
    fs::rename(dest, old, ec);
    if (ec)
        return "cannot move the installed version aside: " + ec.message();
    fs::rename(staged, dest, ec);
    if (ec) {
        const std::string why = "cannot move the bundle into the library: " + ec.message();
        fs::rename(old, dest, ec);
        // Never removed: it is the installed version. The next import puts it back.
        return ec ? why + "; the installed version is kept in " + old.string() : why;
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
    // Held to the end: two imports of one bundle at once would otherwise trip over each other's
    // swap (one moving the installed version aside while the other moves its own in).
    LockedLibrary library = lockLibrary(libraryDir, archiveName, progress);
    if (library.problem) {
        result.problems.push_back(std::move(*library.problem));
        return result;
    }
    sweepLeftovers(libraryDir, result.problems);
    const fs::path staging = libraryDir / (std::string(kStagingPrefix) + randomSuffix());
    auto fail = [&](std::optional<Problem> problem) {
        if (problem)
            result.problems.push_back(std::move(*problem));
        std::error_code ignored;
        fs::remove_all(staging, ignored);
        if (library.created && holdsOnlyLock(libraryDir)) {
            library.lock.removeFile(); // then the folder, still locked, so no import starts in it
            fs::remove(libraryDir, ignored);
        }
        result.installedPath.clear();
        return result;
    };

    ExtractResult extracted = extractArchive(archive, staging, limits, progress);
    const bool extractedOk = extracted.ok(); // before the problems are moved out of `extracted`
    result.problems.insert(result.problems.end(), std::make_move_iterator(extracted.problems.begin()),
                           std::make_move_iterator(extracted.problems.end()));
    if (!extractedOk)
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
