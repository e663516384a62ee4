#pragma once

#include "core/Bundle.h"
#include "core/BundleLoader.h"
#include "core/DurableFile.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace reflekt {

/** The manifest as the editor holds it: key order kept, so a save changes only what was edited. */
using ManifestJson = nlohmann::ordered_json;

/** Whether an edit may join the one before it into one undo step (typing in one field does). */
enum class EditMerge { No, WithSameField };

struct DocumentOpenResult;

/** What PackageDocument::save() wrote: an empty `error` means every file is on the disk. */
struct DocumentSaveResult {
    std::string error;             ///< "could not write <file>: <cause>"
    std::vector<std::string> written; ///< files written, relative to the folder
    bool ok() const { return error.empty(); }
};

/**
 * A package being edited: bundle.json as JSON (every field, known or not, in its order) and the
 * text files the editor changed but has not saved yet (Markdown of texts and guides). Every edit
 * is one undo step, or joins the previous one (typing), or a group of edits is one step. Qt-free,
 * so the editor's rules are tested without a display.
 *
 * Pointers are RFC 6901 JSON pointers ("/modules/0/title/sv"). Media files (films, images,
 * captions) are not held here: the editor copies them into the folder when they are chosen.
 */
class PackageDocument {
public:
    PackageDocument(std::filesystem::path folder, ManifestJson manifest);

    /** Reads `folder`/bundle.json. A file that is not JSON gives problems and no document. */
    static DocumentOpenResult open(const std::filesystem::path& folder);

    const std::filesystem::path& folder() const { return m_folder; }
    const ManifestJson& manifest() const { return m_manifest; }

    /** The value at `pointer`, or nullptr when there is none (or the pointer is malformed). */
    const ManifestJson* find(const std::string& pointer) const;
    /** The string at `pointer`; empty when absent or not a string. */
    std::string text(const std::string& pointer) const;

    /**
     * Puts `value` at `pointer`, making the objects on the way that are missing. False (and no
     * change) when the pointer goes through an array index that does not exist or through a value
     * that is not an object. Setting the value that is already there records nothing.
     */
    bool set(const std::string& pointer, ManifestJson value, EditMerge merge = EditMerge::No);
    /** A text field: an empty text removes the field, so an unset optional stays absent. */
    bool setText(const std::string& pointer, const std::string& text, EditMerge merge = EditMerge::No);
    /** Removes the value at `pointer` (an object member or an array element). */
    bool erase(const std::string& pointer);
    /** Inserts into the array at `arrayPointer` (made when missing); `index` past the end appends. */
    bool insert(const std::string& arrayPointer, std::size_t index, ManifestJson value);
    /** Moves an element of the array at `arrayPointer` from one index to another. */
    bool move(const std::string& arrayPointer, std::size_t from, std::size_t to);

    /** The text of a file in the folder (relative path): the unsaved edit if any, else the disk's. */
    std::string fileText(const std::string& relative) const;
    /** Changes a text file; written by save(). Undoable like any edit. */
    bool setFileText(const std::string& relative, const std::string& text, EditMerge merge = EditMerge::No);
    /** Text files changed since the last save, relative path -> text. */
    const std::map<std::string, std::string>& pendingFiles() const { return m_pendingFiles; }

    /** Edits between beginGroup() and the matching endGroup() are one undo step. Nests. */
    void beginGroup();
    void endGroup();

    bool canUndo() const;
    bool canRedo() const;
    /** Undoes the last step; the pointer (or "file:" + path) it changed first, to show it. */
    std::optional<std::string> undo();
    std::optional<std::string> redo();

    /** Changes with every edit, undo and redo: for views to know they are stale. */
    std::uint64_t revision() const { return m_revision; }
    /** True when the document differs from what was last opened or saved. */
    bool isModified() const;

    /** bundle.json as save() writes it: two-space indent, UTF-8 as is, a newline at the end. */
    std::string serialize() const;
    /**
     * Writes the changed text files, then bundle.json, each durably. On a failure (a full disk)
     * what was written stays written, the rest stays pending and nothing in memory is lost.
     */
    DocumentSaveResult save();

    /** The same validator as the player and `reflekt validate`, on the document as it is now
        (unsaved text files included), without writing anything. */
    LoadResult validate(const LoadOptions& options = {}) const;

private:
    struct Change {
        bool isFile = false;
        std::string where; ///< JSON pointer, or the file's relative path
        std::optional<ManifestJson> before;
        std::optional<ManifestJson> after; ///< for files: the text as a JSON string
        std::size_t position = 0; ///< an object member's index: undoing its removal puts it back there
    };
    struct Step {
        std::vector<Change> changes;
        bool mergeable = false;
    };

    bool apply(const Change& change, bool forward);
    void record(Change change, EditMerge merge);

    std::filesystem::path m_folder;
    ManifestJson m_manifest;
    std::map<std::string, std::string> m_pendingFiles;
    std::vector<Step> m_undo;
    std::vector<Step> m_redo;
    std::optional<Step> m_group;
    int m_groupDepth = 0;
    std::uint64_t m_revision = 0;
    std::uint64_t m_savedRevision = 0;
    std::string m_savedText; ///< serialize() at the last open or save, for isModified()
};

/** What PackageDocument::open() read: the document, or why there is none. */
struct DocumentOpenResult {
    std::optional<PackageDocument> document;
    std::vector<Problem> problems; ///< a syntax error (line, column, likely cause) when there is no document
};

} // namespace reflekt
