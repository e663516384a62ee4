#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace reflekt {

/** How serious a problem is: errors make a bundle unusable, warnings do not. */
enum class Severity { Warning, Error };

/**
 * One thing wrong with a bundle, named precisely enough for an author to fix it:
 * the file (relative to the bundle root), the JSON pointer into the manifest where it applies,
 * and for syntax errors the 1-based line and column.
 */
struct Problem {
    Severity severity = Severity::Error;
    std::string file;
    std::string pointer;
    std::string message;
    std::size_t line = 0;
    std::size_t column = 0;
    /** The pointer in words ("module 2 “Kultur och identitet”, step 1 (film), captions"), if known. */
    std::string place = {};

    /** "bundle.json:12:5: error: module 1 “Intro”, id (/modules/0/id): message", for terminals and logs. */
    std::string toString() const;
};

/** True if any problem in the list is an error. */
bool hasErrors(const std::vector<Problem>& problems);

} // namespace reflekt
