#pragma once

#include "core/Problem.h"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace reflekt {

/** What writePackageTemplate() wrote, or why it wrote nothing. */
struct TemplateResult {
    std::vector<Problem> problems;
    std::vector<std::string> written; ///< files written, relative to the folder, in order

    bool ok() const { return !hasErrors(problems); }
};

/** The languages a new package can start in (the texts of the template are written in them). */
const std::vector<std::string>& templateLanguages();

/**
 * Writes a small package that validates as it is, for an author to change: bundle.json with one
 * module of a film (a placeholder that says it is one, with captions), a text and a reflection
 * with a sub-question, the module's facilitator guide, and a README.md beside it that explains
 * each file and field in `language` ("sv", "nb" or "en"). `placeholderFilm` is the placeholder
 * film's bytes (the app ships one). The id is made from the folder's name.
 *
 * Refuses, writing nothing, when `dir` exists and is not empty or `language` is not one of
 * templateLanguages(). Each file is written durably; on a failure (a full disk) the files
 * written so far are removed again and the problem names the file and the cause.
 */
TemplateResult writePackageTemplate(const std::filesystem::path& dir, const std::string& language,
                                    std::string_view placeholderFilm);

} // namespace reflekt
