#pragma once

#include "core/Bundle.h"

#include <filesystem>
#include <map>
#include <string>
#include <string_view>

namespace reflekt {

/** What loadBundle() checks beyond the manifest itself. */
struct LoadOptions {
    bool checkFiles = true;    ///< every referenced file exists and resolves inside the bundle
    bool checkContents = true; ///< files are what they claim (video magic, WebVTT parses, UTF-8 Markdown)
    bool checkHashes = false;  ///< verify the manifest's sha256 entries (reads every film; done on import)
    /**
     * For the player: a missing or damaged file of one step (a film, its captions, a text) makes
     * only that step unavailable (Step::unavailable, and the problem becomes a warning), so the rest
     * of the package still opens. Authors (validate, pack, import) keep it an error.
     */
    bool unavailableStepsOnly = false;
};

/**
 * Loads and validates a bundle folder (the folder holding bundle.json, or the bundle.json itself).
 * Every problem is reported, each naming the file and, where it applies, the JSON pointer.
 * A `.reflekt` archive is not read here: extract it with extractArchive() first.
 */
LoadResult loadBundle(const std::filesystem::path& path, const LoadOptions& options = {});

/**
 * What loadBundle() does once it has read bundle.json: `manifestBytes` validated as the manifest
 * of the bundle folder `root`. With `pendingFiles` (relative path -> text), those files count as
 * existing with that text, whatever is on the disk: the editor validates what a save will write.
 */
LoadResult loadBundleText(const std::filesystem::path& root, std::string_view manifestBytes,
                          const LoadOptions& options,
                          const std::map<std::string, std::string>* pendingFiles = nullptr);

/**
 * Turns the errors of `problems` that concern one step's files into warnings and records the first
 * of each step in Step::unavailable (what LoadOptions::unavailableStepsOnly does).
 */
void markUnavailableSteps(Bundle& bundle, std::vector<Problem>& problems);

} // namespace reflekt
