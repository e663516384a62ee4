#pragma once

#include "core/Bundle.h"
#include "core/Library.h"
#include "core/Problem.h"

#include <string>
#include <vector>

namespace reflekt {

/** One path given to `reflekt validate`, and what loading it found. */
struct ValidatedPath {
    std::string path; ///< as given on the command line
    LoadResult result;
};

/**
 * The JSON document `reflekt validate --json` prints (without a final newline): an array with,
 * for each path, `{"path", "valid", "problems": [{"severity", "file", "pointer", "place"?, "message",
 * "line"?, "column"?}]}`, indented by 2.
 *
 * Problems echo file names and manifest bytes, which need not be UTF-8: every string is made valid
 * UTF-8 first (each ill-formed sequence becomes U+FFFD), so the output always parses. Never throws.
 */
std::string validateReportJson(const std::vector<ValidatedPath>& validated);

/**
 * The JSON document `reflekt list --json` prints (without a final newline): an array with, for
 * each entry, `{"path", "source", "status": "ok"|"shadowed"|"broken", "id"?, "version"?, "title"?,
 * "modules"?, "reason"?}`, indented by 2. Strings are made valid UTF-8 as above. Never throws.
 */
std::string libraryListJson(const std::vector<LibraryEntry>& entries);

/** The status `reflekt list` shows for an entry: "ok", "shadowed" or "broken". */
std::string libraryStatus(const LibraryEntry& entry);

} // namespace reflekt
