#pragma once

#include "core/ManifestReader.h"
#include "core/Problem.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <vector>

namespace reflekt {

/**
 * Caps that keep a hostile `.reflekt` archive from filling the disk. Sizes are counted while
 * decompressing, so an archive whose headers understate its sizes is stopped at the cap.
 * The defaults fit training packages with films of a few hundred megabytes.
 */
struct ExtractLimits {
    std::size_t maxEntries = 5000;
    std::uint64_t maxEntryBytes = std::uint64_t{1} << 30; ///< 1 GiB per file
    std::uint64_t maxTotalBytes = std::uint64_t{2} << 30; ///< 2 GiB for the whole archive
    /** Largest uncompressed:compressed ratio for an entry once it has produced ratioFloorBytes. */
    double maxRatio = 100.0;
    std::uint64_t ratioFloorBytes = std::uint64_t{1} << 20;
    /** Any entry named bundle.json is capped like the manifest reader caps it. */
    std::size_t maxManifestBytes = ManifestLimits{}.maxBytes;
};

/**
 * Called as bytes are written: `done` of `total` (the sizes the archive declares).
 * Returning false cancels; the operation then fails and removes what it wrote.
 */
using ProgressCallback = std::function<bool(std::uint64_t done, std::uint64_t total)>;

/** What extractArchive() did: the problems (each naming the archive and the entry), and counts. */
struct ExtractResult {
    std::vector<Problem> problems;
    std::size_t files = 0;   ///< regular files written
    std::uint64_t bytes = 0; ///< bytes written

    bool ok() const { return !hasErrors(problems); }
};

/**
 * Extracts a zip archive into `target`, which must not exist yet (its parent must).
 *
 * Every entry is checked before anything is written: no absolute paths, "..", backslashes or
 * empty names; no symbolic links or special files; no duplicate names or names that collide
 * once put in Unicode NFC and fully case-folded (foldedName(): "Å"/"å", NFC/NFD "é",
 * "STRASSE"/"straße"), including a file and a folder of the same name; no encrypted
 * entries or compression other than store and deflate; entry count and declared sizes within
 * `limits`. While writing, sizes and compression ratios are counted again from the actual
 * decompressed bytes. Files are created below `target` only, each folder component opened
 * without following links and each file created exclusively.
 *
 * On any failure everything created is removed again and the problems say why.
 */
ExtractResult extractArchive(const std::filesystem::path& archive, const std::filesystem::path& target,
                             const ExtractLimits& limits = {}, const ProgressCallback& progress = {});

} // namespace reflekt
