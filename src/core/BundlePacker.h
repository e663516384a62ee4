#pragma once

#include "core/Problem.h"

#include <cstddef>
#include <cstdint>
#include <ctime>
#include <filesystem>
#include <optional>
#include <vector>

namespace reflekt {

/** How packBundle() stamps the archive. */
struct PackOptions {
    /**
     * The modification time written for every entry (seconds since 1970, UTC; kept between
     * 1980 and 2107, the range zip can hold). Unset: the SOURCE_DATE_EPOCH environment variable
     * when it holds a number, else 1980-01-01 00:00.
     */
    std::optional<std::time_t> timestamp;
    /**
     * Also pack files that the manifest does not refer to. Without it they are left out, each with
     * a warning that names it. A local copy of the manifest schema is never packed.
     */
    bool includeUnreferenced = false;
};

/** What packBundle() did: problems (the loader's, or why packing failed) and what was written. */
struct PackResult {
    std::vector<Problem> problems;
    std::size_t files = 0;          ///< entries written
    std::uint64_t archiveBytes = 0; ///< size of the archive
    std::vector<std::string> leftOut; ///< files in the folder that were not packed (unreferenced, the schema)

    bool ok() const { return !hasErrors(problems); }
};

/**
 * Packs a bundle folder into a `.reflekt` archive that any Reflekt can import.
 *
 * The folder is first validated with loadBundle() (files and hashes checked); errors refuse the
 * pack and are returned. Symbolic links and special files in the folder are refused too, as are
 * names that would collide on a case-insensitive file system or sizes over the default
 * ExtractLimits. Hidden files and folders (".git", ".DS_Store") are left out, with a warning, as are
 * files nothing in the manifest refers to (unless PackOptions::includeUnreferenced) and a local
 * copy of the schema (`bundle.schema.json`, or the file the manifest's `$schema` names).
 *
 * The archive is reproducible: the same folder gives the same bytes. Entries are sorted by
 * path, with one timestamp, fixed permissions and no extra fields; text is deflated, already
 * compressed media (mp4, webm, png, jpg, ...) is stored. It is written to a temporary file
 * beside `outFile` and renamed into place, so `outFile` is never left half written.
 */
PackResult packBundle(const std::filesystem::path& bundleDir, const std::filesystem::path& outFile,
                      const PackOptions& options = {});

} // namespace reflekt
