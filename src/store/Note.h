#pragma once

#include "store/StoreResult.h"

#include <string>

namespace reflekt {

/** The latest text of one reflection note (a participant's, or a group session's). */
struct Note {
    std::int64_t id = 0;
    std::string bundleId;
    std::string questionId;
    std::string text;
    std::string bundleVersion; ///< the bundle version the latest text was written against
    TimeMs createdMs = 0;
    TimeMs updatedMs = 0;
};

/** One saved state of a note, kept (thinned over time) so an accidental delete can be undone. */
struct NoteRevision {
    std::int64_t id = 0;
    std::int64_t noteId = 0;
    std::string text;
    std::string bundleVersion;
    TimeMs savedMs = 0;
};

/** What a save did; returned only after the transaction is committed and durable. */
struct SavedNote {
    std::int64_t noteId = 0;
    std::int64_t revisionId = 0; ///< the revision holding the saved text
    TimeMs savedMs = 0;
    bool changed = false; ///< false if the text and version were already stored as they are
};

/** A note whose question is missing from the current bundle version, with where it came from. */
struct OrphanedNote {
    Note note;
    std::string lastVersionWithQuestion; ///< empty if no seen version had the question
    std::string moduleId;                ///< module of the question in that version
};

} // namespace reflekt
