#pragma once

#include "core/BundleLoader.h"

#include <filesystem>
#include <string>
#include <vector>

namespace reflekt {

/** Where a library folder comes from; earlier sources win when two hold the same bundle id. */
enum class LibrarySource { User, Added, Installed };

struct LibraryRoot {
    std::filesystem::path folder;
    LibrarySource source = LibrarySource::User;
};

/** One bundle folder found in the library: usable, or broken with its reasons. */
struct LibraryEntry {
    std::filesystem::path folder;
    LibrarySource source = LibrarySource::User;
    LoadResult load;
    bool shadowed = false; ///< another folder with higher priority holds the same bundle id

    bool usable() const;
    /** The first error, for a one-line status ("bundle.json: /modules/0/id: ..."). */
    std::string reason() const;
};

/**
 * Scans library folders for bundles. A root that is itself a bundle (has bundle.json) is one
 * entry; otherwise each sub-folder is a candidate. Hidden folders (".import-...") are skipped.
 * A broken bundle is listed with its problems and never hides the others.
 */
std::vector<LibraryEntry> scanLibrary(const std::vector<LibraryRoot>& roots, const LoadOptions& options);

std::string toString(LibrarySource source);

} // namespace reflekt
