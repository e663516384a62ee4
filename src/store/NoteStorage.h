#pragma once

#include "store/Note.h"

#include <optional>
#include <vector>

namespace reflekt {

class Database;

/** Whose notes a NoteStorage reads and writes: one participant's or one group session's. */
enum class NoteOwner { Participant, Session };

/**
 * The note and revision SQL shared by NoteRepository (participant notes) and SessionRepository
 * (group notes). Every statement filters on the owner column, so one owner never sees another's.
 */
class NoteStorage {
public:
    NoteStorage(Database& db, NoteOwner owner);

    /** Saves as one durable transaction (new revision, then thinning of old ones). */
    StoreResult<SavedNote> save(std::int64_t ownerId, const std::string& bundleId,
                                const std::string& bundleVersion, const std::string& questionId,
                                const std::string& text);
    StoreResult<std::optional<Note>> load(std::int64_t ownerId, const std::string& bundleId,
                                          const std::string& questionId);
    /** All notes of the owner for a bundle; with `questionIds`, only those questions. */
    StoreResult<std::vector<Note>> list(std::int64_t ownerId, const std::string& bundleId,
                                        const std::optional<std::vector<std::string>>& questionIds);
    /** Revisions, newest first. Empty if the owner has no such note. */
    StoreResult<std::vector<NoteRevision>> history(std::int64_t ownerId, const std::string& bundleId,
                                                   const std::string& questionId);
    /** Saves an earlier revision's text as the newest one (nothing is overwritten). */
    StoreResult<SavedNote> restore(std::int64_t ownerId, std::int64_t revisionId);

    /** Same as save, inside the caller's transaction (which commits or rolls back). */
    StoreResult<SavedNote> saveInTransaction(std::int64_t ownerId, const std::string& bundleId,
                                             const std::string& bundleVersion, const std::string& questionId,
                                             const std::string& text);

private:
    bool thin(std::int64_t noteId, TimeMs now);
    std::string sql(const char* beforeOwner, const char* afterOwner) const;
    std::string saveAction() const;

    Database& m_db;
    NoteOwner m_owner;
};

} // namespace reflekt
