#pragma once

#include "core/Bundle.h"

#include <filesystem>

namespace reflekt {

/** What loadBundle() checks beyond the manifest itself. */
struct LoadOptions {
    bool checkFiles = true;    ///< every referenced file exists and resolves inside the bundle
    bool checkContents = true; ///< files are what they claim (video magic, WebVTT parses, UTF-8 Markdown)
    bool checkHashes = false;  ///< verify the manifest's sha256 entries (reads every film; done on import)
};

/**
 * Loads and validates a bundle folder (the folder holding bundle.json, or the bundle.json itself).
 * Every problem is reported, each naming the file and, where it applies, the JSON pointer.
 * A `.reflekt` archive is not read here: extract it with extractArchive() first.
 */
LoadResult loadBundle(const std::filesystem::path& path, const LoadOptions& options = {});

} // namespace reflekt
