#pragma once

#include "core/ArchiveExtractor.h"
#include "core/Problem.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace reflekt {

/** What importBundle() did: the bundle installed, or the problems that stopped it. */
struct ImportResult {
    std::vector<Problem> problems;              ///< errors, and the loader's warnings on success
    std::string bundleId;                       ///< set once the manifest was read
    std::string version;                        ///< the imported bundle's version
    std::optional<std::string> replacedVersion; ///< version of the bundle it replaced, if one was there
    std::filesystem::path installedPath;        ///< libraryDir/<bundle id>, on success

    bool ok() const { return !hasErrors(problems) && !installedPath.empty(); }
};

/**
 * Imports a `.reflekt` archive into the library folder (created if missing).
 *
 * The archive is extracted with extractArchive() into a hidden staging folder inside
 * `libraryDir`, then loaded and validated with every file and SHA-256 checked. Only a valid
 * bundle is moved to `libraryDir/<bundle id>`; a bundle already there is replaced (moved aside,
 * the new one renamed in, the old one removed; put back if the new one cannot be moved in).
 * On any failure nothing is left in `libraryDir`.
 *
 * Imports into one library take turns: each holds an advisory lock on `libraryDir/.import.lock`
 * (FileLock) from start to end, so the same bundle imported twice at once is installed by one and
 * then replaced by the other, never half of each. While waiting for the lock, `progress` is called
 * with (0, 0) and may cancel the wait. Once it holds the lock, an import removes what an import
 * that died left behind (staging and set-aside folders older than this process), putting back an
 * installed version it had set aside if nothing replaced it.
 *
 * The archive holds bundle.json at its root, or inside a single top-level folder.
 * `progress` reports the extraction (the long part for big films) and may cancel it.
 * Problem file names are relative to the bundle root.
 */
ImportResult importBundle(const std::filesystem::path& archive, const std::filesystem::path& libraryDir,
                          const ExtractLimits& limits = {}, const ProgressCallback& progress = {});

} // namespace reflekt
