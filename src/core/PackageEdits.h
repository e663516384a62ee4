#pragma once

#include "core/Bundle.h"
#include "core/PackageDocument.h"

#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace reflekt {

// The editor's operations on a package, each one undo step (a group on the document). Ids are
// made once, from the title when it is first given, and never changed by the editor afterwards:
// participants' notes and progress are kept under them.

/** "Kultur och identitet" -> "kultur-och-identitet" (å ä ö æ ø folded), "-2", "-3"… when taken. */
std::string makeId(std::string_view title, const std::vector<std::string>& taken,
                   std::string_view fallback = "item");

/** A new, empty package in `folder` (not written): `language` first, one module with no steps. */
PackageDocument newPackageDocument(const std::filesystem::path& folder, const std::string& language,
                                   const std::string& title);

/** "/modules/1/steps/0" and the like. */
std::string modulePointer(std::size_t module);
std::string stepPointer(std::size_t module, std::size_t step);
/** The question at `path` (indices from the step's questions, then children). */
std::string questionPointer(const std::string& stepPointer, const std::vector<std::size_t>& path);

/** Appends a module titled `title` in `language`; its index. */
std::size_t addModule(PackageDocument& doc, const std::string& language, const std::string& title);
/** Appends a step of `type` to module `module`; its index, or nullopt when there is no such module.
    A text or activity step gets a Markdown file of its own (pending until saved). */
std::optional<std::size_t> addStep(PackageDocument& doc, std::size_t module, StepType type,
                                   const std::string& language, const std::string& title);

/** Points the text field at `pointer` (a language's member: ".../facilitatorGuide/sv") at the
    Markdown file `relative`, which starts with `title` as its heading unless the folder already
    has that file (it is then used as it is). One undo step; the file is written on save. */
void startMarkdownFile(PackageDocument& doc, const std::string& pointer, const std::string& relative,
                       const std::string& title);

/** Adds a question after the one at `after` (same level), or at the end of the top level when
    `after` is empty; its path. */
std::vector<std::size_t> addQuestion(PackageDocument& doc, const std::string& stepPointer,
                                     const std::vector<std::size_t>& after, const std::string& language,
                                     const std::string& text);
/** Adds a sub-question at the end of `parent`'s; nullopt beyond three levels. */
std::optional<std::vector<std::size_t>> addSubQuestion(PackageDocument& doc, const std::string& stepPointer,
                                                       const std::vector<std::size_t>& parent,
                                                       const std::string& language, const std::string& text);
/** Makes the question the last sub-question of the one before it; its new path, or nullopt when it
    is the first of its level or it (with its own sub-questions) would go beyond three levels. */
std::optional<std::vector<std::size_t>> indentQuestion(PackageDocument& doc, const std::string& stepPointer,
                                                       const std::vector<std::size_t>& path);
/** Makes a sub-question the next question after its parent; its new path, nullopt at the top. */
std::optional<std::vector<std::size_t>> outdentQuestion(PackageDocument& doc, const std::string& stepPointer,
                                                        const std::vector<std::size_t>& path);
/** Moves a question up (-1) or down (+1) among its siblings; its new path, nullopt at an end. */
std::optional<std::vector<std::size_t>> moveQuestion(PackageDocument& doc, const std::string& stepPointer,
                                                     const std::vector<std::size_t>& path, int delta);

/** Moves a question (with its sub-questions) to position `index` among `newParent`'s (empty: the
    top level), as a drag and drop does; its new path, or nullopt when it would go into itself,
    beyond three levels, or nowhere new. Ids are kept. */
std::optional<std::vector<std::size_t>> moveQuestionTo(PackageDocument& doc, const std::string& stepPointer,
                                                       const std::vector<std::size_t>& path,
                                                       const std::vector<std::size_t>& newParent, std::size_t index);

/** The ids of the package's modules, steps and questions: to tell the saved ones from new ones. */
std::set<std::string> itemIds(const ManifestJson& manifest);

/**
 * Before a save: a module added since the last save whose id no longer matches its title (it was
 * made from "New module") takes its id from the title in `language`, and its new steps and
 * questions, whose ids begin with the module's, follow. Ids in `savedIds` never change: notes
 * and progress are kept under them. One undo step; the number of ids changed.
 */
int settleNewIds(PackageDocument& doc, const std::set<std::string>& savedIds, const std::string& language);

/** Minutes a module takes, from its steps: films' lengths, planned question minutes, 5 per text or
    activity; rounded up to whole minutes, at least 1. */
int suggestedMinutes(const ManifestJson& module);

/** A file brought into the package folder. */
struct ImportedFile {
    std::string relative;         ///< where it is now, relative to the folder ("media/case.mp4")
    std::string error;            ///< why nothing was brought in, naming the file; empty on success
    std::vector<Problem> problems; ///< warnings (and for captions the converter's errors)
    bool ok() const { return error.empty(); }
};

/**
 * Copies `source` into `subfolder` of the package (kept when it is already there), under its own
 * name made safe for every file system, with "-2"… when another file has that name. Durable; a
 * full disk leaves nothing half-written and names the cause.
 */
ImportedFile copyIntoPackage(const std::filesystem::path& folder, const std::filesystem::path& source,
                             const std::string& subfolder);

/** Brings a film into a film step: copied to media/, `video` and `durationSeconds` (read from
    the file) set; a film whose length cannot be read is refused with the reason. */
ImportedFile importFilm(PackageDocument& doc, const std::string& stepPointer, const std::filesystem::path& source);

/** Adds (or replaces) a film step's captions in `language` from a WebVTT or SRT file; SRT is
    converted to WebVTT and written beside the film as <film>.<language>.vtt. */
ImportedFile importCaptions(PackageDocument& doc, const std::string& stepPointer,
                            const std::filesystem::path& source, const std::string& language,
                            const std::string& label);

} // namespace reflekt
